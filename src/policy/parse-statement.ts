import { checkStatementKind } from './check-statement-kind.js';
import { closestMatch } from './edit-distance.js';
import { POLICY_ELEMENTS, reportUnknownElements, STATEMENT_ELEMENTS } from './element-names.js';
import { childPath } from './json-path.js';
import { describeValue, isJsonObject, type JsonObject, type JsonValue, quoteValue } from './json-value.js';
import { parseCondition } from './parse-condition.js';
import { parsePrincipal } from './parse-principal.js';
import { parseStringList } from './parse-string-list.js';
import type { ConditionEntry, Effect, PolicyKind, PrincipalSpec, Statement } from './policy.js';
import type { PolicyDiagnostics } from './policy-diagnostics.js';

const EFFECTS: readonly Effect[] = ['Allow', 'Deny'];

/** Reads one statement object. Returns undefined when it cannot be represented (a structural error was reported). */
export function parseStatement(
  value: JsonValue,
  path: string,
  index: number,
  kind: PolicyKind | undefined,
  diagnostics: PolicyDiagnostics,
): Statement | undefined {
  if (!isJsonObject(value)) {
    diagnostics.fail(
      'invalid-type',
      path,
      `${path} is ${describeValue(value)}; each statement must be an object with Effect, Action and Resource`,
    );
    return undefined;
  }
  const failuresBefore = diagnostics.failureCount;
  reportUnknownElements(
    value,
    path,
    STATEMENT_ELEMENTS,
    { names: POLICY_ELEMENTS, where: 'at the top level of the policy, not in a statement' },
    diagnostics,
  );
  const sid = parseSid(value, path, diagnostics);
  const effect = parseEffect(value, path, diagnostics);
  const action = pair(value, path, 'Action', 'NotAction', diagnostics);
  const resource = pair(value, path, 'Resource', 'NotResource', diagnostics);
  const principal = principalPair(value, path, diagnostics);
  const conditions =
    value.Condition === undefined ? [] : parseCondition(value.Condition, childPath(path, 'Condition'), diagnostics);
  if (action.given === 0) {
    // R10
    diagnostics.fail(
      'action-missing',
      path,
      `${path} has neither Action nor NotAction; add for example "Action": "s3:GetObject"`,
    );
  }
  checkStatementKind({ raw: value, path, effect, principal: principal.spec }, kind, diagnostics);
  if (
    diagnostics.failureCount > failuresBefore ||
    effect === undefined ||
    action.list === undefined ||
    conditions === undefined
  )
    return undefined;
  return build(index, sid, effect, action, resource, principal, conditions);
}

interface Pair {
  /** How many of the two names the statement has: 0, 1 or 2. */
  readonly given: number;
  /** Which of the two names was given, when exactly one was. */
  readonly key?: string;
  readonly list?: readonly string[];
}

interface PrincipalPair {
  readonly key?: 'Principal' | 'NotPrincipal';
  readonly spec?: PrincipalSpec;
}

function build(
  index: number,
  sid: string | undefined,
  effect: Effect,
  action: Pair,
  resource: Pair,
  principal: PrincipalPair,
  conditions: ConditionEntry[],
): Statement {
  return {
    index,
    ...(sid === undefined ? {} : { sid }),
    effect,
    ...(action.key === 'Action' ? { action: action.list } : { notAction: action.list }),
    ...(resource.list === undefined
      ? {}
      : resource.key === 'Resource'
        ? { resource: resource.list }
        : { notResource: resource.list }),
    ...(principal.spec === undefined
      ? {}
      : principal.key === 'Principal'
        ? { principal: principal.spec }
        : { notPrincipal: principal.spec }),
    conditions,
  };
}

function parseSid(value: JsonObject, path: string, diagnostics: PolicyDiagnostics): string | undefined {
  const sid = value.Sid;
  if (sid === undefined || typeof sid === 'string') return sid;
  const at = childPath(path, 'Sid');
  diagnostics.fail(
    'invalid-type',
    at,
    `${at} is ${describeValue(sid)}; a Sid must be a string such as "AllowReadLogs"`,
  );
  return undefined;
}

/** R9: Effect is required and is exactly "Allow" or "Deny". */
function parseEffect(value: JsonObject, path: string, diagnostics: PolicyDiagnostics): Effect | undefined {
  const effect = value.Effect;
  const at = childPath(path, 'Effect');
  if (effect === undefined) {
    diagnostics.fail('effect-missing', path, `${path} has no Effect; add "Effect": "Allow" or "Effect": "Deny"`);
    return undefined;
  }
  if (effect === 'Allow' || effect === 'Deny') return effect;
  const suggestion = typeof effect === 'string' ? closestMatch(effect, EFFECTS, { ignoreCase: true }) : undefined;
  const hint = suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`;
  diagnostics.fail(
    'effect-invalid',
    at,
    `${at} is ${quoteValue(effect)}; valid values are "Allow" and "Deny" (case-sensitive)${hint}`,
  );
  return undefined;
}

/** R10, R11, R12: two mutually exclusive elements, each a string or array of strings. */
function pair(value: JsonObject, path: string, name: string, notName: string, diagnostics: PolicyDiagnostics): Pair {
  const given = [name, notName].filter((key) => Object.hasOwn(value, key));
  if (given.length === 2) {
    diagnostics.fail(
      'element-conflict',
      path,
      `${path} has both ${name} and ${notName}; they are mutually exclusive, so keep one`,
    );
    return { given: 2 };
  }
  const key = given[0];
  const raw = key === undefined ? undefined : value[key];
  if (key === undefined || raw === undefined) return { given: 0 };
  const list = parseStringList(raw, childPath(path, key), diagnostics);
  return list === undefined ? { given: 1, key } : { given: 1, key, list };
}

/** R13: Principal and NotPrincipal are mutually exclusive. */
function principalPair(value: JsonObject, path: string, diagnostics: PolicyDiagnostics): PrincipalPair {
  const hasPrincipal = Object.hasOwn(value, 'Principal');
  const hasNot = Object.hasOwn(value, 'NotPrincipal');
  if (hasPrincipal && hasNot) {
    diagnostics.fail(
      'element-conflict',
      path,
      `${path} has both Principal and NotPrincipal; they are mutually exclusive, so keep one`,
    );
    return {};
  }
  const key = hasPrincipal ? 'Principal' : hasNot ? 'NotPrincipal' : undefined;
  const raw = key === undefined ? undefined : value[key];
  if (key === undefined || raw === undefined) return {};
  const spec = parsePrincipal(raw, childPath(path, key), diagnostics);
  return spec === undefined ? { key } : { key, spec };
}
