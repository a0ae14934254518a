/** A value as JSON can express it. Objects have a null prototype, so no key ever reaches `Object.prototype`. */
export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;

export type JsonArray = readonly JsonValue[];

export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** A place in a text: 1-based line and 1-based column (counted in UTF-16 code units, as editors do). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** True for a JSON object (never for arrays or null). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Creates an empty object that has no prototype. */
export function emptyJsonObject(): Record<string, JsonValue> {
  return Object.create(null) as Record<string, JsonValue>;
}

/**
 * Stores `key` as an own data property, so `__proto__`, `constructor` and `prototype` are plain keys like any other
 * (R140). The only setter an ordinary object inherits is `__proto__`'s (every other Object.prototype member is a
 * writable data property, which an assignment shadows), so only that key needs `defineProperty`, which never calls a
 * setter; plain assignment is several times faster for every other key.
 */
export function setJsonMember(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Names the JSON type of a value for messages: `string`, `number`, `boolean`, `null`, `array`, `object`. */
export function jsonTypeName(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Describes a user's value with its type for messages: `number 5`, `array ["a"]`, `null`. */
export function describeValue(value: JsonValue): string {
  return value === null ? 'null' : `${jsonTypeName(value)} ${quoteValue(value)}`;
}

/** Shows a user's value in a message, shortened so a message stays one readable line. */
export function quoteValue(value: JsonValue, limit = 60): string {
  const text = JSON.stringify(value) ?? String(value);
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > limit ? `${oneLine.slice(0, limit - 1)}…` : oneLine;
}
