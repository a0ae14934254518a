import { closestMatch } from './edit-distance.js';
import { childPath } from './json-path.js';
import { type JsonObject, quoteValue } from './json-value.js';
import type { PolicyDiagnostics } from './policy-diagnostics.js';

/** R1, R6: the grammar's literal element names; matching is exact (case-sensitive). */
export const POLICY_ELEMENTS: readonly string[] = ['Version', 'Id', 'Statement'];
export const STATEMENT_ELEMENTS: readonly string[] = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

/**
 * Reports every key of `object` that is not one of `known` (R6), with a did-you-mean drawn first from the
 * same level and then, as a hint that it is misplaced, from `elsewhere`.
 */
export function reportUnknownElements(
  object: JsonObject,
  path: string,
  known: readonly string[],
  elsewhere: { readonly names: readonly string[]; readonly where: string },
  diagnostics: PolicyDiagnostics,
): void {
  const level = path === '' ? 'the top level of the policy' : path;
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const at = childPath(path, key);
    // quoteValue shortens a hostile key, so the message stays one readable line (R141).
    const base = `unknown element ${quoteValue(key)} in ${level}`;
    const suggestion = closestMatch(key, known, { ignoreCase: true });
    if (suggestion !== undefined) {
      diagnostics.fail(
        'unknown-element',
        at,
        `${base}; did you mean ${JSON.stringify(suggestion)}? (element names are case-sensitive)`,
      );
      continue;
    }
    const misplaced = elsewhere.names.find((name) => name.toLowerCase() === key.toLowerCase());
    const hint =
      misplaced === undefined
        ? `valid elements here are ${known.join(', ')}`
        : `${JSON.stringify(misplaced)} belongs ${elsewhere.where}`;
    diagnostics.fail('unknown-element', at, `${base}; ${hint}`);
  }
}
