import { compileGlob } from '../../src/match/glob.js';
import { SCALES, type StallFamily, type StallInput } from '../stall-family.js';

function globInput(pattern: string, text: string, expected: boolean): StallInput {
  return {
    bytes: pattern.length + text.length,
    run: () => compileGlob(pattern).test(text),
    check: (answer) => (answer === expected ? undefined : `expected ${expected ? 'a match' : 'no match'}`),
  };
}

/**
 * (review of issue 8) K middle segments of `b` and 32 `?` each: every middle's search used to count and scan the
 * whole rest of the text (K·n). The matching text holds them all and a long tail; 800 KB at ×8.
 */
export const longMiddlesGlob: StallFamily = {
  name: 'many long ? middles, glob',
  summary: "compileGlob('*' + ('b' + '?'.repeat(32) + '*').repeat(K)) vs K matches and a tail, K = 1,000·scale",
  scales: SCALES,
  issueInputs: [{ label: '800 KB', scale: 8 }],
  input(scale): StallInput {
    const k = 1000 * scale;
    const pattern = `*${`b${'?'.repeat(32)}*`.repeat(k)}`;
    return globInput(pattern, `${`b${'x'.repeat(32)}`.repeat(k)}${'y'.repeat(33 * k)}`, true);
  },
};

/**
 * (review of issue 8) One emoji in the text sent a long `?` segment to the bit-parallel search, O(n·k/32); the
 * anchored search now reads the text as code points. 480 KB at ×8.
 */
export const surrogateGlob: StallFamily = {
  name: 'long ? segment, emoji text, glob',
  summary: "compileGlob('*' + 'a?'.repeat(n) + 'c*') vs '😀' + 'a'.repeat(2n), n = 15,000·scale",
  scales: SCALES,
  issueInputs: [{ label: '480 KB', scale: 8 }],
  input(scale): StallInput {
    const n = 15_000 * scale;
    return globInput(`*${'a?'.repeat(n)}c*`, `😀${'a'.repeat(2 * n)}`, false);
  },
};
