import { validatePolicy } from '../../src/lint/validate-policy.js';
import { SCALES, type StallFamily, type StallInput } from '../stall-family.js';

/**
 * As `iamspec validate` does: the diagnostics, then the line and column of each; answers how many, leaving out the
 * one `policy-too-large` error these policies over every quota get (R142, R143).
 */
function validateText(text: string): number {
  const result = validatePolicy(text);
  for (const d of result.diagnostics) result.positionOf(d);
  return result.diagnostics.filter((d) => d.code !== 'policy-too-large').length;
}

function expectCount(expected: number): (answer: unknown) => string | undefined {
  return (answer) => (answer === expected ? undefined : `expected ${expected} diagnostics, got ${String(answer)}`);
}

/** Policy text of about `bytes` whose one Condition block holds that many distinct misspelt operators. */
function operatorsText(bytes: number): { text: string; entries: number } {
  const entries = Math.floor(bytes / 40);
  const condition: Record<string, Record<string, string>> = {};
  for (let i = 0; i < entries; i++) condition[`StringEqualz${i}`] = { 'aws:username': 'x' };
  const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition };
  return { text: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), entries };
}

/** (d) `validate` of many distinct misspelt operators, each once a did-you-mean search; the issue's is 646 KB. */
export const misspeltOperators: StallFamily = {
  name: 'validate, misspelt operators',
  summary: 'one Condition block of distinct misspelt operators (StringEqualz0, StringEqualz1 …)',
  scales: SCALES,
  issueInputs: [{ label: '646 KB', scale: 8 }],
  input(scale): StallInput {
    const { text, entries } = operatorsText(80_750 * scale);
    return { bytes: text.length, run: () => validateText(text), check: expectCount(entries) };
  },
};

/** Policy text of about `bytes`: distinct misspelt actions and condition keys, one of each per entry. */
function catalogueText(bytes: number): { text: string; entries: number } {
  const entries = Math.floor(bytes / 70);
  const condition = {
    StringEquals: Object.fromEntries(Array.from({ length: entries }, (_, i) => [`aws:SecureTransprot${i}`, 'x'])),
  };
  const actions = Array.from({ length: entries }, (_, i) => `ec2:DescribeInstancez${i}`);
  const statement = { Effect: 'Allow', Action: actions, Resource: '*', Condition: condition };
  return { text: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), entries };
}

/** (d) `validate` of many distinct misspelt actions and condition keys (catalogue lint, R152, R154). */
export const misspeltCatalogueNames: StallFamily = {
  name: 'validate, misspelt actions and keys',
  summary: 'distinct misspelt ec2 actions and aws: condition keys',
  scales: SCALES,
  issueInputs: [],
  input(scale): StallInput {
    const { text, entries } = catalogueText(80_750 * scale);
    return { bytes: text.length, run: () => validateText(text), check: expectCount(2 * entries) };
  },
};

/** Policy text of about `bytes`: distinct ec2 patterns with a one-letter literal prefix (`ec2:d*abcdq*`). */
function prefixText(bytes: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const count = Math.floor(bytes / 15);
  const actions = Array.from({ length: count }, (_, i) => {
    const tail = [0, 1, 2, 3].map((d) => letters[Math.floor(i / 26 ** d) % 26]).join('');
    return `ec2:d*${tail}q*`;
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });
}

/**
 * (review of issue 8) Patterns with a one-letter literal prefix each tested the ~350 ec2 actions that share it,
 * uncapped; the budget now counts catalogue names tested (R152). 600 KB at ×8.
 */
export const oneLetterPrefixes: StallFamily = {
  name: 'validate, one-letter action prefixes',
  summary: 'distinct `ec2:d*XXXXq*` patterns, each matching none of the ec2 actions that start with d',
  scales: SCALES,
  issueInputs: [{ label: '600 KB', scale: 8 }],
  input(scale): StallInput {
    const text = prefixText(75_000 * scale);
    return {
      bytes: text.length,
      run: () => {
        const result = validatePolicy(text);
        for (const d of result.diagnostics) result.positionOf(d);
        return result.diagnostics.filter((d) => d.code === 'catalog-lint-truncated').length;
      },
      check: (answer) =>
        answer === 1 ? undefined : `expected one catalog-lint-truncated warning, got ${String(answer)}`,
    };
  },
};
