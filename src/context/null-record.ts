/**
 * A record for keys that come from users (tags, context keys): it has no prototype, so `__proto__`, `constructor`,
 * `toString` and the like are ordinary keys (R140). Assigning `__proto__` stores a key instead of changing the
 * prototype, and reading an absent `toString` gives undefined instead of a function.
 *
 * With `sources`, copies their own enumerable keys in order, later sources winning, as a spread would, but without
 * the spread's ordinary prototype.
 */
export function nullRecord<V>(...sources: readonly (Readonly<Record<string, V>> | undefined)[]): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const source of sources) {
    if (source === undefined) continue;
    for (const key of Object.keys(source)) out[key] = source[key] as V;
  }
  return out;
}
