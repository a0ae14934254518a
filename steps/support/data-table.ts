import type { DataTable } from '@cucumber/cucumber';

/** What a step's data table must look like. */
export interface TableShape {
  /** The table in words, for messages: `the access table`, `the context table`. */
  readonly name: string;
  /** The columns every row needs, in the order the header shows them. */
  readonly columns: readonly string[];
  /**
   * What further columns of the header stand for (`context keys` in the access table), if it may have any. Without
   * it, the header must be exactly `columns`.
   */
  readonly extraColumns?: string;
}

/** One data row of a checked table. */
export interface TableRow {
  /** The 1-based number of the row below the header, for messages. */
  readonly number: number;
  /** The cell under a required column. */
  cell(column: string): string;
  /** The cells under the header's further columns, in table order (only with `extraColumns`). */
  readonly extra: ReadonlyArray<readonly [column: string, value: string]>;
}

/**
 * The data rows of a step's table, after checking its header. Cucumber reads the first row of every table as its
 * header, so a one-row table written without one would be a header and no rows: a check that checks nothing. A
 * table whose first row is not the required header, or which has no row under it, fails the step with one line
 * that shows the header it needs.
 */
export function tableRows(table: DataTable, shape: TableShape): TableRow[] {
  // R163
  const [header = [], ...body] = table.raw();
  const index = headerIndex(header, shape);
  if (body.length === 0) {
    throw new Error(`${shape.name} has its header row but no rows under it; add at least one row under ${bar(header)}`);
  }
  const extras = header.flatMap((column, i) => (index.has(column) ? [] : [[column, i] as const]));
  return body.map((cells, i) => ({
    number: i + 1,
    cell: (column: string) => cells[index.get(column) ?? -1] ?? '',
    extra: extras.map(([column, at]) => [column, cells[at] ?? ''] as const),
  }));
}

/** Where each required column is; throws when the header is not the required one. */
function headerIndex(header: readonly string[], shape: TableShape): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  header.forEach((column, i) => {
    if (shape.columns.includes(column) && !index.has(column)) index.set(column, i);
  });
  const complete = shape.columns.every((c) => index.has(c));
  const exact = header.length === shape.columns.length && shape.columns.every((c, i) => header[i] === c);
  const repeated = new Set(header).size !== header.length;
  if (!complete || repeated || (shape.extraColumns === undefined && !exact)) {
    const more = shape.extraColumns === undefined ? '' : ` (other columns name ${shape.extraColumns})`;
    throw new Error(
      `${shape.name} needs the header row ${bar(shape.columns)}${more}; its first row is ${bar(header)}` +
        `${repeated ? ', which repeats a column' : ''}`,
    );
  }
  return index;
}

function bar(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The one column of a `| action |` or `| principal |` table, as a list. */
export function tableColumn(table: DataTable, name: string, column: string): string[] {
  return tableRows(table, { name, columns: [column] }).map((row) => row.cell(column));
}
