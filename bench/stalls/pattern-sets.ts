import { compileConditions } from '../../src/conditions/compile-conditions.js';
import { RequestContext } from '../../src/context/request-context.js';
import { compileArnSet } from '../../src/match/arn-set.js';
import { compileGlobSet } from '../../src/match/glob-set.js';
import { SCALES, type StallFamily, type StallInput } from '../stall-family.js';

const pieces = (patterns: readonly string[]) => patterns.map((text) => [{ text, wildcards: true }]);
const sum = (texts: readonly string[]): number => texts.reduce((n, t) => n + t.length + 3, 0);

/** The reviewer's spellings of three patterns (`*a?b*`, `**a???b***` …): 5,000 of them against 'ab' × 100,000 at ×8. */
function spellings(count: number, head = ''): string[] {
  return Array.from({ length: count }, (_, i) => {
    const stars = (n: number) => '*'.repeat(1 + n);
    return `${head}${stars(i % 3)}a${'?'.repeat(1 + 2 * (Math.floor(i / 3) % 3))}b${stars(Math.floor(i / 9) % 50)}`;
  });
}

/** (review of issue 8) A glob set used to test each spelling of one pattern on its own: P·n. */
export const globSetSpellings: StallFamily = {
  name: 'glob set, spellings of *a?b*',
  summary: "compileGlobSet of P spellings of three `*a?b*`-style patterns vs 'ab' × N, P = 625·scale, N = 12,500·scale",
  scales: SCALES,
  issueInputs: [{ label: '5,000 × 200 KB', scale: 8 }],
  input(scale): StallInput {
    const patterns = spellings(625 * scale);
    const text = 'ab'.repeat(12_500 * scale);
    return {
      bytes: sum(patterns) + text.length,
      run: () => compileGlobSet(pieces(patterns)).test(text),
      check: (answer) => (answer === false ? undefined : 'expected no match'),
    };
  },
};

/** (review of issue 8) ARN patterns whose region and account are `*` spelt with 1–75 stars: one group each before. */
export const arnSetHeads: StallFamily = {
  name: 'ARN set, spellings of wildcard heads',
  summary:
    'compileArnSet of P `arn:aws:s3:**…:**…:*a?b*` vs an ARN ending in N × `ab`, P = 375·scale, N = 12,500·scale',
  scales: SCALES,
  issueInputs: [{ label: '3,000 × 200 KB', scale: 8 }],
  input(scale): StallInput {
    const p = 375 * scale;
    const patterns = Array.from(
      { length: p },
      (_, i) => `arn:aws:s3:${'*'.repeat(1 + (i % 40))}:${'*'.repeat(1 + Math.floor(i / 40))}:*a?b*`,
    );
    const arn = `arn:aws:s3:us-east-1:123456789012:${'ab'.repeat(12_500 * scale)}`;
    return {
      bytes: sum(patterns) + arn.length,
      run: () => compileArnSet(pieces(patterns)).test(arn),
      check: (answer) => (answer === false ? undefined : 'expected no match'),
    };
  },
};

const ipv4 = (first: number, i: number): string => `${first}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** (review of issue 8) `ForAnyValue:IpAddress` tried every block for every request address: P·V. */
export const ipAddressSets: StallFamily = {
  name: 'ForAnyValue:IpAddress',
  summary: 'P /32 blocks vs V request addresses that none holds, P = V = 2,500·scale, compiled and evaluated',
  scales: SCALES,
  issueInputs: [{ label: '20,000 × 20,000', scale: 8 }],
  input(scale): StallInput {
    const count = 2_500 * scale;
    const blocks = Array.from({ length: count }, (_, i) => `${ipv4(11, i)}/32`);
    const addresses = Array.from({ length: count }, (_, i) => ipv4(10, i));
    const entry = { operator: 'ForAnyValue:IpAddress', key: 'aws:SourceIp', values: blocks, path: 'Condition' };
    const ctx = RequestContext.from({ 'aws:SourceIp': addresses });
    return {
      bytes: sum(blocks) + sum(addresses),
      run: () => compileConditions([entry], false).test(ctx),
      check: (answer) => (answer === false ? undefined : 'expected no block to hold any address'),
    };
  },
};
