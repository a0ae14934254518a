import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { compileGlob } from '../../src/match/glob.js';

/** Obviously-correct dynamic programming over code points: the oracle for the linear matcher. */
function referenceMatch(pattern: string, input: string): boolean {
  const p = [...pattern];
  const s = [...input];
  let row = new Array<boolean>(s.length + 1).fill(false);
  row[0] = true;
  for (const token of p) {
    const next = new Array<boolean>(s.length + 1).fill(false);
    if (token === '*') {
      for (let j = 0; j <= s.length; j++) next[j] = row[j] === true || (j > 0 && next[j - 1] === true);
    } else {
      for (let j = 1; j <= s.length; j++) next[j] = row[j - 1] === true && (token === '?' || token === s[j - 1]);
    }
    row = next;
  }
  return row[s.length] === true;
}

const patternChar = fc.constantFrom('a', 'b', '*', '?', '😀');
const inputChar = fc.constantFrom('a', 'b', '😀', 'é');

describe('compileGlob (property)', () => {
  it('agrees with a dynamic-programming reference matcher on random patterns and inputs', () => {
    fc.assert(
      fc.property(fc.array(patternChar, { maxLength: 8 }), fc.array(inputChar, { maxLength: 10 }), (p, s) => {
        const pattern = p.join('');
        const input = s.join('');
        expect(compileGlob(pattern).test(input)).to.equal(referenceMatch(pattern, input));
      }),
      { numRuns: 5000 },
    );
  });
});
