/** Literals up to this many units are found with the native `indexOf`, whose worst case is then at most 32·n. */
const NATIVE_LIMIT = 32;

/** Finds a fixed string in text, leftmost first. */
export interface LiteralSearch {
  /** Start of the leftmost occurrence at or after `from` that ends at or before `limit`, or -1. */
  find(text: string, from: number, limit: number): number;
}

/**
 * R150: V8's `indexOf` takes time quadratic in the lengths for some long needles (`'a'.repeat(k) + 'b' +
 * 'a'.repeat(k)` in a run of `a`), so a long literal is searched with Knuth–Morris–Pratt instead: at most 2·n
 * comparisons after an O(m) table built once, here.
 */
export function compileLiteralSearch(literal: string): LiteralSearch {
  if (literal.length <= NATIVE_LIMIT) {
    return {
      find(text, from, limit) {
        const at = text.indexOf(literal, from);
        return at >= 0 && at + literal.length <= limit ? at : -1;
      },
    };
  }
  const failure = failureTable(literal);
  return { find: (text, from, limit) => knuthMorrisPratt(literal, failure, text, from, limit) };
}

/** `failure[i]`: length of the longest proper border of `literal[0..i]`. */
function failureTable(literal: string): Int32Array {
  const failure = new Int32Array(literal.length);
  let k = 0;
  for (let i = 1; i < literal.length; i++) {
    while (k > 0 && literal.charCodeAt(i) !== literal.charCodeAt(k)) k = failure[k - 1] ?? 0;
    if (literal.charCodeAt(i) === literal.charCodeAt(k)) k++;
    failure[i] = k;
  }
  return failure;
}

function knuthMorrisPratt(literal: string, failure: Int32Array, text: string, from: number, limit: number): number {
  const m = literal.length;
  let k = 0;
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    while (k > 0 && code !== literal.charCodeAt(k)) k = failure[k - 1] ?? 0;
    if (code === literal.charCodeAt(k)) k++;
    if (k === m) return i - m + 1;
  }
  return -1;
}
