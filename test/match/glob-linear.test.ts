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

  it('the same family as an ARN pattern (Resource, ArnLike), in well under 1 s', async () => {
    const { compileArnPattern } = await import('../../src/match/arn-pattern.js');
    const n = 20_000;
    const pattern = compileArnPattern(`arn:aws:s3:::*${'a?'.repeat(n)}b*`);
    expect(timed(() => expect(pattern.test(`arn:aws:s3:::${'a'.repeat(4 * n)}`)).to.equal(false))).to.be.below(1000);
  });
});
