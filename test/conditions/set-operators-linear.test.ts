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

/** `10.x.y.z` (or `2001:db8::x:y` for IPv6) for each i. */
const ipv4 = (i: number, first = 10): string => `${first}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const ipv6 = (i: number): string => `2001:db8::${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}`;

describe('R151 IpAddress with many blocks costs a binary search per request address', () => {
  const P = 20_000;
  const blocks = Array.from({ length: P }, (_, i) => `${ipv4(i, 11)}/32`);
  it(`ForAnyValue:IpAddress, ${P} blocks against ${P} addresses that match none, in well under 1 s`, () => {
    const request = Array.from({ length: P }, (_, i) => ipv4(i));
    expect(timedEvaluation('ForAnyValue:IpAddress', blocks, request, false)).to.be.below(1000);
  });

  it(`ForAllValues:NotIpAddress, ${P} IPv6 blocks against ${P} addresses, in well under 1 s`, () => {
    const v6 = Array.from({ length: P }, (_, i) => `${ipv6(i)}/128`);
    const request = Array.from({ length: P }, (_, i) => ipv6(i + P));
    expect(timedEvaluation('ForAllValues:NotIpAddress', v6, request, true)).to.be.below(1000);
  });

  it('finds the block each address is in: nested, adjacent and overlapping blocks, IPv4 and IPv6 apart', () => {
    const policy = [
      '10.0.0.0/8',
      '10.1.0.0/16',
      '10.2.3.0/24',
      '192.168.0.0/24',
      '192.168.1.0/24',
      '2001:db8::/32',
      '::1',
    ];
    const cases: [string, boolean][] = [
      ['10.255.255.255', true],
      ['11.0.0.0', false],
      ['9.255.255.255', false],
      ['192.168.1.255', true],
      ['192.168.2.0', false],
      ['2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', true],
      ['2001:db9::', false],
      ['::1', true],
      ['::2', false],
      ['::', false],
      ['not an address', false],
    ];
    for (const [address, expected] of cases) {
      expect(evaluate({ operator: 'IpAddress', values: policy, ctx: { k: address }, expected }), address).to.equal(
        expected,
      );
    }
  });
});

describe('R151 StringLike with many spellings of a few patterns tests each distinct pattern once', () => {
  it('ForAnyValue:StringLike, 5,000 spellings of three `*a?b*`-style patterns against "ab" × 100,000, in well under 1 s', () => {
    const likes = Array.from(
      { length: 5000 },
      (_, i) =>
        `${'*'.repeat(1 + (i % 3))}a${'?'.repeat(1 + 2 * (Math.floor(i / 3) % 3))}b${'*'.repeat(1 + (Math.floor(i / 9) % 50))}`,
    );
    expect(timedEvaluation('ForAnyValue:StringLike', likes, ['ab'.repeat(100_000)], false)).to.be.below(1000);
    expect(timedEvaluation('StringLike', likes, [`${'ab'.repeat(1000)}a???b`], true)).to.be.below(1000);
  });
});

describe('R151 BinaryEquals with many values costs one decoding and one lookup per request value', () => {
  const P = 20_000;
  /** Base64 of four bytes that differ only in the last two, so that every comparison reads to the end. */
  const base64 = (i: number): string => Buffer.from([7, 7, (i >> 8) & 255, i & 255]).toString('base64');
  it(`ForAnyValue:BinaryEquals, ${P} values against ${P} request values that match none, in well under 1 s`, () => {
    const policy = Array.from({ length: P }, (_, i) => base64(i));
    const request = Array.from({ length: P }, (_, i) => Buffer.from([7, 8, i >> 8, i & 255]).toString('base64'));
    expect(timedEvaluation('ForAnyValue:BinaryEquals', policy, request, false)).to.be.below(1000);
    expect(
      evaluate({
        operator: 'ForAnyValue:BinaryEquals',
        values: policy,
        ctx: { k: ['AAAA', base64(P - 1)] },
        expected: true,
      }),
    ).to.equal(true);
  });
});
