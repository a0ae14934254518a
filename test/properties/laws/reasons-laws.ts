import type { Reason, StatementRef } from '../../../src/engine/decision.js';
import {
  type BundleJson,
  type BundlePrincipalJson,
  bundle,
  type NamedPolicyJson,
  type StatementJson,
} from '../../../src/testing/index.js';
import { parseGenerated } from '../differential-case.js';
import { broken, decide, holds, type LawResult, type LawTest, law } from '../law-check.js';
import { runsFor } from '../replay.js';
import { documentOf, type Layer, statementsOf } from './bundle-edits.js';

// Decisions name the statements that decided them (GUIDE: every decision carries its reasons); these laws check that
// the names are true, by deciding each named statement on its own.

/** The policies of a bundle that a reason's policy reference can name. */
function policiesNamed(json: BundleJson, ref: StatementRef): NamedPolicyJson[] {
  const p = json.principal;
  const { type, name, level } = ref.policy;
  const one = (policy: NamedPolicyJson | undefined) => (policy === undefined ? [] : [policy]);
  switch (type) {
    case 'identity':
      return (p.identityPolicies ?? []).filter((policy) => policy.name === name);
    case 'boundary':
      return one(p.permissionsBoundary);
    case 'session':
      return one(p.sessionPolicy);
    case 'resource':
      return one(json.resourcePolicy);
    default: {
      const levels = type === 'scp' ? json.scps : json.rcps;
      return (levels?.[level ?? 0]?.policies ?? []).filter((policy) => policy.name === name);
    }
  }
}

/** The caller without its policies. */
function bareCaller(p: BundlePrincipalJson): BundlePrincipalJson {
  const { identityPolicies: _i, permissionsBoundary: _b, sessionPolicy: _s, ...rest } = p;
  return rest;
}

const ALLOW_ALL: NamedPolicyJson = {
  name: 'allow all',
  document: documentOf({ Effect: 'Allow', Action: '*', Resource: '*' }),
};

/**
 * The request with one statement as the only policy, in the layer it came from, as a Deny: ExplicitDeny exactly when
 * the statement applies to the request. `keepBoundary` keeps a neutral boundary where the caller had one, because a
 * resource-policy Deny with NotPrincipal covers every caller with a boundary (R84).
 */
function alone(json: BundleJson, layer: Layer, policy: NamedPolicyJson, s: StatementJson, keepBoundary: boolean) {
  const parsed = parseGenerated(json);
  const named = { name: policy.name, document: { ...policy.document, Statement: [{ ...s, Effect: 'Deny' as const }] } };
  const hasBoundary = keepBoundary && json.principal.permissionsBoundary !== undefined;
  const out: BundleJson = {
    principal: { ...bareCaller(json.principal), ...(hasBoundary ? { permissionsBoundary: ALLOW_ALL } : {}) },
    request: json.request,
    isManagementAccount: parsed.isManagementAccount,
    resourceIsManagementAccount: parsed.resourceIsManagementAccount,
  };
  if (layer === 'identity') out.principal.identityPolicies = [named];
  else if (layer === 'boundary') out.principal.permissionsBoundary = named;
  else if (layer === 'session') out.principal.sessionPolicy = named;
  else if (layer === 'resource') out.resourcePolicy = named;
  else out[layer === 'scp' ? 'scps' : 'rcps'] = [{ name: 'Root', policies: [named] }];
  return out;
}

/** Whether the named statement exists, has the named effect, and applies to the request on its own. */
function checkNamed(
  json: BundleJson,
  ref: StatementRef,
): { ok: true } | { ok: false; why: string; alone?: BundleJson } {
  const candidates = policiesNamed(json, ref).flatMap((policy) => {
    const s = statementsOf(policy.document)[ref.index];
    return s === undefined ? [] : [{ policy, s }];
  });
  if (candidates.length === 0)
    return { ok: false, why: `names a ${ref.policy.type} statement the bundle does not have` };
  let shown: BundleJson | undefined;
  for (const { policy, s } of candidates) {
    if (s.Effect !== ref.effect) continue;
    const single = alone(json, ref.policy.type, policy, s, ref.effect === 'Deny');
    if (decide(single).decision === 'ExplicitDeny') return { ok: true };
    shown = single;
  }
  const what = `names a ${ref.policy.type} ${ref.effect} statement that does not apply to the request on its own`;
  return { ok: false, why: what, ...(shown === undefined ? {} : { alone: shown }) };
}

function kinds(reasons: readonly Reason[]): Set<Reason['kind']> {
  return new Set(reasons.map((r) => r.kind));
}

/** What is wrong with the reasons of one decision, or undefined. */
function reasonProblem(json: BundleJson, explain: boolean): { why: string; alone?: BundleJson } | undefined {
  const result = decide(json, explain);
  const has = kinds(result.reasons);
  const mode = explain ? 'with --explain' : 'without --explain';
  const say = (why: string) => ({ why: `${result.decision} ${mode} ${why}` });
  if (result.decision === 'ExplicitDeny' && !has.has('explicit-deny')) return say('names no Deny statement');
  if (result.decision === 'Allow' && !has.has('allow') && !has.has('rule')) return say('names no Allow nor rule');
  if (result.decision === 'ImplicitDeny' && !has.has('no-allow') && !has.has('rule')) {
    return say('names no layer without an Allow nor a rule');
  }
  if (result.decision !== 'ExplicitDeny' && has.has('explicit-deny')) return say('names a Deny statement');
  if (result.decision !== 'Allow' && has.has('allow')) return say('names an Allow statement');
  // R98: sts:GetCallerIdentity is allowed even against a Deny, so no Deny can show that a named statement applies.
  if (json.request.action.toLowerCase() === 'sts:getcalleridentity') return undefined;
  for (const reason of result.reasons) {
    if (reason.kind !== 'explicit-deny' && reason.kind !== 'allow') continue;
    const named = checkNamed(json, reason.statement);
    if (!named.ok) return { ...say(named.why), ...(named.alone === undefined ? {} : { alone: named.alone }) };
  }
  return undefined;
}

function reasonsTrue(json: BundleJson): LawResult {
  for (const explain of [false, true]) {
    const problem = reasonProblem(json, explain);
    if (problem !== undefined) {
      return broken(problem.why, {
        bundle: json,
        ...(problem.alone === undefined ? {} : { 'the named statement alone': problem.alone }),
      });
    }
  }
  return holds(decide(json).decision !== 'ImplicitDeny');
}

/** The laws of this file, in the order the tests run them. */
export const REASONS_LAWS: readonly LawTest[] = [
  law(
    'law: reasons agree with the decision: an ExplicitDeny names Deny statements and an Allow names Allow statements (or a rule, R95, R98) that each apply to the request on their own (not checkable for sts:GetCallerIdentity, R98), and an ImplicitDeny names neither',
    { cases: bundle(), check: reasonsTrue, runs: runsFor(300), minTested: 0.3 },
  ),
];
