import { isHigh, isLow } from '../match/code-points.js';
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

/** The text backwards, by code point, so that a surrogate pair stays one character. */
function reversed(text: string): string {
  let out = '';
  for (let i = text.length; i > 0; ) {
    const pair = i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
    out += text.slice(pair ? i - 2 : i - 1, i);
    i -= pair ? 2 : 1;
  }
  return out;
}

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

/** The entries of `sorted` that start with `head`: a contiguous range, found by two binary searches. */
function rangeOf(sorted: readonly string[], head: string): [number, number] {
  // Names are catalogue text, which never holds U+FFFF: every name that starts with `head` sorts below this bound.
  return [lowerBound(sorted, head), lowerBound(sorted, `${head}\uffff`)];
}

/** A budget of catalogue name tests (R152). */
export interface NameTests {
  /** Takes one test; false once the budget is spent. */
  testName(): boolean;
  /** True once the budget is spent. */
  readonly spent: boolean;
}

const UNBOUNDED: NameTests = { testName: () => true, spent: false };

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

  /**
   * True when the pattern (lowercase, `*` and `?`) matches at least one name, false when it matches none, undefined
   * when the budget ran out first. Each name tested costs one `testName`; only the names sharing the pattern's
   * literal prefix, or its literal suffix when fewer do, are tested.
   */
  anyMatch(pattern: string, budget: NameTests = UNBOUNDED): boolean | undefined {
    if (budget.spent) return undefined;
    const [from, to] = rangeOf(this.forwards, literalPrefix(pattern));
    const suffix = literalSuffix(pattern);
    const [rFrom, rTo] = suffix === '' ? [0, Number.POSITIVE_INFINITY] : rangeOf(this.backwards, reversed(suffix));
    const backwards = rTo - rFrom < to - from;
    const [start, end] = backwards ? [rFrom, rTo] : [from, to];
    if (start === end) return false;
    const glob = compileGlob(pattern, { ignoreCase: true });
    for (let i = start; i < end; i++) {
      if (!budget.testName()) return undefined;
      if (glob.test(backwards ? reversed(this.backwards[i] ?? '') : (this.forwards[i] ?? ''))) return true;
    }
    return false;
  }
}
