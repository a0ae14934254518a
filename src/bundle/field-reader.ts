import { nullRecord } from '../context/null-record.js';
import { type Diagnostic, error } from '../policy/diagnostic.js';
import { closestMatch } from '../policy/edit-distance.js';
import { childPath } from '../policy/json-path.js';
import { isJsonObject, type JsonObject, type JsonValue, quoteValue } from '../policy/json-value.js';

/**
 * Reads fields of a JSON object and records a diagnostic for every problem, so that one pass reports everything
 * that is wrong with an input instead of stopping at the first mistake.
 */
export class FieldReader {
  readonly diagnostics: Diagnostic[] = [];
  private readonly source: string;
  /** Where this object sits in a larger document, e.g. `[3]` for the fourth bundle of a batch. */
  private readonly prefix: string;

  constructor(source: string, prefix = '') {
    this.source = source;
    this.prefix = prefix;
  }

  fail(code: string, path: string, message: string): undefined {
    const full = this.prefix === '' ? path : path === '' ? this.prefix : `${this.prefix}.${path}`;
    this.diagnostics.push(error(code, full, `${this.source}: ${full || '(top level)'}: ${message}`));
    return undefined;
  }

  /** The object at `path`, or undefined after a diagnostic; unknown keys are reported with a suggestion. */
  object(value: JsonValue | undefined, path: string, known: readonly string[]): JsonObject | undefined {
    if (!isJsonObject(value)) return this.fail('bundle-type', path, `expected an object, found ${describe(value)}`);
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const guess = closestMatch(key, known, { ignoreCase: true });
      const hint = guess === undefined ? `valid keys are ${known.join(', ')}` : `did you mean "${guess}"?`;
      this.fail('bundle-unknown-key', childPath(path, key), `unknown key "${key}"; ${hint}`);
    }
    return value;
  }

  string(obj: JsonObject, key: string, path: string, required: boolean): string | undefined {
    const value = obj[key];
    if (value === undefined)
      return required ? this.fail('bundle-missing', childPath(path, key), 'is required') : undefined;
    if (typeof value !== 'string')
      return this.fail('bundle-type', childPath(path, key), `expected a string, found ${describe(value)}`);
    return value;
  }

  boolean(obj: JsonObject, key: string, path: string): boolean | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean')
      return this.fail('bundle-type', childPath(path, key), `expected true or false, found ${describe(value)}`);
    return value;
  }

  accountId(obj: JsonObject, key: string, path: string, required: boolean): string | undefined {
    const value = this.string(obj, key, path, required);
    if (value === undefined || /^\d{12}$/.test(value)) return value;
    return this.fail('bundle-account', childPath(path, key), `${quoteValue(value)} is not a 12-digit account id`);
  }

  /** A map of string to string (tags), with no prototype: a tag key `__proto__` is a key like any other (R140). */
  stringMap(obj: JsonObject, key: string, path: string): Record<string, string> {
    const out = nullRecord<string>();
    const value = obj[key];
    if (value === undefined) return out;
    if (!isJsonObject(value)) {
      this.fail('bundle-type', childPath(path, key), `expected an object of strings, found ${describe(value)}`);
      return out;
    }
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string') out[k] = v;
      else this.fail('bundle-type', childPath(childPath(path, key), k), `expected a string, found ${describe(v)}`);
    }
    return out;
  }

  array(value: JsonValue | undefined, path: string): readonly JsonValue[] | undefined {
    if (Array.isArray(value)) return value;
    return this.fail('bundle-type', path, `expected an array, found ${describe(value)}`);
  }
}

export function describe(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${quoteValue(value)}`;
}
