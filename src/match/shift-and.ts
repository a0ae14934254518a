import { codePointAt } from './code-points.js';
import type { CodeText, TextSlot } from './code-text.js';

/** Stands for `?` in a segment's code-point list. */
export const ANY_CODE = -1;

const ASCII = 128;
const HIGH_FIRST = 0xd800;
const HIGH_LAST = 0xdbff;

/**
 * Finds a segment (code points and `?`) in text; answers the end of the leftmost match, or -1. `slot` keeps what one
 * glob test's searches share (CodeText).
 */
export interface SegmentFinder {
  find(text: string, from: number, limit: number, slot?: TextSlot): number;
}

/** The same over a text read as code points (CodeText): `from`, `limit` and the answer are code-point indexes. */
export interface CodeFinder {
  find(text: CodeText, from: number, limit: number): number;
}

/**
 * R150: bit-parallel (shift-and) search for a segment of at most 32 code points and `?`. Bit i of the state says
 * that the last i + 1 characters read match the segment's first i + 1 atoms; each character costs one shift, one
 * or and one and, so a search reads each code point of the text once: O(n).
 */
export function shortFinder(codes: Int32Array): SegmentFinder {
  const m = codes.length;
  const ascii = new Int32Array(ASCII);
  const other = new Map<number, number>();
  let any = 0;
  for (let i = 0; i < m; i++) {
    const code = codes[i] ?? ANY_CODE;
    if (code === ANY_CODE) any |= 1 << i;
    else if (code < ASCII) ascii[code] = (ascii[code] ?? 0) | (1 << i);
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return {
    find(text, from, limit) {
      let state = 0;
      for (let i = from; i < limit; i++) {
        let code = text.charCodeAt(i);
        // A surrogate pair is one character (R153); the common case reads one unit and takes no call.
        if (code >= HIGH_FIRST && code <= HIGH_LAST) {
          code = codePointAt(text, i);
          if (code > 0xffff) i++;
        }
        const bits = code < ASCII ? (ascii[code] ?? 0) : (other.get(code) ?? 0);
        state = ((state << 1) | 1) & (bits | any);
        if ((state & last) !== 0) return i + 1;
      }
      return -1;
    },
  };
}

/** The positions of one character in a long segment, as (word, bits) pairs of the state. */
interface SparseMask {
  readonly words: Int32Array;
  readonly bits: Int32Array;
}

function sparseMasks(codes: Int32Array, words: number): { any: Int32Array; byCode: Map<number, SparseMask> } {
  const any = new Int32Array(words);
  const dense = new Map<number, Map<number, number>>();
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? ANY_CODE;
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    if (code === ANY_CODE) {
      any[word] = (any[word] ?? 0) | bit;
      continue;
    }
    const entry = dense.get(code) ?? new Map<number, number>();
    entry.set(word, (entry.get(word) ?? 0) | bit);
    dense.set(code, entry);
  }
  const byCode = new Map<number, SparseMask>();
  for (const [code, entry] of dense) {
    byCode.set(code, { words: Int32Array.from(entry.keys()), bits: Int32Array.from(entry.values()) });
  }
  return { any, byCode };
}

/**
 * R150: shift-and over ⌈m/32⌉ words for a segment longer than 32 atoms: O(r·⌈m/32⌉) for the r code points it reads.
 * Each character's mask is stored sparsely (only the words where it occurs), so memory is O(m).
 */
export function longFinder(codes: Int32Array): CodeFinder {
  const m = codes.length;
  const words = (m + 31) >>> 5;
  const { any, byCode } = sparseMasks(codes, words);
  const topWord = words - 1;
  const topBit = 1 << ((m - 1) & 31);
  const state = new Int32Array(words);
  const shifted = new Int32Array(words);
  return {
    find(text, from, limit) {
      state.fill(0);
      for (let i = from; i < limit; i++) {
        let carry = 1;
        for (let w = 0; w < words; w++) {
          const value = state[w] ?? 0;
          const moved = (value << 1) | carry;
          shifted[w] = moved;
          state[w] = moved & (any[w] ?? 0);
          carry = value >>> 31;
        }
        const mask = byCode.get(text.at(i));
        if (mask !== undefined) {
          for (let k = 0; k < mask.words.length; k++) {
            const w = mask.words[k] ?? 0;
            state[w] = (state[w] ?? 0) | ((shifted[w] ?? 0) & (mask.bits[k] ?? 0));
          }
        }
        if (((state[topWord] ?? 0) & topBit) !== 0) return i + 1;
      }
      return -1;
    },
  };
}
