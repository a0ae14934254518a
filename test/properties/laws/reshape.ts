import type {
  BundleJson,
  ConditionJson,
  NamedPolicyJson,
  PrincipalElementJson,
  StatementJson,
} from '../../../src/testing/index.js';
import { statementsOf } from './bundle-edits.js';

/**
 * Rewrites of a bundle that must not change its decision: statement and policy order, one string versus a
 * one-element array (R12), one Statement object versus a one-element array (R7), `"*"` versus `{"AWS": "*"}` (R37),
 * and the letter case of actions (R21). Choices come from a seeded generator, so a case is replayable from its seed.
 */

/** A small seeded generator (mulberry32): the same seed gives the same rewrite. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One value or a list, in the other form where the grammar allows both, and lists in another order. */
function reshapeList<T>(value: T | T[], random: Random): T | T[] {
  if (!Array.isArray(value)) return random() < 0.5 ? [value] : value;
  if (value.length === 1 && random() < 0.5) return value[0] as T;
  return shuffle(value, random);
}

/** R37: `"*"` and `{"AWS": "*"}` are the same element (an RCP's must be written `"*"`, R16). */
function reshapePrincipal(element: PrincipalElementJson, random: Random, rcp: boolean): PrincipalElementJson {
  if (element === '*') return !rcp && random() < 0.5 ? { AWS: '*' } : element;
  const keys = Object.keys(element);
  if (
    !rcp &&
    keys.length === 1 &&
    (element.AWS === '*' || (Array.isArray(element.AWS) && element.AWS.join() === '*'))
  ) {
    if (random() < 0.5) return '*';
  }
  const out: Exclude<PrincipalElementJson, '*'> = {};
  for (const key of shuffle(['AWS', 'Service', 'Federated', 'CanonicalUser'] as const, random)) {
    const value = element[key];
    if (value !== undefined) out[key] = reshapeList(value, random);
  }
  return out;
}

function reshapeCondition(condition: ConditionJson, random: Random): ConditionJson {
  const out: ConditionJson = {};
  for (const operator of shuffle(Object.keys(condition), random)) {
    const block = condition[operator] ?? {};
    const keys: ConditionJson[string] = {};
    for (const key of shuffle(Object.keys(block), random)) {
      const value = block[key];
      if (value !== undefined) keys[key] = reshapeList(value, random);
    }
    out[operator] = keys;
  }
  return out;
}

const LISTS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const;

function reshapeStatement(s: StatementJson, random: Random, rcp: boolean): StatementJson {
  const out: StatementJson = { ...s };
  for (const key of LISTS) {
    const value = s[key];
    if (value !== undefined) out[key] = reshapeList(value, random);
  }
  if (s.Principal !== undefined) out.Principal = reshapePrincipal(s.Principal, random, rcp);
  if (s.NotPrincipal !== undefined) out.NotPrincipal = reshapePrincipal(s.NotPrincipal, random, rcp);
  if (s.Condition !== undefined) out.Condition = reshapeCondition(s.Condition, random);
  return out;
}

function reshapePolicy(policy: NamedPolicyJson, random: Random, rcp: boolean): NamedPolicyJson {
  const statements = shuffle(statementsOf(policy.document), random).map((s) => reshapeStatement(s, random, rcp));
  const [only] = statements;
  const single = statements.length === 1 && only !== undefined && random() < 0.5;
  return { ...policy, document: { ...policy.document, Statement: single ? only : statements } };
}

/** Every policy of a bundle, through `edit`, and the lists of policies through `order`. */
function mapPolicies(
  json: BundleJson,
  edit: (p: NamedPolicyJson, rcp: boolean) => NamedPolicyJson,
  order: <T>(items: readonly T[]) => T[],
): BundleJson {
  const out = structuredClone(json);
  const p = out.principal;
  if (p.identityPolicies !== undefined) p.identityPolicies = order(p.identityPolicies).map((x) => edit(x, false));
  if (p.permissionsBoundary !== undefined) p.permissionsBoundary = edit(p.permissionsBoundary, false);
  if (p.sessionPolicy !== undefined) p.sessionPolicy = edit(p.sessionPolicy, false);
  if (out.resourcePolicy !== undefined) out.resourcePolicy = edit(out.resourcePolicy, false);
  if (out.scps !== undefined)
    out.scps = out.scps.map((l) => ({ ...l, policies: order(l.policies).map((x) => edit(x, false)) }));
  if (out.rcps !== undefined)
    out.rcps = out.rcps.map((l) => ({ ...l, policies: order(l.policies).map((x) => edit(x, true)) }));
  return out;
}

/**
 * The bundle with every policy list, statement list and element list in another order, and single values and
 * one-element arrays (Statement included) swapped at random. SCP and RCP levels keep their order (root first).
 */
export function reshape(json: BundleJson, seed: number): BundleJson {
  const random = seeded(seed);
  return mapPolicies(
    json,
    (p, rcp) => reshapePolicy(p, random, rcp),
    (items) => shuffle(items, random),
  );
}

/** The text with each letter in upper or lower case at random. */
export function randomCase(text: string, random: Random): string {
  return [...text].map((ch) => (random() < 0.5 ? ch.toLowerCase() : ch.toUpperCase())).join('');
}

function recaseActions(s: StatementJson, random: Random): StatementJson {
  const out: StatementJson = { ...s };
  for (const key of ['Action', 'NotAction'] as const) {
    const value = s[key];
    if (value !== undefined) {
      out[key] = Array.isArray(value) ? value.map((a) => randomCase(a, random)) : randomCase(value, random);
    }
  }
  return out;
}

/** The bundle with the request's action and every Action / NotAction entry in a random letter case (R21). */
export function recase(json: BundleJson, seed: number): BundleJson {
  const random = seeded(seed);
  const out = mapPolicies(
    json,
    (p) => ({
      ...p,
      document: { ...p.document, Statement: statementsOf(p.document).map((s) => recaseActions(s, random)) },
    }),
    (items) => [...items],
  );
  return { ...out, request: { ...out.request, action: randomCase(out.request.action, random) } };
}
