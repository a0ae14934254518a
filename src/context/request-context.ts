/** A context value: a single string, or a set of strings for a multivalued key (`[]` is an empty set). */
export type ContextValue = string | readonly string[];

/**
 * The condition keys of one request. Key names are case-insensitive (R40), so they are lowercased
 * once here; readers pass keys that were lowercased at compile time and never lowercase on the hot path.
 */
export class RequestContext {
  private readonly values: Map<string, ContextValue>;

  private constructor(values: Map<string, ContextValue>) {
    this.values = values;
  }

  /** Builds a context from a plain record; later keys that differ only in case replace earlier ones. */
  static from(record: Readonly<Record<string, ContextValue>>): RequestContext {
    const values = new Map<string, ContextValue>();
    for (const [key, value] of Object.entries(record)) values.set(key.toLowerCase(), value);
    return new RequestContext(values);
  }

  /** An empty context. */
  static empty(): RequestContext {
    return new RequestContext(new Map());
  }

  /** Looks up a key that is already lowercase. */
  get(lowerKey: string): ContextValue | undefined {
    return this.values.get(lowerKey);
  }

  /** True when the request carries the key (already lowercase). */
  has(lowerKey: string): boolean {
    return this.values.has(lowerKey);
  }

  /** A new context with these keys added or replaced. */
  with(record: Readonly<Record<string, ContextValue>>): RequestContext {
    const values = new Map(this.values);
    for (const [key, value] of Object.entries(record)) values.set(key.toLowerCase(), value);
    return new RequestContext(values);
  }

  /** All keys (lowercase) and values. */
  entries(): IterableIterator<[string, ContextValue]> {
    return this.values.entries();
  }
}
