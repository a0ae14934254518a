import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { editDistance, NameIndex } from '../../src/policy/edit-distance.js';

/** The textbook optimal-string-alignment distance over the whole table. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] ?? [];
      const up = d[i - 1] ?? [];
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] ?? 0, (d[i - 2]?.[j - 2] ?? 0) + 1);
      }
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

/** The plain scan closestMatch used to be: first strictly nearest candidate; an other-case spelling wins outright. */
function referenceClosest(word: string, candidates: readonly string[], ignoreCase: boolean): string | undefined {
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  const sameLetters = candidates.find((c) => c.toLowerCase() === word.toLowerCase() && c !== word);
  if (sameLetters !== undefined) return sameLetters;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const a = ignoreCase ? word.toLowerCase() : word;
    const b = ignoreCase ? candidate.toLowerCase() : candidate;
    const distance = referenceDistance(a, b);
    if (distance > 0 && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const word = fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'B'), { maxLength: 12 }).map((cs) => cs.join(''));

describe('R152 the bounded edit distance and the name index answer as the full computations do (property)', () => {
  it('editDistance(a, b, max) = min(reference, max + 1)', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        expect(editDistance(a, b, max)).to.equal(Math.min(referenceDistance(a, b), max + 1));
      }),
      { numRuns: 5000 },
    );
  });

  it('NameIndex.closest = the plain scan, ties to the earlier candidate', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), word, fc.boolean(), (candidates, w, ignoreCase) => {
        expect(new NameIndex(candidates, ignoreCase).closest(w)).to.equal(referenceClosest(w, candidates, ignoreCase));
      }),
      { numRuns: 3000 },
    );
  });
});
