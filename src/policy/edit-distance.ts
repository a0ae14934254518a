/** Rows of the banded dynamic programme; grown as needed and reused, as the callers are synchronous. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

function scratch(length: number): readonly [Int32Array, Int32Array, Int32Array] {
  if ((rows[0]?.length ?? 0) < length) {
    const size = Math.max(length, 2 * (rows[0]?.length ?? 0));
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)] as const;
  }
  return rows;
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein restricted to adjacent transpositions), bounded by
 * `max`: the answer is exact up to `max`, and any larger distance is reported as `max + 1`, so a caller that
 * only wants close matches never pays for far ones. R152: only the cells within `max` of the diagonal are
 * computed, and the search stops as soon as a whole row exceeds `max`: O(min(|a|, |b|) · max).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const far = max + 1;
  let [twoBack, previous, current] = scratch(b.length + 2);
  for (let j = 0; j <= Math.min(b.length, max + 1); j++) previous[j] = Math.min(j, far);
  if (max + 1 < b.length) previous[max + 2] = far;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    current[lo - 1] = lo === 1 ? Math.min(i, far) : far;
    let rowMin = current[lo - 1] ?? far;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] ?? far) + 1, (current[j - 1] ?? far) + 1, (previous[j - 1] ?? far) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        best = Math.min(best, (twoBack[j - 2] ?? far) + 1);
      }
      current[j] = Math.min(best, far);
      if (best < rowMin) rowMin = best;
    }
    // The next row reads one cell past this band: it lies beyond `max` of the diagonal.
    if (hi + 1 <= b.length) current[hi + 1] = far;
    // Every later row is at least this row's minimum, so nothing within `max` can follow.
    if (rowMin > max) return far;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  const distance = previous[b.length] ?? far;
  return distance > max ? far : distance;
}

export interface ClosestOptions {
  /** Compare without regard to case (candidates are returned as written). */
  readonly ignoreCase?: boolean;
  /** Largest distance still worth suggesting; defaults to a third of the word's length, between 1 and 3. */
  readonly maxDistance?: number;
}

/** Default bound: short words tolerate one typo, long ones up to three. */
function defaultBound(word: string): number {
  return Math.min(3, Math.max(1, Math.floor(word.length / 3)));
}

/**
 * The candidate nearest to `word`, or undefined when none is within the bound. An exact case-insensitive match
 * wins outright (it is the most likely intent for case-sensitive names such as `effect` → `Effect`). A plain scan,
 * for short lists; a long list that is searched often belongs in a `NameIndex`, which answers the same.
 */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  options: ClosestOptions = {},
): string | undefined {
  const max = options.maxDistance ?? defaultBound(word);
  const needle = options.ignoreCase === true ? word.toLowerCase() : word;
  const lowerWord = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lowerWord && candidate !== word) return candidate;
    const hay = options.ignoreCase === true ? candidate.toLowerCase() : candidate;
    const distance = editDistance(needle, hay, Math.min(max, bestDistance));
    if (distance < bestDistance && distance > 0) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

interface Entry {
  readonly name: string;
  /** The name as compared: lowercased when the index ignores case. */
  readonly key: string;
  /** Position in the candidate list, so ties go to the earlier name. */
  readonly order: number;
  readonly histogram: Uint8Array;
}

const BUCKETS = 32;

/** How often each unit occurs, units folded into 32 buckets (counts capped at 255). */
function histogram(text: string): Uint8Array {
  const counts = new Uint8Array(BUCKETS);
  for (let i = 0; i < text.length; i++) {
    const bucket = text.charCodeAt(i) & (BUCKETS - 1);
    if ((counts[bucket] ?? 0) < 255) counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  return counts;
}

/**
 * A lower bound on the edit distance: a substitution changes the letter counts by at most two, an insertion or
 * deletion by one, a transposition not at all, and folding letters into buckets only shrinks the difference.
 * True when the counts alone put `b` further than `max` from `a`.
 */
function countsTooFar(a: Uint8Array, b: Uint8Array, max: number): boolean {
  let difference = 0;
  for (let k = 0; k < BUCKETS; k++) {
    difference += Math.abs((a[k] ?? 0) - (b[k] ?? 0));
    if (difference > 2 * max) return true;
  }
  return false;
}

/**
 * Candidate names indexed once by length (R152): a word is compared only with names whose length is within the
 * bound of its own, nearest lengths first so the bound tightens early, and whose letter counts do not already put
 * them out of reach, with a bounded edit distance that stops early. Answers exactly what `closestMatch` over the
 * same list answers.
 */
export class NameIndex {
  private readonly byLength = new Map<number, Entry[]>();
  /** Lowercased name → the names that lowercase to it, in list order. */
  private readonly byLower = new Map<string, string[]>();
  private readonly longest: number;

  constructor(
    candidates: Iterable<string>,
    private readonly ignoreCase: boolean,
  ) {
    let order = 0;
    let longest = 0;
    for (const name of candidates) {
      const key = ignoreCase ? name.toLowerCase() : name;
      const bucket = this.byLength.get(key.length) ?? [];
      bucket.push({ name, key, order: order++, histogram: histogram(key) });
      this.byLength.set(key.length, bucket);
      const lower = name.toLowerCase();
      this.byLower.set(lower, [...(this.byLower.get(lower) ?? []), name]);
      longest = Math.max(longest, key.length);
    }
    this.longest = longest;
  }

  /** The nearest name within `maxDistance` (default: a third of the word, between 1 and 3), or undefined. */
  closest(word: string, maxDistance?: number): string | undefined {
    const max = maxDistance ?? defaultBound(word);
    const sameLetters = this.byLower.get(word.toLowerCase())?.find((name) => name !== word);
    if (sameLetters !== undefined) return sameLetters;
    const needle = this.ignoreCase ? word.toLowerCase() : word;
    if (needle.length > this.longest + max) return undefined;
    const counts = histogram(needle);
    let best: Entry | undefined;
    let bestDistance = max + 1;
    for (let delta = 0; delta <= Math.min(max, bestDistance); delta++) {
      for (const length of delta === 0 ? [needle.length] : [needle.length - delta, needle.length + delta]) {
        for (const entry of this.byLength.get(length) ?? []) {
          if (countsTooFar(counts, entry.histogram, Math.min(max, bestDistance))) continue;
          const distance = editDistance(needle, entry.key, Math.min(max, bestDistance));
          if (distance === 0 || distance > max) continue;
          if (distance < bestDistance || (distance === bestDistance && entry.order < (best?.order ?? 0))) {
            best = entry;
            bestDistance = distance;
          }
        }
      }
    }
    return best?.name;
  }
}
