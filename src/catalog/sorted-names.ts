import { compileGlob } from '../match/glob.js';

const isWildcard = (code: number): boolean => code === 0x2a || code === 0x3f;

/** The literal text before the first wildcard. */
function literalPrefix(pattern: string): string {
  let end = 0;
  while (end < pattern.length && !isWildcard(pattern.charCodeAt(end))) end++;
  return pattern.slice(0, end);
}

/** The literal text after the last wildcard. */
function literalSuffix(pattern: string): string {
  let start = pattern.length;
  while (start > 0 && !isWildcard(pattern.charCodeAt(start - 1))) start--;
  return pattern.slice(start);
}

const reversed = (text: string): string => [...text].reverse().join('');

/** The first index of `sorted` whose entry is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries of `sorted` that start with `head`: a contiguous range. */
function rangeOf(sorted: readonly string[], head: string): [number, number] {
  const from = lowerBound(sorted, head);
  let to = from;
  while (to < sorted.length && (sorted[to] ?? '').startsWith(head)) to++;
  return [from, to];
}

/**
 * R152: lowercase names kept sorted forwards and backwards, so that the names a wildcard pattern can match are
 * looked up by its literal prefix or suffix (binary search) instead of testing every name.
 */
export class SortedNames {
  private readonly forwards: readonly string[];
  private readonly backwards: readonly string[];

  constructor(names: readonly string[]) {
    this.forwards = [...names].sort();
    this.backwards = names.map(reversed).sort();
  }

  /** True when a pattern (lowercase, `*` and `?`) has neither a literal prefix nor a literal suffix. */
  static needsScan(pattern: string): boolean {
    return literalPrefix(pattern) === '' && literalSuffix(pattern) === '';
  }

  /** True when the pattern matches at least one name. */
  anyMatch(pattern: string): boolean {
    const glob = compileGlob(pattern, { ignoreCase: true });
    const [from, to] = rangeOf(this.forwards, literalPrefix(pattern));
    const suffix = literalSuffix(pattern);
    if (suffix !== '') {
      const [rFrom, rTo] = rangeOf(this.backwards, reversed(suffix));
      if (rTo - rFrom < to - from) {
        for (let i = rFrom; i < rTo; i++) if (glob.test(reversed(this.backwards[i] ?? ''))) return true;
        return false;
      }
    }
    for (let i = from; i < to; i++) if (glob.test(this.forwards[i] ?? '')) return true;
    return false;
  }
}
