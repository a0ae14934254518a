import { expect } from 'chai';
import fc from 'fast-check';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH } from '../../src/policy/parse-json.js';
import { bundle, policyDocument } from '../../src/testing/index.js';

/**
 * Hostile input for the fuzz tests: random JSON, garbage text, mutated valid documents, nesting beyond the depth
 * limit, huge arrays, very long strings and prototype-polluting keys. Every parser and command must answer these
 * with a decision or diagnostics: no exception, no hang, no change to Object.prototype.
 */

/** Generous upper bound for one call on small input, in milliseconds (the machine may be loaded). */
export const SMALL_INPUT_MS = 2_000;
/** Upper bound for one call on input near the size limit (R4). */
export const LARGE_INPUT_MS = 10_000;

/** Text that is not JSON, or barely is: fragments, control characters, lone surrogates, odd numbers. */
const FRAGMENTS = [
  '',
  ' ',
  '{',
  '}',
  '[',
  ']',
  '"',
  '"\\u',
  '"\\ud800"',
  '\ud800',
  '\uFEFF',
  '\uFEFF{}',
  '\u0000',
  'null',
  'nul',
  'true',
  '-',
  '1e999999',
  '-0',
  '0x10',
  'NaN',
  '{"Statement":',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow",',
  '{"a":1,}',
  '[1,]',
  "{'a':1}",
  '/* comment */ {}',
  '{"__proto__":{"polluted":"yes"}}',
  '\n\r\t',
  '😀',
] as const;

/** Keys that reach Object.prototype when code assigns with `obj[key] = …` or merges naively. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A JSON text of a value whose keys include the prototype-polluting ones at every level. */
export function pollutingJson(inner: string): string {
  return `{"__proto__": {"polluted": "yes", "Statement": ${inner}}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}, "toString": "x", "hasOwnProperty": 1, "Statement": ${inner}}`;
}

/** Nested arrays `depth` deep, as text. */
export function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Nested objects `depth` deep, as text, each under the key `key`. */
export function nestedObjects(depth: number, key = 'Statement'): string {
  return `${`{"${key}":`.repeat(depth)}{}${'}'.repeat(depth)}`;
}

/** Nested arrays `depth` deep, as a value (built without recursion). */
export function nestedValue(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** A text at or around a limit of R4, and the code it must be refused with, if it is refused as input. */
export interface LimitText {
  readonly name: string;
  readonly text: string;
  readonly code?: 'json-too-deep' | 'json-too-large';
  /** Many elements to check one by one (slow to validate): read by the policy fuzz test, not again by the others. */
  readonly heavy?: boolean;
}

/** Texts at and around the limits of R4: depth 63–65 and far beyond, size just under and over 1 MiB. */
export function limitTexts(): readonly LimitText[] {
  const action = (n: number) =>
    `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:${'a'.repeat(n)}","Resource":"*"}}`;
  const list = (n: number, item: string) => Array(n).fill(item).join(',');
  const deep = 'json-too-deep' as const;
  const large = 'json-too-large' as const;
  return [
    { name: `arrays nested ${MAX_JSON_DEPTH - 1} deep`, text: nestedArrays(MAX_JSON_DEPTH - 1) },
    { name: `arrays nested ${MAX_JSON_DEPTH} deep`, text: nestedArrays(MAX_JSON_DEPTH) },
    { name: `arrays nested ${MAX_JSON_DEPTH + 1} deep`, text: nestedArrays(MAX_JSON_DEPTH + 1), code: deep },
    { name: 'arrays nested 200,000 deep', text: nestedArrays(200_000), code: deep },
    { name: 'objects nested 100,000 deep', text: nestedObjects(100_000, 'a'), code: deep },
    { name: 'an unclosed array 500,000 deep', text: '['.repeat(500_000), code: deep },
    { name: 'a Statement array of 20,000 empty objects', text: `{"Statement":[${list(20_000, '{}')}]}`, heavy: true },
    {
      name: 'an Action array of 10,000 unknown actions',
      text: `{"Statement":{"Effect":"Allow","Resource":"*","Action":[${list(10_000, '"s3:GetObjekt"')}]}}`,
      heavy: true,
    },
    { name: 'an array of 200,000 numbers', text: `[${list(200_000, '0')}]`, heavy: true },
    { name: 'an action name just under 1 MiB', text: action(MAX_JSON_BYTES - 200) },
    { name: 'an action name just over 1 MiB', text: action(MAX_JSON_BYTES), code: large },
    { name: '600,000 two-byte characters (over 1 MiB of UTF-8)', text: `"${'é'.repeat(600_000)}"`, code: large },
    { name: '50,000 repeated keys', text: `{${list(50_000, '"Version":"2012-10-17"')}}` },
    {
      name: '10,000 unknown element names',
      text: `{${Array.from({ length: 10_000 }, (_, i) => `"Statment${i}":1`).join(',')}}`,
      heavy: true,
    },
    {
      name: 'prototype keys at the top and in a statement',
      text: pollutingJson('{"Effect":"Allow","Action":"*","Resource":"*","__proto__":{"x":1}}'),
    },
  ];
}

/** A valid policy document's text with a random cut, insertion or deletion. */
const mutatedPolicy = fc
  .tuple(
    policyDocument(),
    fc.nat(),
    fc.nat({ max: 20 }),
    fc.constantFrom(...FRAGMENTS),
    fc.constantFrom('cut', 'insert', 'delete'),
  )
  .map(([document, at, length, fragment, how]) => {
    const text = JSON.stringify(document);
    const i = at % (text.length + 1);
    if (how === 'cut') return text.slice(0, i);
    if (how === 'insert') return `${text.slice(0, i)}${fragment}${text.slice(i)}`;
    return `${text.slice(0, i)}${text.slice(i + length)}`;
  });

/** fc.anything() with every option, for object (not text) input. */
export const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 4,
});

