import type { ContextValue } from '../context/request-context.js';
import type { Bundle } from '../engine/bundle.js';
import type { AuthorizationResult } from '../engine/decision.js';
import type { BundleJson } from './bundle-json.js';

/** A property held for every case tried. */
export interface PropertyPassed {
  readonly ok: true;
  readonly seed: number;
  /** Generated cases tried. */
  readonly runs: number;
  /** Requests the engine decided. */
  readonly evaluations: number;
  /** What was covered, in words: how many actions, in how many groups, how many resources. */
  readonly coverage: string;
}

/** A property failed: the smallest case fast-check could shrink to, and how to replay it. */
export interface PropertyFailed {
  readonly ok: false;
  readonly seed: number;
  /** fast-check's counterexample path: with the seed, replays the failing case only. */
  readonly path: string;
  /** Generated cases tried before the first failure. */
  readonly runs: number;
  /** Successful shrinking steps from the first failing case to this one. */
  readonly shrinks: number;
  readonly counterexample: Counterexample;
}

export type PropertyResult = PropertyPassed | PropertyFailed;

/** One request that breaks a property, ready to replay with `iamspec simulate`. */
export interface Counterexample {
  /** The principal in words: an ARN, `anonymous`, a service principal. */
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  /** The context keys the property generated (derived keys are in the bundle). */
  readonly generatedContext: Readonly<Record<string, ContextValue>>;
  /** The engine input. */
  readonly bundle: Bundle;
  /** The same, as the JSON `iamspec simulate` reads. */
  readonly bundleJson: BundleJson;
  /** The engine's decision, with reasons. */
  readonly result: AuthorizationResult;
  /** What the property expected: `denied`, `explicitly denied`. */
  readonly expected: string;
  /** Why this request breaks the property, in one sentence. */
  readonly why: string;
  /** Other actions the policies treat exactly as this one, which fail the same way. */
  readonly alike: readonly string[];
}
