import { hasSurrogate } from './code-points.js';
import { ANY_CODE, type SegmentFinder } from './shift-and.js';

/** A literal run of a long segment and its offset from the segment's start, in characters. */
interface Run {
  readonly text: string;
  readonly offset: number;
}

/** Counts of each UTF-16 unit in the window being searched; zeroed again after every use. */
const counts = new Int32Array(0x10000);

function runsOf(codes: Int32Array): Run[] {
  const runs: Run[] = [];
  let text = '';
  for (let i = 0; i <= codes.length; i++) {
    const code = codes[i] ?? ANY_CODE;
    if (code !== ANY_CODE && i < codes.length) {
      text += String.fromCharCode(code);
      continue;
    }
    if (text !== '') runs.push({ text, offset: i - text.length });
    text = '';
  }
  return runs;
}

/** Characters the window holds least of first; ties keep the segment's order. */
function rarest(codes: Int32Array, text: string, from: number, limit: number): { code: number; offset: number } {
  for (let i = from; i < limit; i++) {
    const unit = text.charCodeAt(i);
    counts[unit] = (counts[unit] ?? 0) + 1;
  }
  let best = { code: ANY_CODE, offset: -1 };
  let fewest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? ANY_CODE;
    if (code === ANY_CODE) continue;
    const count = counts[code] ?? 0;
    if (count < fewest) {
      fewest = count;
      best = { code, offset: i };
    }
  }
  for (let i = from; i < limit; i++) counts[text.charCodeAt(i)] = 0;
  return best;
}

/**
 * R150: a long segment (more than 32 atoms) is searched from its rarest literal character: each place the window
 * holds that character fixes where a match would start, and only there are the literal runs compared. Without
 * surrogates in the window every character is one unit, so the offsets are exact. The work is O(n) to count plus
 * the comparisons; when the comparisons would cost more than the bit-parallel search (n·⌈m/32⌉), that search takes
 * over from the current place, so the bound of `longFinder` holds either way.
 */
export function anchoredFinder(codes: Int32Array, makeFallback: () => SegmentFinder): SegmentFinder {
  const m = codes.length;
  const runs = runsOf(codes);
  // A literal that needs a surrogate (or is one) can never match a window that has none.
  const bmpOnly = codes.every((code) => code === ANY_CODE || code < 0xd800 || (code > 0xdfff && code <= 0xffff));
  const words = (m + 31) >>> 5;
  // Built on first need: most searches never fall back.
  let fallback: SegmentFinder | undefined;
  const slow = (text: string, from: number, limit: number): number => {
    fallback ??= makeFallback();
    return fallback.find(text, from, limit);
  };
  return {
    find(text, from, limit) {
      if (limit - from < m) return -1;
      if (hasSurrogate(text, from, limit)) return slow(text, from, limit);
      if (runs.length === 0) return from + m;
      if (!bmpOnly) return -1;
      const anchor = rarest(codes, text, from, limit);
      const char = String.fromCharCode(anchor.code);
      const budget = (limit - from) * words;
      let spent = 0;
      for (let at = text.indexOf(char, from + anchor.offset); at >= 0; at = text.indexOf(char, at + 1)) {
        const start = at - anchor.offset;
        if (start + m > limit) return -1;
        let matched = true;
        for (const run of runs) {
          spent++;
          if (!text.startsWith(run.text, start + run.offset)) {
            matched = false;
            break;
          }
        }
        if (matched) return start + m;
        if (spent > budget) return slow(text, start + 1, limit);
      }
      return -1;
    },
  };
}
