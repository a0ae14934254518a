/**
 * Optimal-string-alignment distance (Damerau–Levenshtein restricted to adjacent transpositions), bounded by
 * `max`: the answer is exact up to `max`, and any larger distance is reported as `max + 1`, so a caller that
 * only wants close matches never pays for far ones.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // Three rolling rows: the transposition step needs the row two back.
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every later row is at least this row's minimum, so nothing within `max` can follow.
    if (rowMin > max) return max + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  const distance = previous[b.length] ?? max + 1;
  return distance > max ? max + 1 : distance;
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
 * wins outright (it is the most likely intent for case-sensitive names such as `effect` → `Effect`).
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
