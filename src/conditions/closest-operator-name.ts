import { BASE_OPERATORS } from '../policy/condition-operator.js';
import { NameIndex } from '../policy/edit-distance.js';

const QUALIFIERS = ['', 'ForAllValues:', 'ForAnyValue:'];
const SUFFIXES = ['', 'IfExists'];

/** Every valid operator name (R41), indexed once on first use (R152); R43: no `NullIfExists`. */
let index: NameIndex | undefined;

function validNames(): NameIndex {
  if (index !== undefined) return index;
  const all: string[] = [];
  for (const [base, family] of Object.entries(BASE_OPERATORS)) {
    for (const qualifier of QUALIFIERS) {
      for (const suffix of SUFFIXES) if (family !== 'Null' || suffix === '') all.push(`${qualifier}${base}${suffix}`);
    }
  }
  index = new NameIndex(all, true);
  return index;
}

/**
 * The valid operator name closest to `name`, ignoring case, or undefined when none is close: within a third of
 * the name's length, and at least 3, edits (optimal string alignment, so a swapped pair of letters is one edit).
 */
export function closestOperatorName(name: string): string | undefined {
  return validNames().closest(name, Math.max(3, Math.floor(name.length / 3)));
}
