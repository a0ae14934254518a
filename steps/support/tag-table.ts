import type { DataTable } from '@cucumber/cucumber';

/** Reads a `| key | value |` table of tags. A repeated key is an error, as it is in AWS. */
export function tagsFromTable(table: DataTable): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const row of table.hashes()) {
    const { key, value } = row;
    if (key === undefined || value === undefined) {
      throw new Error(`the tag table needs the columns | key | value |; it has | ${table.raw()[0]?.join(' | ')} |`);
    }
    if (Object.hasOwn(tags, key)) throw new Error(`the tag "${key}" is given twice`);
    tags[key] = value;
  }
  return tags;
}
