import { closestMatch } from './edit-distance.js';
import { childPath } from './json-path.js';
import { describeValue, isJsonObject, type JsonValue, quoteValue } from './json-value.js';
import { parseStringList } from './parse-string-list.js';
import type { PrincipalSpec } from './policy.js';
import type { PolicyDiagnostics } from './policy-diagnostics.js';

/** R13: the principal map keys of the grammar, case-sensitive. */
const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
type PrincipalKey = (typeof PRINCIPAL_KEYS)[number];

const FIELD: Readonly<Record<PrincipalKey, 'aws' | 'service' | 'federated' | 'canonicalUser'>> = {
  AWS: 'aws',
  Service: 'service',
  Federated: 'federated',
  CanonicalUser: 'canonicalUser',
};

function isPrincipalKey(key: string): key is PrincipalKey {
  return (PRINCIPAL_KEYS as readonly string[]).includes(key);
}

/**
 * Reads a Principal or NotPrincipal value (R13): `"*"`, or a map from principal type to a string or array of
 * strings. AWS values keep their text as written. Returns undefined after a structural error.
 */
export function parsePrincipal(
  value: JsonValue,
  path: string,
  diagnostics: PolicyDiagnostics,
): PrincipalSpec | undefined {
  const lists = {
    aws: [] as readonly string[],
    service: [] as readonly string[],
    federated: [] as readonly string[],
    canonicalUser: [] as readonly string[],
  };
  if (value === '*') return { wildcard: true, ...lists };
  if (typeof value === 'string') {
    diagnostics.fail(
      'principal-invalid',
      path,
      `${path} is ${quoteValue(value)}; a string principal must be "*" — name principals in a map such as {"AWS": ${quoteValue(value)}}`,
    );
    return undefined;
  }
  if (!isJsonObject(value)) {
    diagnostics.fail(
      'invalid-type',
      path,
      `${path} is ${describeValue(value)}; expected "*" or an object with keys ${PRINCIPAL_KEYS.join(', ')}`,
    );
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) {
    diagnostics.fail(
      'principal-empty',
      path,
      `${path} is an empty object; name at least one principal under ${PRINCIPAL_KEYS.join(', ')}, or use "*"`,
    );
    return undefined;
  }
  let ok = true;
  for (const key of keys) {
    const at = childPath(path, key);
    const item = value[key];
    if (!isPrincipalKey(key)) {
      const suggestion = closestMatch(key, PRINCIPAL_KEYS, { ignoreCase: true });
      const hint =
        suggestion === undefined
          ? `valid keys are ${PRINCIPAL_KEYS.join(', ')}`
          : `did you mean ${JSON.stringify(suggestion)}? (keys are case-sensitive)`;
      diagnostics.fail(
        'principal-key-unknown',
        at,
        `unknown principal type ${JSON.stringify(key)} in ${path}; ${hint}`,
      );
      ok = false;
      continue;
    }
    const list = item === undefined ? undefined : parseStringList(item, at, diagnostics);
    if (list === undefined) ok = false;
    else lists[FIELD[key]] = list;
  }
  return ok ? { wildcard: false, ...lists } : undefined;
}
