import { rcpSupportedServices } from '../../catalog/rcp-services.js';
import type { Statement } from '../../policy/policy.js';
import type { Bundle, NamedPolicy, OrgLevel } from '../bundle.js';
import type { Decision } from '../decision.js';
import { UNSIGNED_REQUESTS } from '../unsigned-requests.js';
import { type Coverage, statementCovers, stronger } from './principal-coverage.js';
import { referenceContext, resourceAccountOf } from './reference-context.js';
import { type ReferenceRequest, statementApplies } from './statement-applies.js';

/** The reference's answer: the decision and the rule that settled it. */
export interface ReferenceResult {
  readonly decision: Decision;
  readonly rule: string;
}

export interface ReferenceOptions {
  /** Service prefixes RCPs apply to (R91); defaults to the catalogue's list. */
  readonly rcpServices?: ReadonlySet<string>;
}

/** Everything the flowchart asks about one bundle, computed literally from the policies. */
interface Facts {
  readonly bundle: Bundle;
  readonly request: ReferenceRequest;
  readonly service: string;
  readonly sameAccount: boolean;
  readonly scpsApply: boolean;
  readonly rcpsApply: boolean;
}

function applicable(named: NamedPolicy, effect: 'Allow' | 'Deny', facts: Facts): Statement[] {
  const sv = named.policy.supportsVariables;
  return named.policy.statements.filter((s) => s.effect === effect && statementApplies(s, facts.request, sv));
}

function anyApplies(policies: readonly NamedPolicy[], effect: 'Allow' | 'Deny', facts: Facts): boolean {
  return policies.some((named) => applicable(named, effect, facts).length > 0);
}

/** The strongest coverage among the resource policy's applicable statements of one effect (R74–R78, R84, R85). */
function resourceCoverage(effect: 'Allow' | 'Deny', facts: Facts): Coverage | undefined {
  const named = facts.bundle.resourcePolicy;
  if (named === undefined) return undefined;
  if (effect === 'Allow' && !onResourceOfPolicy(facts)) return undefined; // R109
  let best: Coverage | undefined;
  for (const s of applicable(named, effect, facts)) best = stronger(best, statementCovers(s, facts.bundle.principal));
  return best;
}

function levelPolicies(levels: readonly OrgLevel[] | undefined): NamedPolicy[] {
  return (levels ?? []).flatMap((level) => level.policies);
}

/** R88: a session of a role under the path /aws-service-role/ is a service-linked role's. */
function isServiceLinkedRole(bundle: Bundle): boolean {
  const p = bundle.principal;
  return p.kind === 'role-session' && /^arn:[^:]*:iam::[^:]*:role\/aws-service-role\//.test(p.roleArn ?? '');
}

/** The identity-side policies that apply to the caller: none for root, anonymous and service callers. */
function identityLayers(bundle: Bundle): NamedPolicy[] {
  const p = bundle.principal;
  if (p.kind === 'root' || p.kind === 'anonymous' || p.kind === 'service') return [];
  const session = p.kind === 'role-session' || p.kind === 'federated-user' ? p.sessionPolicy : undefined;
  return [
    ...p.identityPolicies,
    ...(p.permissionsBoundary ? [p.permissionsBoundary] : []),
    ...(session ? [session] : []),
  ];
}

/** R71 (with R99): is there an applicable Deny in any policy that applies to this request? */
function explicitDeny(facts: Facts): boolean {
  const { bundle } = facts;
  if (facts.rcpsApply && anyApplies(levelPolicies(bundle.rcps), 'Deny', facts)) return true; // R90
  if (facts.scpsApply && anyApplies(levelPolicies(bundle.scps), 'Deny', facts)) return true; // R86
  if (anyApplies(identityLayers(bundle), 'Deny', facts)) return true; // R72, R81, R93
  const p = bundle.principal;
  const bucketPolicyGuard =
    p.kind === 'root' &&
    facts.sameAccount &&
    ['s3:getbucketpolicy', 's3:putbucketpolicy', 's3:deletebucketpolicy'].includes(facts.request.action.toLowerCase());
  return !bucketPolicyGuard && resourceCoverage('Deny', facts) !== undefined; // R99 guards the bucket owner's root
}

