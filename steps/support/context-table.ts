import type { DataTable } from '@cucumber/cucumber';
import { nullRecord } from '../../src/context/null-record.js';
import type { ContextValue } from '../../src/context/request-context.js';
import { tableRows } from './data-table.js';

/**
 * Reads a `| key | value |` table into context values. A value written as a JSON array (`["a", "b"]`, `[]`) is a
 * multivalued key; anything else is a single string. The record has no prototype, so that `__proto__` or
 * `constructor` is a key like any other; a key given twice (ignoring case, as key names are, R40) is an error.
 */
export function contextFromTable(table: DataTable): Record<string, ContextValue> {
  const out = nullRecord<ContextValue>();
  for (const row of tableRows(table, { name: 'the context table', columns: ['key', 'value'] })) {
    addContextKey(out, row.cell('key'), row.cell('value'), 'context table');
  }
  return out;
}

/** Adds one key written in a table cell to a context record; `what` names the table for the repeated-key error. */
export function addContextKey(out: Record<string, ContextValue>, key: string, value: string, what = 'table'): void {
  const lower = key.toLowerCase();
  const clash = Object.keys(out).find((k) => k.toLowerCase() === lower);
  if (clash !== undefined) throw new Error(`the context key "${key}" is given twice in the ${what}`);
  out[key] = value.trim().startsWith('[') ? parseList(key, value) : value;
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
