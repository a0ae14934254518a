import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compileGlob } from '../../src/match/glob.js';

/** `?` one code point, `*` any run, by dynamic programming over code points: the obvious reading of R20 and R153. */
function reference(pattern: string, input: string): boolean {
  const text = [...input];
  let row = [true, ...text.map(() => false)];
  for (const token of [...pattern]) {
    const next = new Array<boolean>(text.length + 1).fill(false);
    for (let j = 0; j <= text.length; j++) {
      if (token === '*') next[j] = row[j] === true || (j > 0 && next[j - 1] === true);
      else if (j > 0) next[j] = row[j - 1] === true && (token === '?' || token === text[j - 1]);
    }
    row = next;
  }
  return row[text.length] === true;
}

function agrees(pattern: string, input: string): boolean {
  const answer = compileGlob(pattern).test(input);
  expect(answer, `${JSON.stringify(pattern).slice(0, 60)} vs ${JSON.stringify(input).slice(0, 60)}`).to.equal(
    reference(pattern, input),
  );
  return answer;
}

/**
 * R150, R153: the anchored search of long segments (more than 32 characters with `?`) over code points. These inputs
 * reach the parts random ones seldom do: the bit-parallel fallback when every anchor fails late, text with surrogate
 * pairs before and inside a match, lone surrogates, and several long middles one after another.
 */
describe('R150 R153 long `?` segments: anchored search, fallback and surrogate pairs agree with the reference', () => {
  const segment = `${'a?'.repeat(20)}b`;

  it('every anchor fails late, so the bit-parallel search takes over; it still finds the match after them', () => {
    // More `b` than `a`, so the search anchors on `a`: each of its places matches 20 letters, then fails at the `b`.
    const many = `${'b'.repeat(300)}${'ab'.repeat(200)}`;
    expect(agrees(`*${segment}*`, many)).to.equal(false);
    expect(agrees(`*${segment}*`, `${many}${'ax'.repeat(20)}b`)).to.equal(true);
    expect(agrees(`*${segment}*`, `${many}${'ax'.repeat(19)}c`)).to.equal(false);
  });

  it('the same with surrogate pairs in the text, before the match and inside it', () => {
    const many = '😀b'.repeat(100) + 'ab'.repeat(100);
    expect(agrees(`*${segment}*`, many)).to.equal(false);
    expect(agrees(`*${segment}*`, `${many}${'a😀'.repeat(20)}b`)).to.equal(true);
    expect(agrees(`*${segment}*z`, `😀${'a😀'.repeat(20)}b😀z`)).to.equal(true);
    expect(agrees(`*${segment}*z`, `😀${'a😀'.repeat(20)}b😀y`)).to.equal(false);
  });

  it('a pattern written with surrogate pairs, and one with a lone high surrogate that must not match half a pair', () => {
    expect(agrees(`*${'😀?'.repeat(20)}*`, `x${'😀é'.repeat(20)}`)).to.equal(true);
    const lone = `*${'\uD83D?'.repeat(20)}*`;
    expect(agrees(lone, '😀x'.repeat(40))).to.equal(false);
    expect(agrees(lone, '\uD83Dx'.repeat(40))).to.equal(true);
  });

  it('successive long middles start where the previous one ended, in units, across surrogate pairs', () => {
    const pattern = `*${segment}*${segment}*end`;
    const one = `${'a😀'.repeat(20)}b`;
    expect(agrees(pattern, `😀${one}😀${one}😀end`)).to.equal(true);
    expect(agrees(pattern, `😀${one}😀end`)).to.equal(false);
    expect(agrees(pattern, `${one}${one.slice(0, -1)}end`)).to.equal(false);
  });
});
