import type { Authorizer } from './authorizer.js';
import type { CompiledPolicy } from './compiled-policy.js';
import type { CompiledStatement, PreparedRequest } from './compiled-statement.js';
import type { Layers } from './decide.js';
import { type Outcome, resourcePolicyCanGrant, rootKeepsBucketPolicy } from './decide.js';
import type { NearMiss, Reason } from './decision.js';

/**
 * Full reasons for a decision: every matching Deny for an explicit deny; the allowing statement of each layer for an
 * Allow; the layer without an Allow plus what nearly matched for an implicit deny. This path is slower than the
 * decision itself and runs only when reasons are asked for.
 */
export function explainDecision(a: Authorizer, req: PreparedRequest, layers: Layers, outcome: Outcome): Reason[] {
  const policies = applicablePolicies(a, req, layers);
  if (outcome.decision === 'ExplicitDeny') {
    return matching(policies, req, a, 'Deny').map((s) => ({ kind: 'explicit-deny', statement: s.ref }));
  }
  const reasons: Reason[] = [...outcome.reasons];
  if (outcome.decision === 'Allow') {
    for (const scan of [layers.boundary, layers.session, ...(layers.scps ?? []), ...(layers.rcps ?? [])]) {
      if (scan?.allow !== undefined)
        reasons.push({ kind: 'allow', statement: scan.allow.ref, note: 'within this limit' });
    }
    return reasons;
  }
  // R109: the resource policy could not grant this request, so its Allows are no near misses of the principal.
  const grants = a.resource === undefined || resourcePolicyCanGrant(req);
  if (!grants) reasons.push(NO_RESOURCE_GRANT);
  const candidates = grants ? policies : policies.filter((p) => p !== a.resource);
  for (const miss of nearMisses(candidates, req, a)) reasons.push({ kind: 'near-miss', miss });
  return reasons;
}

const NO_RESOURCE_GRANT: Reason = {
  kind: 'rule',
  rule: 'R109',
  message:
    'a resource policy grants only requests on its resource; a request on no particular resource, or a KMS request on no key, is decided by identity-based policies alone',
};

/**
 * The policies that apply to this request: SCPs and RCPs only when the scan found them applicable (R87, R88, R91),
 * and not the bucket policy where the owner's root user is exempt from it (R99).
 */
function applicablePolicies(a: Authorizer, req: PreparedRequest, layers: Layers): CompiledPolicy[] {
  const out: CompiledPolicy[] = [...a.identity];
  if (a.boundary) out.push(a.boundary);
  if (a.session) out.push(a.session);
  if (a.resource && !rootKeepsBucketPolicy(a, req)) out.push(a.resource);
  if (layers.scps !== undefined) for (const level of a.scps ?? []) out.push(...level.policies);
  if (layers.rcps !== undefined) for (const level of a.rcps ?? []) out.push(...level.policies);
  return out;
}

function principalCovers(s: CompiledStatement, req: PreparedRequest, a: Authorizer): boolean {
  return !s.hasPrincipal || a.grantFor(s, req) !== undefined;
}

/** Every statement with this effect that applies to the request, in policy order. */
function matching(policies: readonly CompiledPolicy[], req: PreparedRequest, a: Authorizer, effect: 'Allow' | 'Deny') {
  const out: CompiledStatement[] = [];
  for (const policy of policies) {
    for (const s of policy.statements) {
      if (s.effect === effect && s.applies(req) && principalCovers(s, req, a)) out.push(s);
    }
  }
  return out;
}

/**
 * Statements that nearly matched: the action matched but something else did not, or everything but the action
 * matched (a likely typo). Each says which part failed, and for conditions the key, operator, expected and actual.
 */
function nearMisses(policies: readonly CompiledPolicy[], req: PreparedRequest, a: Authorizer): NearMiss[] {
  const out: NearMiss[] = [];
  for (const policy of policies) {
    for (const s of policy.statements) {
      if (s.effect !== 'Allow') continue;
      const action = s.matchesAction(req.actionLower);
      const resource = s.matchesResource(req.resource, req.context);
      const conditions = s.conditions.always ? [] : s.conditions.explain(req.context);
      const conditionsOk = conditions.every((c) => c.matched);
      const principal = s.hasPrincipal ? principalCovers(s, req, a) : undefined;
      const failed = [action, resource, conditionsOk, principal ?? true].filter((ok) => !ok).length;
      if (failed === 0 || !(action || failed === 1)) continue;
      out.push({ statement: s.ref, action, resource, ...(principal === undefined ? {} : { principal }), conditions });
    }
  }
  return out;
}
