import { describe, it } from 'node:test';
import { expect } from 'chai';
import { evaluate } from './evaluate.js';

const N = 8000;
const values = (make: (i: number) => string): string[] => Array.from({ length: N }, (_, i) => make(i));

/** Milliseconds one evaluation takes, with its answer checked. */
function timedEvaluation(operator: string, policy: readonly string[], request: readonly string[], expected: boolean) {
  const start = performance.now();
  expect(evaluate({ operator, values: policy, ctx: { k: request }, expected })).to.equal(expected);
  return performance.now() - start;
}

/** A policy value shape, request values that match none, and request values that match only the last policy value. */
type Shape = [name: string, policy: (i: number) => string, none: (i: number) => string, last: (i: number) => string];

/**
 * R151 regression tests for issue 8: with N policy values and N request values, each request value used to be tested
 * against every policy value (N² = 64 million tests here, seconds). Each case is built so that the old evaluator had
 * to try every pair. The bound is generous for a shared machine; growth is measured by `npm run bench`.
 */
describe('R151 set operators with many policy and request values answer in near-linear time', () => {
  const shapes: Shape[] = [
    ['prefix patterns', (i) => `team-${i}-*`, (i) => `other-${i}-x`, (i) => `team-${N - 1}-r${i}`],
    [
      'suffix patterns',
      (i) => `*-${i}.example.com`,
      (i) => `host-${i}.example.org`,
      (i) => `h${i}-${N - 1}.example.com`,
    ],
    ['infix patterns', (i) => `*/${i}/*`, (i) => `a/x${i}y/b`, (i) => `a${i}/${N - 1}/b`],
    ['patterns with ?', (i) => `v?-${i}-?`, (i) => `v-${i}-x`, () => `vx-${N - 1}-y`],
    ['exact values', (i) => `value-${i}`, (i) => `other-${i}`, () => `value-${N - 1}`],
  ];
  for (const [shape, policy, none, last] of shapes) {
    it(`ForAnyValue:StringLike, ${N} ${shape} against ${N} request values that match none, in well under 1 s`, () => {
      expect(timedEvaluation('ForAnyValue:StringLike', values(policy), values(none), false)).to.be.below(1000);
    });
    it(`ForAllValues:StringLike, ${N} ${shape} against ${N} request values that match the last, in well under 1 s`, () => {
      expect(timedEvaluation('ForAllValues:StringLike', values(policy), values(last), true)).to.be.below(1000);
    });
    it(`ForAnyValue:StringNotLike, ${N} ${shape} against ${N} request values that match the last, in well under 1 s`, () => {
      expect(timedEvaluation('ForAnyValue:StringNotLike', values(policy), values(last), false)).to.be.below(1000);
    });
  }

  it(`ForAnyValue:StringEqualsIgnoreCase, ${N} values against ${N} request values, in well under 1 s`, () => {
    const ms = timedEvaluation(
      'ForAnyValue:StringEqualsIgnoreCase',
      values((i) => `Team-${i}`),
      values((i) => `x-${i}`),
      false,
    );
    expect(ms).to.be.below(1000);
  });

  it(`ForAllValues:ArnLike, ${N} ARN patterns against ${N} request ARNs that match the last, in well under 1 s`, () => {
    const ms = timedEvaluation(
      'ForAllValues:ArnLike',
      values((i) => `arn:aws:s3:::bucket-${i}/*`),
      values((i) => `arn:aws:s3:::bucket-${N - 1}/key-${i}`),
      true,
    );
    expect(ms).to.be.below(1000);
  });

  it(`ForAnyValue:ArnLike with wildcards before the resource part, ${N} patterns, in well under 1 s`, () => {
    const ms = timedEvaluation(
      'ForAnyValue:ArnLike',
      values((i) => `arn:aws:s3:*:*:bucket-${i}/*`),
      values((i) => `arn:aws:s3:::other-${i}/key`),
      false,
    );
    expect(ms).to.be.below(1000);
  });

  it('still finds the one matching pair among many (the answers, not only the speed)', () => {
    const policy = values((i) => `team-${i}-*`);
    expect(
      evaluate({
        operator: 'ForAnyValue:StringLike',
        values: policy,
        ctx: { k: ['nope', `team-${N - 1}-z`] },
        expected: true,
      }),
    ).to.equal(true);
    expect(
      evaluate({
        operator: 'ForAllValues:StringLike',
        values: policy,
        ctx: { k: ['team-3-a', `team-${N}-z`] },
        expected: false,
      }),
    ).to.equal(false);
    expect(
      evaluate({
        operator: 'ForAllValues:ArnLike',
        values: ['arn:aws:s3:::a/*', 'arn:aws:s3:*:*:b'],
        ctx: { k: ['arn:aws:s3:::a/x', 'arn:aws:s3:us-east-1:1:b'] },
        expected: true,
      }),
    ).to.equal(true);
  });
});
