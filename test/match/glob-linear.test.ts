import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compileGlob } from '../../src/match/glob.js';

/** Milliseconds one call takes. */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * R150 regression tests for the stalls of issue 8. Each input took seconds to minutes before (quadratic or worse in
 * the input); the bounds are generous (a shared 2-core machine) and far below what the old matcher needed. Speed
 * itself, and its growth with the input, is measured by `npm run bench`.
 */
describe('R150 wildcard matching is linear in the text', () => {
  it("the issue's family: '*' + 'a?'.repeat(n) + 'b*' against 'a'.repeat(4n), n = 20,000, in well under 1 s", () => {
    const n = 20_000;
    const glob = compileGlob(`*${'a?'.repeat(n)}b*`);
    const text = 'a'.repeat(4 * n);
    expect(timed(() => expect(glob.test(text)).to.equal(false))).to.be.below(1000);
    expect(timed(() => expect(glob.test(`${text}b`)).to.equal(true))).to.be.below(1000);
    expect(timed(() => expect(glob.test(`${'a'.repeat(2 * n)}b`)).to.equal(true))).to.be.below(1000);
    expect(glob.test(`${'a'.repeat(2 * n - 1)}b`)).to.equal(false);
  });

  it('a long literal middle segment with a late mismatch (native indexOf is quadratic here), in well under 1 s', () => {
    const k = 20_000;
    const glob = compileGlob(`*${'a'.repeat(k)}b${'a'.repeat(k)}*`);
    const text = 'a'.repeat(8 * k);
    expect(timed(() => expect(glob.test(text)).to.equal(false))).to.be.below(1000);
    expect(glob.test(`${text}b${text}`)).to.equal(true);
  });

  it('a long `?` segment whose every letter is frequent in the text (no rare anchor), in well under 1 s', () => {
    const glob = compileGlob(`*${'a?b'.repeat(40)}c*`);
    const text = 'ab'.repeat(100_000);
    expect(timed(() => expect(glob.test(text)).to.equal(false))).to.be.below(1000);
    expect(glob.test(`${text}${'axb'.repeat(40)}c`)).to.equal(true);
  });

  it('a long `?` segment over text with surrogate pairs, in well under 1 s', () => {
    const glob = compileGlob(`*${'😀?'.repeat(2000)}b*`);
    const text = '😀'.repeat(40_000);
    expect(timed(() => expect(glob.test(text)).to.equal(false))).to.be.below(1000);
    expect(glob.test(`${'😀'.repeat(4000)}b`)).to.equal(true);
    expect(glob.test(`${'😀'.repeat(3999)}b`)).to.equal(false);
  });

  it('many long middle segments (`b` and 32 `?`, K = 8,000) each search only the text they read, in well under 1 s', () => {
    const k = 8000;
    const glob = compileGlob(`*${`b${'?'.repeat(32)}*`.repeat(k)}`);
    const matching = `${`b${'x'.repeat(32)}`.repeat(k)}${'y'.repeat(33 * k)}`;
    expect(timed(() => expect(glob.test(matching)).to.equal(true))).to.be.below(1000);
    const short = `b${'x'.repeat(32)}`.repeat(k - 1);
    expect(timed(() => expect(glob.test(short)).to.equal(false))).to.be.below(1000);
  });

  it('one surrogate pair in the text keeps a long `?` segment on the anchored search (n = 120,000), in well under 1 s', () => {
    const n = 120_000;
    const glob = compileGlob(`*${'a?'.repeat(n)}c*`);
    expect(timed(() => expect(glob.test(`😀${'a'.repeat(2 * n)}`)).to.equal(false))).to.be.below(1000);
    expect(timed(() => expect(glob.test(`😀${'a😀'.repeat(n)}c`)).to.equal(true))).to.be.below(1000);
    expect(glob.test(`😀${'a😀'.repeat(n - 1)}ac`)).to.equal(false);
  });

  it('many long middles over text with surrogate pairs, in well under 1 s', () => {
    const k = 4000;
    const glob = compileGlob(`*${`b${'?'.repeat(32)}*`.repeat(k)}`);
    const text = `${`b${'😀'.repeat(32)}`.repeat(k)}${'😀'.repeat(33 * k)}`;
    expect(timed(() => expect(glob.test(text)).to.equal(true))).to.be.below(1000);
    expect(timed(() => expect(glob.test(`b${'😀'.repeat(32)}`.repeat(k - 1))).to.equal(false))).to.be.below(1000);
  });

  it('the same family as an ARN pattern (Resource, ArnLike), in well under 1 s', async () => {
    const { compileArnPattern } = await import('../../src/match/arn-pattern.js');
    const n = 20_000;
    const pattern = compileArnPattern(`arn:aws:s3:::*${'a?'.repeat(n)}b*`);
    expect(timed(() => expect(pattern.test(`arn:aws:s3:::${'a'.repeat(4 * n)}`)).to.equal(false))).to.be.below(1000);
  });
});

/** Piece lists of policy text: every `*` and `?` is a wildcard. */
const asPieces = (patterns: readonly string[]) => patterns.map((text) => [{ text, wildcards: true }]);

describe('R151 sets of wildcard patterns cost one test per distinct pattern, not per pattern written', () => {
  it('5,000 spellings of three `*a?b*`-style patterns against "ab" × 100,000, in well under 1 s', async () => {
    const { compileGlobSet } = await import('../../src/match/glob-set.js');
    const patterns = Array.from(
      { length: 5000 },
      (_, i) =>
        `${'*'.repeat(1 + (i % 3))}a${'?'.repeat(1 + 2 * (Math.floor(i / 3) % 3))}b${'*'.repeat(1 + (Math.floor(i / 9) % 50))}`,
    );
    const set = compileGlobSet(asPieces(patterns));
    expect(timed(() => expect(set.test('ab'.repeat(100_000))).to.equal(false))).to.be.below(1000);
    expect(set.test(`${'ab'.repeat(100_000)}a?b`)).to.equal(true);
  });

  it('3,000 ARN patterns whose region and account are spelt with different numbers of `*`, in well under 1 s', async () => {
    const { compileArnSet } = await import('../../src/match/arn-set.js');
    const patterns = Array.from(
      { length: 3000 },
      (_, i) => `arn:aws:s3:${'*'.repeat(1 + (i % 40))}:${'*'.repeat(1 + Math.floor(i / 40))}:*a?b*`,
    );
    const set = compileArnSet(asPieces(patterns));
    const arn = `arn:aws:s3:us-east-1:123456789012:${'ab'.repeat(100_000)}`;
    expect(timed(() => expect(set.test(arn)).to.equal(false))).to.be.below(1000);
    expect(set.test(`${arn}axb`)).to.equal(true);
    expect(set.test('arn:aws:s3:us-east-1:axb')).to.equal(false);
    expect(set.test('arn:aws:s3:us:east:1:axb')).to.equal(true);
  });
});