/** fc.anything() as JSON text, where JSON can express it. */
const anythingAsJson = anyValue.map((value) => {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
  } catch {
    return 'null';
  }
});

/** Random hostile JSON-ish text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  anythingAsJson,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join('')),
  mutatedPolicy,
  fc.jsonValue().map((v) => pollutingJson(JSON.stringify(v))),
);

/** An object with prototype-polluting own keys, as `JSON.parse` makes it (a fresh one each time). */
const pollutingObject = fc
  .constantFrom(...PROTO_KEYS)
  .map((key): unknown => JSON.parse(`{"${key}": {"polluted": "yes", "prototype": {"polluted": "yes"}}, "a": 1}`));

/**
 * A valid bundle with one subtree (an element of the JSON tree, chosen at random) replaced by random JSON, a
 * prototype key as a value, or an object with prototype keys.
 */
export const hostileBundle: fc.Arbitrary<unknown> = fc
  .tuple(
    bundle(),
    fc.nat(),
    fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom<unknown>(...PROTO_KEYS), pollutingObject),
  )
  .map(([json, at, replacement]) => {
    const copy = structuredClone(json) as unknown;
    const places: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          places.push([node, i]);
          walk(child);
        });
      } else if (typeof node === 'object' && node !== null) {
        for (const [key, child] of Object.entries(node)) {
          places.push([node as Record<string, unknown>, key]);
          walk(child);
        }
      }
    };
    walk(copy);
    const place = places[at % Math.max(1, places.length)];
    if (place !== undefined) {
      const [parent, key] = place;
      (parent as Record<string | number, unknown>)[key] = replacement;
    }
    return copy;
  });

/** Own properties of the built-in prototypes, to compare before and after. */
export function prototypeSnapshot(): string {
  const names = (o: object) => Reflect.ownKeys(o).map(String).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(names).join(' | ');
}

/** Fails when any hostile input reached a built-in prototype. */
export function expectNoPollution(before: string): void {
  expect(prototypeSnapshot(), 'built-in prototypes').to.equal(before);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted, '({}).polluted').to.equal(undefined);
  expect(Object.hasOwn(Object.prototype, 'polluted')).to.equal(false);
}

/** Runs `f` and fails when it takes longer than `ms` milliseconds (it cannot be interrupted, so it is measured). */
export function withinMs<T>(ms: number, what: string, f: () => T): T {
  const started = performance.now();
  const result = f();
  const elapsed = performance.now() - started;
  expect(elapsed, `${what} took ${elapsed.toFixed(0)} ms`).to.be.below(ms);
  return result;
}

/** The async form of {@link withinMs}. */
export async function withinMsAsync<T>(ms: number, what: string, f: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await f();
  const elapsed = performance.now() - started;
  expect(elapsed, `${what} took ${elapsed.toFixed(0)} ms`).to.be.below(ms);
  return result;
}
