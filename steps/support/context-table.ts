import type { DataTable } from '@cucumber/cucumber';
import type { ContextValue } from '../../src/context/request-context.js';

/**
 * Reads a `| key | value |` table into context values. A value written as a JSON array (`["a", "b"]`, `[]`) is a
 * multivalued key; anything else is a single string.
 */
export function contextFromTable(table: DataTable): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const row of table.hashes()) {
    const key = row.key;
    const value = row.value;
    if (key === undefined || value === undefined)
      throw new Error('the context table needs the columns | key | value |');
    out[key] = value.trim().startsWith('[') ? parseList(key, value) : value;
  }
  return out;
}

function parseList(key: string, text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`the value of "${key}" looks like a list but is not JSON: ${text} (write ["a", "b"])`);
  }
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) {
    throw new Error(`the value of "${key}" must be a list of strings, e.g. ["a", "b"]`);
  }
  return parsed;
}