/** R86: every SCP level from the root to the account must have an applicable Allow. */
function scpLevelWithoutAllow(facts: Facts): boolean {
  return facts.scpsApply && (facts.bundle.scps ?? []).some((level) => !anyApplies(level.policies, 'Allow', facts));
}

/**
 * The identity side: identity policies (R72), within the boundary (R81, R82) and the session policy (R93; R94: a
 * federated-user session without one has no permissions from identity policies).
 */
function sessionAndBoundaryAllow(facts: Facts): boolean {
  const p = facts.bundle.principal;
  if (p.permissionsBoundary !== undefined && !anyApplies([p.permissionsBoundary], 'Allow', facts)) return false;
  if (p.kind === 'federated-user' && p.sessionPolicy === undefined) return false; // R94
  if ((p.kind === 'role-session' || p.kind === 'federated-user') && p.sessionPolicy !== undefined) {
    return anyApplies([p.sessionPolicy], 'Allow', facts); // R93
  }
  return true;
}

function identityAllows(facts: Facts): boolean {
  return anyApplies(facts.bundle.principal.identityPolicies, 'Allow', facts) && sessionAndBoundaryAllow(facts);
}

const KMS_ALIAS = /^arn:[^:]*:kms:[^:]*:[^:]*:alias\//;

/** R80: a `kms:` request is on a key unless its resource is `*` or an alias ARN (fail closed for anything else). */
function onKmsKey(resource: string): boolean {
  return resource !== '*' && !KMS_ALIAS.test(resource);
}

/**
 * R80: role trust policies and KMS key policies must allow the principal explicitly: `sts:AssumeRole*`, and
 * `sts:TagSession` / `sts:SetSourceIdentity` on a role, need the trust policy; `kms:*` on a key needs the key policy.
 */
function needsResourceAllow(facts: Facts): boolean {
  const action = facts.request.action.toLowerCase();
  const resource = facts.request.resource;
  if (action.startsWith('sts:assumerole')) return true;
  const onRole = /^arn:[^:]*:iam::[^:]*:role\//.test(resource);
  if ((action === 'sts:tagsession' || action === 'sts:setsourceidentity') && onRole) return true;
  return facts.service === 'kms' && onKmsKey(resource);
}

/**
 * R109 (R80): a resource policy grants only a request on the resource it is attached to: never one on `*`, and for a
 * `kms:` action only one on a key.
 */
function onResourceOfPolicy(facts: Facts): boolean {
  const resource = facts.request.resource;
  if (resource === '*') return false;
  return facts.service !== 'kms' || onKmsKey(resource);
}

const result = (decision: Decision, rule: string): ReferenceResult => ({ decision, rule });

/** Who may be allowed, and how, once no Deny applies and the SCP levels allow (R73–R82, R93–R97). */
function allowLogic(facts: Facts): ReferenceResult {
  const kind = facts.bundle.principal.kind;
  const grant = resourceCoverage('Allow', facts);
  // R96, R97: no identity policies; only a resource-policy Allow covering the caller itself ("*", the service).
  if (kind === 'anonymous') return grant === 'direct' ? result('Allow', 'R96') : result('ImplicitDeny', 'R96');
  if (kind === 'service') return grant === 'direct' ? result('Allow', 'R97') : result('ImplicitDeny', 'R97');
  const needsGrant = needsResourceAllow(facts);
  if (needsGrant && grant === undefined) return result('ImplicitDeny', 'R80');
  // R95: the root user has full access in its own account; elsewhere (or under R80) the resource policy decides.
  if (kind === 'root') {
    if (facts.sameAccount && !needsGrant) return result('Allow', 'R95');
    return grant !== undefined ? result('Allow', 'R95') : result('ImplicitDeny', facts.sameAccount ? 'R80' : 'R79');
  }
  // R79: across accounts the identity side and the resource policy must both allow.
  if (!facts.sameAccount) {
    if (!identityAllows(facts)) return result('ImplicitDeny', 'R79');
    return grant !== undefined ? result('Allow', 'R79') : result('ImplicitDeny', 'R79');
  }
  // Same account (R73): a direct grant is enough (R75, R77, R78); a grant to the role or to the user who federated
  // is limited by boundary and session policy (R76, R78); a grant to the account delegates to identity policies (R74).
  if (grant === 'direct') return result('Allow', kind === 'user' ? 'R75' : kind === 'federated-user' ? 'R78' : 'R77');
  if (grant === 'limited' && sessionAndBoundaryAllow(facts))
    return result('Allow', kind === 'role-session' ? 'R76' : 'R78');
  return identityAllows(facts) ? result('Allow', grant === 'account' ? 'R74' : 'R73') : result('ImplicitDeny', 'R70');
}

