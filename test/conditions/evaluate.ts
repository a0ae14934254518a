import { compileConditions } from '../../src/conditions/compile-conditions.js';
import { type ContextValue, RequestContext } from '../../src/context/request-context.js';

/** A request context for tests: plain key → value pairs. */
export type Context = Readonly<Record<string, ContextValue>>;

/** One table row: an operator and its values against one request context. */
export interface Row {
  readonly operator: string;
  readonly values: readonly string[];
  readonly ctx: Context;
  readonly expected: boolean;
  readonly key?: string;
  readonly supportsVariables?: boolean;
}

/** Evaluates a single-entry Condition block the way the engine will. */
export function evaluate(row: Row): boolean {
  const key = row.key ?? 'k';
  const entry = { operator: row.operator, key, values: row.values, path: `Condition.${row.operator}.${key}` };
  return compileConditions([entry], row.supportsVariables ?? true).test(RequestContext.from(row.ctx));
}

/** A short title for a row. */
export function title(row: Row): string {
  return `${row.operator} ${JSON.stringify(row.values)} vs ${JSON.stringify(row.ctx)} → ${row.expected}`;
}
