import type { Bundle } from '../../src/engine/bundle.js';
import type { Decision } from '../../src/engine/decision.js';
import type { ReferenceResult } from '../../src/engine/reference/reference-decision.js';

/**
 * Disagreements between the fast engine and the reference where the documentation says the engine is wrong. Each is
 * reported to the engine's owner and pinned in test/fixtures/differential/ (engine assertion marked todo there).
 * The differential property counts cases that show one of these instead of failing, so that it keeps looking for
 * new ones; delete an entry once the engine is fixed, and the property checks those cases again.
 */
interface KnownDiscrepancy {
  readonly id: string;
  /** The fixture that pins it. */
  readonly fixture: string;
  readonly matches: (
    bundle: Bundle,
    engine: { readonly decision: Decision } | { readonly threw: string },
    reference: ReferenceResult,
  ) => boolean;
}

/**
 * Empty: the six classes the differential property found first (R71 ordering of refusals, R104 epoch range and
 * date forms, R85 federated providers, R30 unquoted defaults, R78 account-and-user grants) were fixed in the engine
 * and stay pinned in test/fixtures/differential/. Add an entry here only while a reported engine bug is open.
 */
const KNOWN: readonly KnownDiscrepancy[] = [];

/** The id of the known discrepancy a disagreeing case shows, or undefined when it is new. */
export function knownDiscrepancyOf(
  bundle: Bundle,
  engine: { readonly decision: Decision } | { readonly threw: string },
  reference: ReferenceResult,
): string | undefined {
  return KNOWN.find((known) => known.matches(bundle, engine, reference))?.id;
}
