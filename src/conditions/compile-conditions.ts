import type { RequestContext } from '../context/request-context.js';
import type { ConditionEntry } from '../policy/policy.js';
import { type CompiledEntry, compileEntry } from './compile-entry.js';
import type { ConditionOutcome } from './condition-outcome.js';

export type { ConditionOutcome };

/** The Condition block of one statement, compiled once. */
export interface CompiledConditions {
  /** Lowercased keys the block reads: condition keys and keys of policy variables in values, once each. */
  readonly keys: readonly string[];
  /** True when the block has no conditions, so callers can skip it. */
  readonly always: boolean;
  /** True when every entry holds (R45). Allocates nothing beyond what variable substitution needs. */
  test(ctx: RequestContext): boolean;
  /** One outcome per (operator, key) entry, in block order, for reasons. */
  explain(ctx: RequestContext): readonly ConditionOutcome[];
}

const EMPTY: CompiledConditions = Object.freeze({
  keys: [],
  always: true,
  test: () => true,
  explain: () => [],
});

function outcome(compiled: CompiledEntry, ctx: RequestContext): ConditionOutcome {
  const { entry } = compiled;
  const actual = ctx.get(compiled.key);
  return {
    operator: entry.operator,
    key: entry.key,
    expected: entry.values,
    actual,
    matched: compiled.test(ctx),
    missing: actual === undefined,
    path: entry.path,
  };
}

/**
 * Compiles a statement's condition entries. R45: entries (several operators, several keys) are ANDed.
 * Never throws: unknown operators and unparsable values compile to tests that never match (R68).
 */
export function compileConditions(entries: readonly ConditionEntry[], supportsVariables: boolean): CompiledConditions {
  if (entries.length === 0) return EMPTY;
  const compiled = entries.map((entry) => compileEntry(entry, supportsVariables));
  const keys = [...new Set(compiled.flatMap((entry) => entry.keys))];
  return {
    keys,
    always: false,
    test(ctx) {
      for (let i = 0; i < compiled.length; i++) if (compiled[i]?.test(ctx) === false) return false;
      return true;
    },
    explain: (ctx) => compiled.map((entry) => outcome(entry, ctx)),
  };
}
