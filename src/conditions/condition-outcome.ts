import type { ContextValue } from '../context/request-context.js';

/** How one (operator, key) entry of a Condition block fared against a request, for reasons. */
export interface ConditionOutcome {
  /** The operator as written, e.g. `ForAnyValue:StringLike`. */
  readonly operator: string;
  /** The condition key as written. */
  readonly key: string;
  /** The policy values as written. */
  readonly expected: readonly string[];
  /** The request's value for the key, or undefined when the request lacks it. */
  readonly actual: ContextValue | undefined;
  readonly matched: boolean;
  /** True when the request lacks the key. */
  readonly missing: boolean;
  /** JSON path of the entry, e.g. `Statement[0].Condition.StringEquals.aws:username`. */
  readonly path: string;
}
