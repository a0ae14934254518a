import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { compileArnPattern } from '../../src/match/arn-pattern.js';
import { compileGlob } from '../../src/match/glob.js';
import type { Piece } from '../../src/match/policy-variables.js';

const STAR = Symbol('*');
const ANY = Symbol('?');
type Token = string | typeof STAR | typeof ANY;

/**
 * The slow, obviously correct reading of R20 and R34: literal text between wildcards (policy text and substituted
 * pieces alike) is a run of code points (a lone surrogate is one), `*` any run of them, `?` exactly one; pieces
 * with `wildcards: false` are literal. With `ignoreCase` each run is lowercased, as the caller lowercases the input.
 */
function tokens(pieces: readonly Piece[], ignoreCase: boolean): Token[] {
  const out: Token[] = [];
  let run = '';
  const flush = (): void => {
    for (const ch of ignoreCase ? run.toLowerCase() : run) out.push(ch);
    run = '';
  };
  for (const piece of pieces) {
    if (!piece.wildcards) {
      run += piece.text;
      continue;
    }
    for (const ch of piece.text) {
      if (ch === '*' || ch === '?') {
        flush();
        out.push(ch === '*' ? STAR : ANY);
      } else run += ch;
    }
  }
  flush();
  return out;
}

/** Dynamic programming over code points: O(|pattern|·|input|), fine for the small cases here. */
function referenceMatch(pieces: readonly Piece[], input: string, ignoreCase = false): boolean {
  const text = [...input];
  let row: boolean[] = text.map(() => false);
  row.unshift(true);
  for (const token of tokens(pieces, ignoreCase)) {
    const next: boolean[] = new Array<boolean>(text.length + 1).fill(false);
    for (let j = 0; j <= text.length; j++) {
      if (token === STAR) next[j] = row[j] === true || (j > 0 && next[j - 1] === true);
      else if (j > 0) next[j] = row[j - 1] === true && (token === ANY || token === text[j - 1]);
    }
    row = next;
  }
  return row[text.length] === true;
}

// Few letters, so that random inputs often match; astral characters, lone surrogates and a letter with case.
const letters = ['a', 'b', 'A', 'é', '😀', '\uD83D', '\uDE00', ':'];
const patternChar = fc.constantFrom(...letters, '*', '?', '*', '?');
const inputChar = fc.constantFrom(...letters);

const piece = fc.record({
  text: fc.array(patternChar, { maxLength: 12 }).map((cs) => cs.join('')),
  wildcards: fc.boolean(),
});
/** Long runs of `?` and letters (more than 32 atoms between two `*`) exercise the multi-word and anchored search. */
const longPiece = fc
  .array(fc.constantFrom('a', 'a', 'b', '?', '?', '😀'), { minLength: 30, maxLength: 80 })
  .map((cs) => ({ text: `*${cs.join('')}*`, wildcards: true }));
const pieces = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: longPiece }), {
  maxLength: 4,
});

/** An input built from the pattern itself (each `*` some letters, each `?` one), so that matches are common. */
function instance(ps: readonly Piece[], fill: readonly string[]): string {
  let k = 0;
  const next = (): string => fill[k++ % Math.max(1, fill.length)] ?? 'a';
  return ps
    .map((p) =>
      p.wildcards
        ? [...p.text].map((ch) => (ch === '*' ? next() + next() : ch === '?' ? next() : ch)).join('')
        : p.text,
    )
    .join('');
}

const cases = fc
  .tuple(pieces, fc.array(inputChar, { maxLength: 120 }), fc.boolean())
  .map(([ps, chars, fromPattern]) => ({
    pieces: ps,
    input: fromPattern ? instance(ps, chars) : chars.join(''),
  }));

const runs = process.env.IAMSPEC_DEEP === '1' ? 50_000 : 3000;

describe('R20 R34 R150 compileGlob agrees with a dynamic-programming reference (property)', () => {
  it('on random pieces (literal and wildcard), long `?` segments, surrogate pairs and lone surrogates', () => {
    fc.assert(
      fc.property(cases, ({ pieces: ps, input }) => {
        expect(compileGlob(ps).test(input)).to.equal(referenceMatch(ps, input));
      }),
      { numRuns: runs },
    );
  });

  it('with ignoreCase, on lowercased input', () => {
    fc.assert(
      fc.property(cases, ({ pieces: ps, input }) => {
        const lower = input.toLowerCase();
        expect(compileGlob(ps, { ignoreCase: true }).test(lower)).to.equal(referenceMatch(ps, lower, true));
      }),
      { numRuns: runs },
    );
  });

  it('an ARN pattern whose first five parts are literal behaves as one glob over the whole ARN (R25)', () => {
    fc.assert(
      fc.property(cases, ({ pieces: ps, input }) => {
        const head = 'arn:aws:s3:::';
        const pattern = [{ text: head, wildcards: false }, ...ps];
        const arn = `${head}${input}`;
        expect(compileArnPattern(pattern).test(arn)).to.equal(referenceMatch(pattern, arn));
      }),
      { numRuns: runs },
    );
  });

  it('pinned examples: long segments on either side of the 32-atom word boundary', () => {
    for (const length of [31, 32, 33, 63, 64, 65]) {
      const segment = 'a?'.repeat(length).slice(0, length);
      const glob = compileGlob(`*${segment}*`);
      const fits = 'ab'.repeat(length);
      expect(glob.test(fits), `${length} atoms`).to.equal(
        referenceMatch([{ text: `*${segment}*`, wildcards: true }], fits),
      );
      expect(glob.test(fits.slice(0, length - 1))).to.equal(false);
    }
  });
});
