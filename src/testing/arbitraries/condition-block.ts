import fc from 'fast-check';
import type { ConditionJson, ConditionValueJson, ContextValueJson } from './bundle-json.js';
import { CONDITION_KEYS, type ConditionKeySpec, OPERATORS, type OperatorFamily, POLICY_VALUES } from './vocabulary.js';

/** Constraints for {@link conditionBlock}. */
export interface ConditionBlockConstraints {
  /** Condition keys to draw from; defaults to the vocabulary's. */
  readonly keys?: readonly ConditionKeySpec[];
  /** A request context to aim at: its keys are drawn more often and its string values become policy values. */
  readonly context?: Readonly<Record<string, ContextValueJson>>;
  /** At most this many (operator, key) entries. Default 3. */
  readonly maxEntries?: number;
}

/** One (operator, key, values) entry. */
type Entry = readonly [operator: string, key: string, values: ConditionValueJson[]];

const FAMILIES = Object.keys(OPERATORS) as OperatorFamily[];

/** Writes a value the way JSON may hold it (R17): a plain number or `true`/`false` sometimes unquoted. */
function asJson(value: string, unquoted: boolean): ConditionValueJson {
  if (!unquoted) return value;
  if (/^-?[1-9]\d{0,8}$/.test(value) || value === '0') return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

/** Policy values for a key under an operator family: valid for the family, with the aimed-at request value. */
function poolFor(spec: ConditionKeySpec, family: OperatorFamily, aimed: ContextValueJson | undefined): string[] {
  const pool = [...(family === spec.family ? (spec.policyValues ?? POLICY_VALUES[family]) : POLICY_VALUES[family])];
  // Only String and Arn values take any text; other families' pools already overlap the request values.
  if (aimed !== undefined && (family === 'String' || family === 'Arn')) {
    pool.push(...(typeof aimed === 'string' ? [aimed] : aimed));
  }
  return pool;
}

function operatorName(base: string, qualifier: string, ifExists: boolean): string {
  return `${qualifier === '' ? '' : `${qualifier}:`}${base}${ifExists ? 'IfExists' : ''}`;
}

/** An entry of one family for one key: base operator, set qualifier, IfExists and 1–3 values. */
function typedEntry(spec: ConditionKeySpec, family: OperatorFamily, key: string, aimed: ContextValueJson | undefined) {
  const qualifiers = spec.multivalued ? [3, 4, 4] : [12, 1, 1];
  return fc
    .record({
      base: fc.constantFrom(...OPERATORS[family]),
      qualifier: fc.oneof(
        { weight: qualifiers[0] ?? 1, arbitrary: fc.constant('') },
        { weight: qualifiers[1] ?? 1, arbitrary: fc.constant('ForAllValues') },
        { weight: qualifiers[2] ?? 1, arbitrary: fc.constant('ForAnyValue') },
      ),
      ifExists: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      values: fc.array(fc.constantFrom(...poolFor(spec, family, aimed)), { minLength: 1, maxLength: 3 }),
      unquoted: fc.boolean(),
    })
    .map(
      ({ base, qualifier, ifExists, values, unquoted }): Entry => [
        operatorName(base, qualifier, ifExists),
        key,
        values.map((v) => asJson(v, unquoted)),
      ],
    );
}

/** A Null entry (R49), now and then with a set qualifier, which makes it constant (R56). */
function nullEntry(key: string) {
  return fc
    .tuple(
      fc.oneof(
        { weight: 10, arbitrary: fc.constant('Null') },
        fc.constant('ForAllValues:Null'),
        fc.constant('ForAnyValue:Null'),
      ),
      fc.subarray(['true', 'false'], { minLength: 1 }),
    )
    .map(([operator, values]): Entry => [operator, key, values]);
}

/** A key's name in another letter case now and then: key names are case-insensitive (R40). */
function keyName(spec: ConditionKeySpec) {
  return fc.oneof({ weight: 6, arbitrary: fc.constant(spec.key) }, fc.constant(spec.key.toUpperCase()));
}

function entry(spec: ConditionKeySpec, aimed: ContextValueJson | undefined) {
  return keyName(spec).chain((key) =>
    fc.oneof(
      { weight: 10, arbitrary: typedEntry(spec, spec.family, key, aimed) },
      { weight: 1, arbitrary: fc.constantFrom(...FAMILIES).chain((family) => typedEntry(spec, family, key, aimed)) },
      { weight: 2, arbitrary: nullEntry(key) },
    ),
  );
}

/** The context value given for a key, matched case-insensitively. */
function aimedValue(context: ConditionBlockConstraints['context'], key: string): ContextValueJson | undefined {
  if (context === undefined) return undefined;
  const found = Object.keys(context).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : context[found];
}

/**
 * A Condition element over every operator family (String, Numeric, Date, Bool, Binary, IpAddress, Arn, Null), with
 * `IfExists` and the set qualifiers `ForAllValues` / `ForAnyValue`. Every value is valid for its operator, so the
 * policy validates; keys and values come from the vocabulary and from the aimed-at context, so that a block holds
 * for some requests and fails for others.
 */
export function conditionBlock(constraints: ConditionBlockConstraints = {}): fc.Arbitrary<ConditionJson> {
  const keys = constraints.keys ?? CONDITION_KEYS;
  const given = keys.filter((spec) => aimedValue(constraints.context, spec.key) !== undefined);
  const spec =
    given.length === 0
      ? fc.constantFrom(...keys)
      : fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...given) },
          { weight: 3, arbitrary: fc.constantFrom(...keys) },
        );
  const oneEntry = spec.chain((s) => entry(s, aimedValue(constraints.context, s.key)));
  return fc.array(oneEntry, { minLength: 1, maxLength: constraints.maxEntries ?? 3 }).map((entries) => {
    const block: ConditionJson = {};
    for (const [operator, key, values] of entries) {
      const byKey = block[operator] ?? {};
      // R5: one key per operator ignoring case, as a valid policy has it; a later spelling replaces the earlier one.
      for (const other of Object.keys(byKey)) if (other.toLowerCase() === key.toLowerCase()) delete byKey[other];
      byKey[key] = values.length === 1 && values[0] !== undefined ? values[0] : values;
      block[operator] = byKey;
    }
    return block;
  });
}
