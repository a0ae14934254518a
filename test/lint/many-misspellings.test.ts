import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validatePolicy } from '../../src/lint/validate-policy.js';

/** About the size of the input: 646 KB of policy text. */
const TARGET_BYTES = 640_000;

function policyOf(statements: readonly object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** As many copies of `make(i)` as fit in the target size. */
function fill(make: (i: number) => object): object[] {
  const one = JSON.stringify(make(0)).length + 1;
  return Array.from({ length: Math.floor(TARGET_BYTES / one) }, (_, i) => make(i));
}

function timedValidate(text: string): { ms: number; codes: Map<string, number> } {
  const start = performance.now();
  const result = validatePolicy(text);
  const ms = performance.now() - start;
  const codes = new Map<string, number>();
  for (const d of result.diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
  return { ms, codes };
}

/**
 * R152 regression tests for issue 8: every unknown name used to cost a full did-you-mean search (about 0.8 ms for an
 * operator), so 640 KB of misspelt names took over ten seconds. The bound is generous for a shared machine.
 */
describe('R152 validate with many misspelt names answers in well under a second per 640 KB', () => {
  it('the same misspelt operator in every statement', () => {
    const statements = fill(() => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEqualz: { 'aws:username': 'x' } },
    }));
    const { ms, codes } = timedValidate(policyOf(statements));
    expect(codes.get('condition-unknown-operator')).to.equal(statements.length);
    expect(ms).to.be.below(2000);
  });

  it('a different misspelt operator in every entry', () => {
    const condition: Record<string, object> = {};
    for (let i = 0; i < 20_000; i++) condition[`StringEqualz${i}`] = { 'aws:username': 'x' };
    const { ms, codes } = timedValidate(
      policyOf([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }]),
    );
    expect(codes.get('condition-unknown-operator')).to.equal(20_000);
    expect(ms).to.be.below(2000);
  });

  it('a different misspelt action and condition key in every statement', () => {
    const statements = fill((i) => ({
      Effect: 'Allow',
      Action: [`ec2:DescribeInstancez${i}`, `ec2:Describ${i}*`],
      Resource: '*',
      Condition: { StringEquals: { [`ec2:ResourceTagz${i}`]: 'x' } },
    }));
    const { ms, codes } = timedValidate(policyOf(statements));
    expect(codes.get('action-unknown')).to.equal(statements.length);
    expect(codes.get('action-matches-nothing')).to.equal(statements.length);
    expect(codes.get('condition-key-unknown')).to.equal(statements.length);
    expect(ms).to.be.below(2000);
  });

  it('40,000 patterns with a one-letter literal prefix (`ec2:d*abcdq*`), each matching nothing', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const actions = Array.from({ length: 40_000 }, (_, i) => {
      const tail = [0, 1, 2, 3].map((d) => letters[Math.floor(i / 26 ** d) % 26]).join('');
      return `ec2:d*${tail}q*`;
    });
    const { ms, codes } = timedValidate(policyOf([{ Effect: 'Allow', Action: actions, Resource: '*' }]));
    expect(ms).to.be.below(1000);
    expect(codes.get('catalog-lint-truncated')).to.equal(1);
  });

  it('misspelt element names in every statement', () => {
    const statements = fill(() => ({ Efect: 'Allow', Actoin: 's3:GetObject', Resourse: '*' }));
    const { ms, codes } = timedValidate(policyOf(statements));
    expect(codes.get('unknown-element')).to.be.at.least(statements.length);
    expect(ms).to.be.below(2000);
  });
});

describe('R152 the did-you-mean and scan limits are stated, never silent', () => {
  it('every unknown operator is reported; the first 100 distinct ones get a suggestion, repeats reuse it', () => {
    const condition: Record<string, object> = {};
    for (let i = 0; i < 150; i++) condition[`StringEqualz${i}`] = { 'aws:username': 'x' };
    const statements = [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEqualz0: { 'aws:username': 'y' } } },
    ];
    const messages = validatePolicy(policyOf(statements)).diagnostics.map((d) => d.message);
    expect(messages).to.have.length(151);
    expect(messages.filter((m) => m.includes('did you mean "StringEquals"?'))).to.have.length(101);
    expect(messages[150]).to.contain('did you mean "StringEquals"?');
  });

  it('past 100,000 catalogue names tested, one warning counts the action patterns not compared', () => {
    // Each `ec2:*zz…*` pattern tests all 826 ec2 actions of the catalogue: 121 of them fit in the budget.
    const statements = [
      { Effect: 'Allow', Action: Array.from({ length: 1200 }, (_, i) => `ec2:*zz${i}*`), Resource: '*' },
    ];
    const diagnostics = validatePolicy(policyOf(statements)).diagnostics;
    expect(diagnostics.filter((d) => d.code === 'action-matches-nothing')).to.have.length(121);
    const truncated = diagnostics.filter((d) => d.code === 'catalog-lint-truncated');
    expect(truncated.map((d) => [d.severity, d.message])).to.deep.equal([
      [
        'warning',
        '1079 action patterns were not compared with the catalogue, so a misspelling there goes unreported: comparing them would test more than 100,000 catalogue names, the most one document may cost',
      ],
    ]);
  });

  it('memoised and cheap patterns cost no budget: many repeats of a pattern are all compared', () => {
    const statements = [
      { Effect: 'Allow', Action: Array.from({ length: 5000 }, () => 'ec2:*zzrepeat*'), Resource: '*' },
    ];
    const diagnostics = validatePolicy(policyOf(statements)).diagnostics;
    expect(diagnostics.filter((d) => d.code === 'action-matches-nothing')).to.have.length(5000);
    expect(diagnostics.filter((d) => d.code === 'catalog-lint-truncated')).to.have.length(0);
  });
});
