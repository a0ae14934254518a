import type { DataTable } from '@cucumber/cucumber';
import { nullRecord } from '../../src/context/null-record.js';
import { tableRows } from './data-table.js';

/**
 * Reads a `| key | value |` table of tags (or of SAML attributes). A repeated key is an error, as it is in AWS. The
 * record has no prototype, so that `__proto__` or `constructor` is a tag key like any other.
 */
export function tagsFromTable(table: DataTable, name = 'the tag table'): Record<string, string> {
  const tags = nullRecord<string>();
  for (const row of tableRows(table, { name, columns: ['key', 'value'] })) {
    const key = row.cell('key');
    if (Object.hasOwn(tags, key)) throw new Error(`the tag "${key}" is given twice`);
    tags[key] = row.cell('value');
  }
  return tags;
}
