import fc from 'fast-check';
import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { ConditionPool, KeyPool, TagPool } from './condition-pool.js';
import { isoSeconds, type ValueKind } from './condition-values.js';
import { WORD } from './random-text.js';

const ABSENT = Symbol('absent');

/** A random value of a kind, unrelated to any policy. */
export function randomValue(kind: ValueKind): fc.Arbitrary<string> {
  switch (kind) {
    case 'ip':
      return fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
    case 'bool':
      return fc.constantFrom('true', 'false');
    case 'number':
      return fc.nat(200_000).map(String);
    case 'date':
      return fc.integer({ min: 946_684_800, max: 2_208_988_800 }).map((s) => isoSeconds(s * 1000));
    case 'string':
      return WORD;
  }
}

/** Mostly a value the policies use (or one just beside it), sometimes a random one. */
function valueFrom(kind: ValueKind, values: readonly string[]): fc.Arbitrary<string> {
  if (values.length === 0) return randomValue(kind);
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 3, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: randomValue(kind) },
  );
}

function keyValue(pool: KeyPool): fc.Arbitrary<ContextValue> {
  const one = valueFrom(pool.kind, pool.values);
  return pool.multivalued ? fc.uniqueArray(one, { maxLength: 3 }) : one;
}

/** Each entry absent or present (`presence` times as likely as absent); shrinking removes entries first. */
function sparseRecord<V>(
  entries: ReadonlyArray<readonly [string, fc.Arbitrary<V>, number?]>,
): fc.Arbitrary<Record<string, V>> {
  const slots = entries.map(([, arb, presence]) => fc.option(arb, { nil: ABSENT, freq: (presence ?? 1) + 1 }));
  return fc.tuple(...slots).map((values) => {
    // R140: keys come from the model's policies and tags, so `__proto__` must stay a key.
    const out = nullRecord<V>();
    values.forEach((value, i) => {
      const key = entries[i]?.[0];
      if (value !== ABSENT && key !== undefined) out[key] = value as V;
    });
    return out;
  });
}

/**
 * Request context keys to add to a request: the global keys every property varies (aws:SourceIp,
 * aws:MultiFactorAuthPresent, aws:SecureTransport, aws:RequestedRegion, aws:CurrentTime …) and every key the
 * model's policies read, each absent or set to a value from the policies or a random one. Keys in `favoured`
 * (lowercase) are present four times in five.
 */
export function requestContextArbitrary(
  pool: ConditionPool,
  favoured: ReadonlySet<string> = new Set(),
): fc.Arbitrary<Record<string, ContextValue>> {
  return sparseRecord(pool.keys.map((k) => [k.key, keyValue(k), favoured.has(k.key.toLowerCase()) ? 4 : 1] as const));
}

/** Tags for a principal or a resource the model does not hold, from the tag keys and values the model uses. */
export function tagsArbitrary(tags: TagPool): fc.Arbitrary<Record<string, string>> {
  return sparseRecord(tags.keys.map((k) => [k, valueFrom('string', tags.values.get(k) ?? [])] as const));
}
