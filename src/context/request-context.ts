/** A context value: a single string, or a set of strings for a multivalued key (`[]` is an empty set). */
export type ContextValue = string | readonly string[];

/** The record's own keys lowercased into a map, later keys replacing earlier ones; no array of pairs. */
function lowercased(record: Readonly<Record<string, ContextValue>>): Map<string, ContextValue> {
  const values = new Map<string, ContextValue>();
  for (const key of Object.keys(record)) {
    // An own key: its value is stored as given, as Object.entries would have given it.
    values.set(key.toLowerCase(), record[key] as ContextValue);
  }
  return values;
}

/**
 * The condition keys of one request. Key names are case-insensitive (R40), so they are lowercased
 * once here; readers pass keys that were lowercased at compile time and never lowercase on the hot path.
 */
export class RequestContext {
  private readonly values: Map<string, ContextValue>;
  /** Keys not set here are looked up in the parent: derived keys sit below the ones a request gives. */
  private readonly parent: RequestContext | undefined;

  private constructor(values: Map<string, ContextValue>, parent?: RequestContext) {
    this.values = values;
    this.parent = parent;
  }

  /** Builds a context from a plain record; later keys that differ only in case replace earlier ones. */
  static from(record: Readonly<Record<string, ContextValue>>): RequestContext {
    return new RequestContext(lowercased(record));
  }

  /** An empty context. */
  static empty(): RequestContext {
    return new RequestContext(new Map());
  }

  /** Looks up a key that is already lowercase. */
  get(lowerKey: string): ContextValue | undefined {
    const own = this.values.get(lowerKey);
    if (own !== undefined || this.parent === undefined) return own;
    return this.parent.get(lowerKey);
  }

  /** True when the request carries the key (already lowercase). */
  has(lowerKey: string): boolean {
    return this.values.has(lowerKey) || (this.parent?.has(lowerKey) ?? false);
  }

  /** A context whose own keys are `record` and whose other keys come from this one, without copying. */
  over(record: Readonly<Record<string, ContextValue>>): RequestContext {
    return new RequestContext(lowercased(record), this);
  }

  /**
   * A context whose own keys are `lowered` (keys already lowercase, R40) and whose other keys come from this one,
   * without copying: the per-request path, which builds its map once and hands it over.
   */
  overLowered(lowered: Map<string, ContextValue>): RequestContext {
    return new RequestContext(lowered, this);
  }

  /** A new context with these keys added or replaced. */
  with(record: Readonly<Record<string, ContextValue>>): RequestContext {
    const values = new Map(this.entries());
    for (const [key, value] of Object.entries(record)) values.set(key.toLowerCase(), value);
    return new RequestContext(values);
  }

  /** All keys (lowercase) and values, own keys overriding the parent's. */
  entries(): Map<string, ContextValue> {
    const all = this.parent === undefined ? new Map<string, ContextValue>() : this.parent.entries();
    for (const [key, value] of this.values) all.set(key, value);
    return all;
  }
}
