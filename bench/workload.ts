import type { Decision } from '../src/engine/decision.js';
import type { JsonObject, JsonValue } from '../src/policy/json-value.js';

/** A request that must get a different decision than the workload's own, to prove a part is really evaluated. */
export interface Control {
  /** What the control proves, e.g. "IpAddress on aws:SourceIp is evaluated". */
  readonly proves: string;
  readonly request: JsonObject;
  readonly expected: Decision;
}

/** One benchmark workload: a bundle as JSON (parsed once, outside the timing) and what its request must get. */
export interface Workload {
  readonly name: string;
  /** What the bundle holds, in a few words, for the table. */
  readonly summary: string;
  readonly bundle: JsonObject;
  /** Build reasons (`explain: true`) on every timed call. */
  readonly explain: boolean;
  /** Target: median µs per decision at most this. */
  readonly targetMicros: number;
  readonly expected: Decision;
  /** Sid of the statement that must decide (an Allow or Deny), when one does. */
  readonly decidingSid?: string;
  readonly controls: readonly Control[];
}

export const ACCOUNT = '111122223333';

/** One policy statement as JSON; `extra` holds Principal, Condition and the like. */
export function statement(
  sid: string,
  effect: 'Allow' | 'Deny',
  action: string | readonly string[],
  resource: string | readonly string[],
  extra: JsonObject = {},
): JsonObject {
  return { Sid: sid, Effect: effect, Action: action, Resource: resource, ...extra };
}

/** A named policy document as the bundle format takes it. */
export function policy(name: string, statements: readonly JsonValue[]): JsonObject {
  return { name, document: { Version: '2012-10-17', Statement: statements } };
}
