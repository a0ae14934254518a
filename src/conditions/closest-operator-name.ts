import { BASE_OPERATORS } from '../policy/condition-operator.js';

const QUALIFIERS = ['', 'ForAllValues:', 'ForAnyValue:'];
const SUFFIXES = ['', 'IfExists'];

/** Every valid operator name (R41), built once on first use; R43: no `NullIfExists`. */
let names: readonly string[] | undefined;

function validNames(): readonly string[] {
  if (names !== undefined) return names;
  const all: string[] = [];
  for (const [base, family] of Object.entries(BASE_OPERATORS)) {
    for (const qualifier of QUALIFIERS) {
      for (const suffix of SUFFIXES) if (family !== 'Null' || suffix === '') all.push(`${qualifier}${base}${suffix}`);
    }
  }
  names = all;
  return all;
}

/** Levenshtein distance; only used on the error path. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The valid operator name closest to `name`, ignoring case, or undefined when none is close. */
export function closestOperatorName(name: string): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of validNames()) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
