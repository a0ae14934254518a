import { type Diagnostic, error } from './diagnostic.js';
import { childPath, indexPath } from './json-path.js';
import { emptyJsonObject, type JsonValue, setJsonMember } from './json-value.js';
import { MAX_JSON_DEPTH } from './parse-json.js';

export type FromUnknownResult =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly error: Diagnostic };

/** Unwinds the copier to `jsonFromUnknown`; never escapes it. */
class NotJson {
  constructor(readonly diagnostic: Diagnostic) {}
}

/**
 * Copies an already-parsed value (from `JSON.parse`, YAML, or code) into the same null-prototype form that
 * `parseJson` produces, refusing what JSON cannot express: class instances, functions, `undefined`, symbols,
 * bigints, non-finite numbers, cycles, and nesting deeper than the JSON limit (R4).
 */
export function jsonFromUnknown(input: unknown, source?: string, maxDepth = MAX_JSON_DEPTH): FromUnknownResult {
  try {
    return { ok: true, value: new Copier(source, maxDepth).copy(input, '', 0) };
  } catch (thrown) {
    if (thrown instanceof NotJson) return { ok: false, error: thrown.diagnostic };
    throw thrown;
  }
}

class Copier {
  /** Containers on the current path: meeting one again is a cycle; meeting a shared sibling is fine. */
  private readonly ancestors = new Set<object>();

  constructor(
    private readonly source: string | undefined,
    private readonly maxDepth: number,
  ) {}

  copy(value: unknown, path: string, depth: number): JsonValue {
    const where = path === '' ? 'the policy' : path;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) this.fail('input-not-json', path, `${where} is ${value}; JSON numbers are finite`);
      return value;
    }
    if (typeof value !== 'object') {
      const expected = 'expected a JSON value (string, number, boolean, null, array or plain object)';
      return this.fail('input-not-json', path, `${where} is a ${typeof value}; ${expected}`);
    }
    if (this.ancestors.has(value)) {
      this.fail('input-cycle', path, `${where} refers back to one of its own containers; a policy must be a tree`);
    }
    // R4: checked before descending, so the recursion is bounded by maxDepth.
    if (depth >= this.maxDepth) {
      this.fail(
        'json-too-deep',
        path,
        `nesting deeper than ${this.maxDepth} levels at ${where}; IAM policies nest about six levels, so this is not a policy`,
      );
    }
    this.ancestors.add(value);
    try {
      return Array.isArray(value) ? this.copyArray(value, path, depth) : this.copyObject(value, path, depth, where);
    } finally {
      this.ancestors.delete(value);
    }
  }

  private copyArray(value: readonly unknown[], path: string, depth: number): JsonValue {
    return value.map((item, i) => this.copy(item, indexPath(path, i), depth + 1));
  }

  private copyObject(value: object, path: string, depth: number, where: string): JsonValue {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
      const what =
        typeof name === 'string' && name !== 'Object' ? `a ${name} object` : 'an object with a custom prototype';
      this.fail('input-not-json', path, `${where} is ${what}; expected a plain object or array`);
    }
    const out = emptyJsonObject();
    for (const key of Object.keys(value)) {
      const member: unknown = (value as Record<string, unknown>)[key];
      setJsonMember(out, key, this.copy(member, childPath(path, key), depth + 1));
    }
    return out;
  }

  private fail(code: string, path: string, text: string): never {
    const prefix = this.source === undefined ? '' : `${this.source}: `;
    throw new NotJson(error(code, path, `${prefix}${text}`));
  }
}
