import type { CodeText } from './code-text.js';
import { ANY_CODE, type CodeFinder, longFinder } from './shift-and.js';

/** Each distinct literal character of a segment, with the offset of its first occurrence. */
interface Anchor {
  readonly code: number;
  readonly offset: number;
}

function anchorsOf(codes: Int32Array): Anchor[] {
  const first = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? ANY_CODE;
    if (code !== ANY_CODE && !first.has(code)) first.set(code, i);
  }
  return [...first].map(([code, offset]) => ({ code, offset }));
}

/** The offsets of the segment's literal characters, in order. */
function literalOffsets(codes: Int32Array): Int32Array {
  const offsets: number[] = [];
  for (let i = 0; i < codes.length; i++) if (codes[i] !== ANY_CODE) offsets.push(i);
  return Int32Array.from(offsets);
}

/** The anchor the whole text holds fewest of; ties keep the segment's order. O(distinct characters). */
function rarest(anchors: readonly Anchor[], text: CodeText): Anchor | undefined {
  let best: Anchor | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const anchor of anchors) {
    const count = text.count(anchor.code);
    if (count < fewest) {
      fewest = count;
      best = anchor;
    }
  }
  return best;
}

/**
 * R150: a long segment (more than 32 atoms) is searched, over the text's code points, from its rarest literal
 * character in the whole text (counted once per text, CodeText): each place that character occurs fixes where a
 * match would start, and only there are the segment's literal characters compared. The search reads the text from
 * `from` only as far as it must (to the match, or to `limit` when there is none), so successive middles of a glob
 * together read the text about once. When the comparisons exceed ⌈m/32⌉ per character read so far (plus m), the
 * bit-parallel search takes over from the current place; so a call costs O((r + m)·⌈m/32⌉) for r code points read,
 * and far less when the anchor is rare.
 */
export function anchoredFinder(codes: Int32Array): CodeFinder {
  const m = codes.length;
  const anchors = anchorsOf(codes);
  const literals = literalOffsets(codes);
  const words = (m + 31) >>> 5;
  // Built on first need: most searches never fall back.
  let fallback: CodeFinder | undefined;
  return {
    find(text, from, limit) {
      if (limit - from < m) return -1;
      const anchor = rarest(anchors, text);
      if (anchor === undefined) return from + m;
      let spent = 0;
      for (let at = text.indexOf(anchor.code, from + anchor.offset); at >= 0; at = text.indexOf(anchor.code, at + 1)) {
        const start = at - anchor.offset;
        if (start + m > limit) return -1;
        let k = 0;
        while (k < literals.length) {
          const offset = literals[k] ?? 0;
          if (text.at(start + offset) !== codes[offset]) break;
          k++;
        }
        if (k === literals.length) return start + m;
        spent += k + 1;
        if (spent > (at - from + m) * words) {
          fallback ??= longFinder(codes);
          return fallback.find(text, start + 1, limit);
        }
      }
      return -1;
    },
  };
}
