/**
 * A scenario asked for something the model cannot do: an unknown name, a broken limit, an invalid policy. The
 * message is one line (policy diagnostics: one per line) that names the culprit and says what exists instead.
 */
export class ModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

/** `no user "alise"; users are: alice, bob` (or `there are no users`). */
export function unknownName(what: string, name: string, known: Iterable<string>): ModelError {
  const list = [...new Set(known)].sort();
  const plural = what.endsWith('y') ? `${what.slice(0, -1)}ies` : `${what}s`;
  const tail = list.length === 0 ? `there are no ${plural}` : `${plural} are: ${list.join(', ')}`;
  return new ModelError(`no ${what} "${name}"; ${tail}`);
}
