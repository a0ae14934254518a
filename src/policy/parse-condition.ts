import { childPath, indexPath } from './json-path.js';
import { describeValue, isJsonObject, type JsonValue } from './json-value.js';
import type { ConditionEntry } from './policy.js';
import type { PolicyDiagnostics } from './policy-diagnostics.js';

/**
 * Reads a Condition block (R17): operator → (key → value or list of values). Only the shape is checked here;
 * operator names and value formats are the condition checker's job. Values become strings, as AWS compares
 * the text of JSON numbers and booleans. Returns undefined after a structural error.
 */
export function parseCondition(
  value: JsonValue,
  path: string,
  diagnostics: PolicyDiagnostics,
): ConditionEntry[] | undefined {
  if (!isJsonObject(value)) {
    diagnostics.fail(
      'invalid-type',
      path,
      `${path} is ${describeValue(value)}; expected an object such as {"StringEquals": {"aws:username": "alice"}}`,
    );
    return undefined;
  }
  const entries: ConditionEntry[] = [];
  let ok = true;
  for (const operator of Object.keys(value)) {
    const operatorPath = childPath(path, operator);
    const block = value[operator] ?? null;
    if (!isJsonObject(block)) {
      diagnostics.fail(
        'invalid-type',
        operatorPath,
        `${operatorPath} is ${describeValue(block)}; expected an object of condition keys such as {"aws:username": "alice"}`,
      );
      ok = false;
      continue;
    }
    const seen = new Map<string, string>();
    for (const key of Object.keys(block)) {
      const keyPath = childPath(operatorPath, key);
      checkCaseDuplicate(seen, key, operatorPath, keyPath, diagnostics);
      const values = conditionValues(block[key] ?? null, keyPath, diagnostics);
      if (values === undefined) ok = false;
      else entries.push({ operator, key, values, path: keyPath });
    }
  }
  return ok ? entries : undefined;
}

/**
 * R5, R40: condition key names are case-insensitive, so two keys of one operator that differ only in letter case are
 * one key given twice. Read as two they would be ANDed (R45) and read as one the value is ambiguous, so it is an error
 * (IAM Access Analyzer: "Duplicate keys with different case"). The policy stays representable, so lint goes on.
 */
function checkCaseDuplicate(
  seen: Map<string, string>,
  key: string,
  operatorPath: string,
  keyPath: string,
  diagnostics: PolicyDiagnostics,
): void {
  const lower = key.toLowerCase();
  const first = seen.get(lower);
  if (first === undefined) {
    seen.set(lower, key);
    return;
  }
  const firstPath = childPath(operatorPath, first);
  diagnostics.error(
    'condition-key-duplicate',
    keyPath,
    `${keyPath} repeats the condition key of ${firstPath} in another letter case; condition keys are ` +
      'case-insensitive, so this is one key given twice and its meaning is ambiguous (IAM Access Analyzer reports ' +
      'it as an error); keep one of them (R5)',
  );
}

/** A scalar becomes a one-element list; `true` → "true", `1` → "1". */
function conditionValues(value: JsonValue, path: string, diagnostics: PolicyDiagnostics): string[] | undefined {
  const scalar = asConditionString(value);
  if (scalar !== undefined) return [scalar];
  if (!Array.isArray(value)) {
    diagnostics.fail(
      'invalid-type',
      path,
      `${path} is ${describeValue(value)}; expected a string, number, boolean, or an array of them`,
    );
    return undefined;
  }
  if (value.length === 0) {
    diagnostics.fail(
      'empty-array',
      path,
      `${path} is an empty array; give at least one value, or remove the condition key`,
    );
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  value.forEach((item, i) => {
    const text = asConditionString(item);
    if (text !== undefined) out.push(text);
    else {
      ok = false;
      const at = indexPath(path, i);
      diagnostics.fail('invalid-type', at, `${at} is ${describeValue(item)}; expected a string, number or boolean`);
    }
  });
  return ok ? out : undefined;
}

function asConditionString(value: JsonValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
