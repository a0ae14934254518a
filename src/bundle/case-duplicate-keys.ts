import { childPath } from '../policy/json-path.js';
import { quoteValue } from '../policy/json-value.js';
import type { FieldReader } from './field-reader.js';

/**
 * R5: reports each key of `record` that differs from an earlier one only in letter case, naming both. Used where the
 * keys are case-insensitive, so that such a pair is one key given twice and its value ambiguous: request context keys
 * (R40) and the tag keys of IAM users and roles (R110). `what` names the keys in the message, e.g. "context key".
 */
export function refuseCaseDuplicates(
  r: FieldReader,
  record: Readonly<Record<string, unknown>>,
  path: string,
  code: string,
  what: string,
): void {
  const seen = new Map<string, string>();
  for (const key of Object.keys(record)) {
    const lower = key.toLowerCase();
    const first = seen.get(lower);
    if (first === undefined) {
      seen.set(lower, key);
      continue;
    }
    r.fail(
      code,
      childPath(path, key),
      `the ${what} ${quoteValue(key, 140)} repeats ${quoteValue(first, 140)} in another letter case; ${what}s are case-insensitive, so this is ` +
        'one key given twice and its value is ambiguous; keep one of them (R5)',
    );
  }
}
