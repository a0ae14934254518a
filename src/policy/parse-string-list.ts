import { indexPath } from './json-path.js';
import { describeValue, type JsonValue } from './json-value.js';
import type { PolicyDiagnostics } from './policy-diagnostics.js';

/**
 * Reads an element that takes a string or an array of strings (Action, Resource, a principal list …) and
 * normalises it to an array, once (R12). Returns undefined after reporting a structural error.
 */
export function parseStringList(
  value: JsonValue,
  path: string,
  diagnostics: PolicyDiagnostics,
): readonly string[] | undefined {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    diagnostics.fail(
      'invalid-type',
      path,
      `${path} is ${describeValue(value)}; expected a string or an array of strings`,
    );
    return undefined;
  }
  if (value.length === 0) {
    diagnostics.fail('empty-array', path, `${path} is an empty array; give at least one string, or remove the element`);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  value.forEach((item, i) => {
    if (typeof item === 'string') out.push(item);
    else {
      ok = false;
      const at = indexPath(path, i);
      diagnostics.fail('invalid-type', at, `${at} is ${describeValue(item)}; expected a string`);
    }
  });
  return ok ? out : undefined;
}
