import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import { type ParsePolicyResult, parsePolicy } from '../../src/policy/parse-policy.js';
import type { PolicyKind } from '../../src/policy/policy.js';
import { SEED } from '../properties/replay.js';
import {
  anyValue,
  expectNoPollution,
  hostileText,
  LARGE_INPUT_MS,
  limitTexts,
  nestedValue,
  pollutingJson,
  prototypeSnapshot,
  SMALL_INPUT_MS,
  withinMs,
} from './hostile-inputs.js';

// parsePolicy and validatePolicy on hostile input: the answer is always a policy or diagnostics (R4, GUIDE style 3).
// IAMSPEC_SEED replays a run.

const KINDS: readonly (PolicyKind | undefined)[] = [undefined, 'identity', 'resource', 'trust', 'scp', 'rcp'];
const READERS = { parsePolicy, validatePolicy } as const;
const BEFORE = prototypeSnapshot();

/** A result is a policy, or diagnostics that say why not; every diagnostic has a code and a message. */
function expectAnswer(result: ParsePolicyResult): void {
  expect(result.diagnostics).to.be.an('array');
  if (result.policy === undefined) expect(result.diagnostics, 'no policy and no diagnostic').to.not.be.empty;
  // One assertion for all diagnostics: a chai assertion per diagnostic would dominate the run on large inputs.
  const bad = result.diagnostics.find(
    (d) => typeof d.code !== 'string' || d.code === '' || typeof d.message !== 'string',
  );
  expect(bad, 'a diagnostic without code or message').to.equal(undefined);
}

function readAll(input: unknown, bound: number, kinds: readonly (PolicyKind | undefined)[] = KINDS) {
  for (const [name, read] of Object.entries(READERS)) {
    for (const kind of kinds) {
      const result = withinMs(bound, `${name} (${kind ?? 'no kind'})`, () =>
        read(input, kind === undefined ? {} : { kind }),
      );
      expectAnswer(result);
    }
  }
}

describe('fuzz: parsePolicy and validatePolicy never throw, hang or pollute', () => {
  console.log(`fuzz policy input: seed=${SEED}`);
  after(() => expectNoPollution(BEFORE));

  it('random JSON, fc.anything() as JSON, garbage and mutated policies as text give a policy or diagnostics', () => {
    fc.assert(
      fc.property(hostileText, (text) => readAll(text, SMALL_INPUT_MS, [undefined, 'resource'])),
      { seed: SEED, numRuns: 300 },
    );
    expectNoPollution(BEFORE);
  });

  it('any JavaScript value (Maps, Sets, typed arrays, bigints, boxed values, null prototypes) gives diagnostics', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        readAll(value, SMALL_INPUT_MS, [undefined]);
        readAll({ Version: '2012-10-17', Statement: value }, SMALL_INPUT_MS, ['identity']);
        const statement = { Effect: 'Allow', Action: value, Resource: value, Principal: value, Condition: value };
        readAll({ Version: '2012-10-17', Statement: statement }, SMALL_INPUT_MS, ['resource']);
      }),
      { seed: SEED, numRuns: 300 },
    );
    expectNoPollution(BEFORE);
  });

  describe('the input limits of R4 (1 MiB, 64 levels)', () => {
    for (const { name, text, code } of limitTexts()) {
      it(`${name}${code === undefined ? '' : `: ${code}`}`, () => {
        // validatePolicy runs parsePolicy first, so it covers both.
        const result = withinMs(LARGE_INPUT_MS, 'validatePolicy', () => validatePolicy(text));
        expectAnswer(result);
        if (code !== undefined) expect(result.diagnostics.map((d) => d.code)).to.deep.equal([code]);
        expectNoPollution(BEFORE);
      });
    }
  });

  it('values nested 100,000 deep, and cycles, are refused without overflowing the stack', () => {
    const deep = nestedValue(100_000);
    for (const input of [deep, { Statement: deep }, { Statement: { Effect: 'Allow', Action: deep } }]) {
      const result = withinMs(SMALL_INPUT_MS, 'deep value', () => validatePolicy(input));
      expect(result.diagnostics.map((d) => d.code)).to.deep.equal(['json-too-deep']);
    }
    const cycle: Record<string, unknown> = { Version: '2012-10-17' };
    cycle.Statement = cycle;
    expect(validatePolicy(cycle).diagnostics.map((d) => d.code)).to.deep.equal(['input-cycle']);
  });

  it('__proto__, constructor and prototype keys stay data, from text and from JSON.parse', () => {
    const text = pollutingJson(
      '{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"__proto__":{"__proto__":"x"},"StringEquals":{"constructor":"y"}}}',
    );
    readAll(text, SMALL_INPUT_MS);
    readAll(JSON.parse(text), SMALL_INPUT_MS);
    expectNoPollution(BEFORE);
  });
});
