import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { Decision } from '../../src/engine/decision.js';
import { referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import type { Json } from './bundle-builder.js';

/** One bundle decided three ways: by the engine, by the engine with explain on, and by the reference evaluator. */
export function decideThreeWays(json: Json): { engine: Decision; explained: Decision; reference: Decision } {
  const parsed = parseBundle(json as unknown as JsonValue, 'test');
  if (parsed.bundle === undefined) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
  return {
    engine: simulate(parsed.bundle).decision,
    explained: simulate(parsed.bundle, { explain: true }).decision,
    reference: referenceDecision(parsed.bundle).decision,
  };
}

/** The three decisions of a bundle are all `expected`. */
export function expectThreeWays(json: Json, expected: Decision): void {
  expect(decideThreeWays(json)).to.deep.equal({ engine: expected, explained: expected, reference: expected });
}
