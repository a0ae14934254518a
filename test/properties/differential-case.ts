import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { Bundle } from '../../src/engine/bundle.js';
import type { Decision } from '../../src/engine/decision.js';
import { type ReferenceResult, referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import type { BundleJson } from '../../src/testing/index.js';
import { knownDiscrepancyOf } from './known-discrepancies.js';

/** What the fast engine did with a bundle: a decision, or the error it threw. */
export type EngineOutcome = { readonly decision: Decision } | { readonly threw: string };

/** One bundle decided by both engines. */
export interface DifferentialCase {
  readonly bundle: Bundle;
  readonly engine: EngineOutcome;
  readonly reference: ReferenceResult;
  /** Both engines gave the same decision. */
  readonly agree: boolean;
  /** The id of a known, reported engine discrepancy this case shows, if any. */
  readonly known?: string;
}

/** The engine's outcome in words. */
export function describeOutcome(outcome: EngineOutcome): string {
  return 'decision' in outcome ? outcome.decision : `throws ${outcome.threw}`;
}

/**
 * A generated JSON bundle read exactly as `iamspec simulate` reads it: through `JSON.stringify` and `parseBundle`.
 * A bundle that does not validate is an error in the generator (or in a test's edit of it) and throws.
 */
export function parseGenerated(json: BundleJson): Bundle {
  const { bundle, diagnostics } = parseBundle(JSON.parse(JSON.stringify(json)) as JsonValue);
  if (bundle === undefined) {
    throw new Error(`generated bundle does not validate: ${diagnostics.map((d) => d.message).join('; ')}`);
  }
  return bundle;
}

/**
 * Decides a JSON bundle with the fast engine and with the reference evaluator. The bundle goes through
 * `JSON.stringify` and `parseBundle`, exactly as `iamspec simulate` reads it; a bundle that does not validate is an
 * error in the generator and throws.
 */
export function decideBoth(json: BundleJson): DifferentialCase {
  const bundle = parseGenerated(json);
  const reference = referenceDecision(bundle);
  let engine: EngineOutcome;
  try {
    engine = { decision: simulate(bundle).decision };
  } catch (error) {
    engine = { threw: String(error) };
  }
  const agree = 'decision' in engine && engine.decision === reference.decision;
  // IAMSPEC_STRICT=1 counts known discrepancies as failures too, to see them shrunk.
  const strict = process.env.IAMSPEC_STRICT === '1';
  const known = agree || strict ? undefined : knownDiscrepancyOf(bundle, engine, reference);
  return { bundle, engine, reference, agree, ...(known === undefined ? {} : { known }) };
}