function factsOf(bundle: Bundle, rcpServices: ReadonlySet<string>): Facts {
  const p = bundle.principal;
  const action = bundle.request.action;
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  const resourceAccount = resourceAccountOf(bundle);
  const inMemberAccount = p.account !== undefined && !bundle.isManagementAccount; // R87
  const organizational = p.kind !== 'anonymous' && p.kind !== 'service'; // R97: SCPs do not apply to services
  return {
    bundle,
    request: { action, resource: bundle.request.resource, context: referenceContext(bundle) },
    service,
    sameAccount: resourceAccount === undefined || resourceAccount === p.account,
    scpsApply: bundle.scps !== undefined && inMemberAccount && organizational && !isServiceLinkedRole(bundle), // R86–R89
    rcpsApply:
      bundle.rcps !== undefined &&
      !bundle.resourceIsManagementAccount && // R91
      !isServiceLinkedRole(bundle) && // R88
      rcpServices.has(service), // R91, R92: every other caller
  };
}

/**
 * R83: is this request one that the documentation lets an anonymous caller make unsigned? A listed service with no
 * action list takes every action unsigned; otherwise the action must be listed and the request context must carry
 * the listed key with its value (a Bool in any letter case, R64).
 */
function documentedUnsigned(facts: Facts): boolean {
  const action = facts.request.action.toLowerCase();
  return UNSIGNED_REQUESTS.some((entry) => {
    if (entry.service !== facts.service) return false;
    if (entry.actions !== undefined && !entry.actions.includes(action)) return false;
    if (entry.context === undefined) return true;
    const value = facts.request.context.get(entry.context.key);
    if (typeof value !== 'string') return false;
    return entry.context.bool === true ? value.toLowerCase() === entry.context.value : value === entry.context.value;
  });
}

const UNSIGNED_CALLS: readonly string[] = ['sts:assumerolewithwebidentity', 'sts:assumerolewithsaml'];

/**
 * The reference evaluator: a slow, literal transcription of the IAM evaluation flow over a parsed bundle, for
 * differential tests against the fast engine. No compilation, no indexing: every statement is walked from the
 * policy data for every request.
 */
export function referenceDecision(bundle: Bundle, options: ReferenceOptions = {}): ReferenceResult {
  const facts = factsOf(bundle, options.rcpServices ?? rcpSupportedServices());
  const action = facts.request.action.toLowerCase();
  const kind = bundle.principal.kind;
  const unsigned = kind === 'anonymous' || kind === 'service';
  // R98: even against an explicit deny, for a caller with credentials of its own.
  if (action === 'sts:getcalleridentity' && !unsigned) return result('Allow', 'R98');
  // R71 comes before the refusals R106 to R108: "A request results in an explicit deny if an applicable policy
  // includes a Deny statement" (reference_policies_evaluation-logic.md), whatever else refuses it.
  if (explicitDeny(facts)) return result('ExplicitDeny', 'R71');
  if (action === 'sts:getcalleridentity') return result('ImplicitDeny', 'R108'); // no identity to return
  // "You can call AssumeRoleWithSAML and AssumeRoleWithWebIdentity without AWS security credentials"; every other
  // STS call is signed (id_credentials_temp_request.md), so an unsigned caller cannot make one.
  const vouched =
    bundle.principal.provider !== undefined && ['sts:tagsession', 'sts:setsourceidentity'].includes(action);
  if (kind === 'anonymous' && facts.service === 'sts' && !UNSIGNED_CALLS.includes(action) && !vouched) {
    return result('ImplicitDeny', 'R108');
  }
  if (kind === 'anonymous' && facts.service !== 'sts' && !documentedUnsigned(facts)) {
    return result('ImplicitDeny', 'R83');
  }
  if (kind === 'root' && action.startsWith('sts:assumerole')) return result('ImplicitDeny', 'R106');
  if (kind === 'federated-user' && facts.service === 'sts') return result('ImplicitDeny', 'R107');
  if (scpLevelWithoutAllow(facts)) return result('ImplicitDeny', 'R86');
  return allowLogic(facts);
}
