import fc from 'fast-check';
import type { ContextValueJson, RequestContextJson } from './bundle-json.js';
import { CONDITION_KEYS, type ConditionKeySpec } from './vocabulary.js';

/** Constraints for {@link requestContext}. */
export interface RequestContextConstraints {
  /** Condition keys to draw from; defaults to the vocabulary's. */
  readonly keys?: readonly ConditionKeySpec[];
  /** At most this many keys. Default 4. */
  readonly maxKeys?: number;
}

/** A value for a key: one string, or a set for a multivalued key (`[]` is an empty set, R50), sometimes the odd one. */
function valueFor(spec: ConditionKeySpec): fc.Arbitrary<ContextValueJson> {
  const one = fc.constantFrom(...spec.requestValues);
  const set = fc.uniqueArray(one, { maxLength: 3 });
  return spec.multivalued
    ? fc.oneof({ weight: 4, arbitrary: set }, { weight: 1, arbitrary: one })
    : fc.oneof({ weight: 9, arbitrary: one }, { weight: 1, arbitrary: set });
}

/** The key as given, now and then in capitals: key names are case-insensitive (R40). */
function nameOf(spec: ConditionKeySpec): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: fc.constant(spec.key) }, fc.constant(spec.key.toUpperCase()));
}

/**
 * The `request.context` of a bundle: some of the vocabulary's keys with values that match some policy values and
 * miss others. Derived keys (aws:PrincipalArn, aws:username …) appear now and then too, overriding the derived value
 * (R105); the time keys appear alone or together (R104).
 */
export function requestContext(constraints: RequestContextConstraints = {}): fc.Arbitrary<RequestContextJson> {
  const keys = constraints.keys ?? CONDITION_KEYS;
  return fc
    .subarray([...keys], { maxLength: constraints.maxKeys ?? 4 })
    .chain((specs) => fc.tuple(...specs.map((spec) => fc.tuple(nameOf(spec), valueFor(spec)))))
    .map((pairs) => Object.fromEntries(pairs));
}
