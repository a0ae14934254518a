import type { Caller } from '../context/caller.js';
import type { Authorizer } from './authorizer.js';
import type { PreparedRequest } from './compiled-statement.js';
import type { Decision, PolicyType, Reason } from './decision.js';
import type { LayerScan } from './scan.js';
import { unsignedRefusal } from './unsigned-requests.js';

/** What every layer said about one request. Optional layers are undefined when they do not exist. */
export interface Layers {
  readonly identity: LayerScan;
  readonly boundary: LayerScan | undefined;
  readonly session: LayerScan | undefined;
  readonly resource: LayerScan;
  readonly scps: readonly LayerScan[] | undefined;
  readonly rcps: readonly LayerScan[] | undefined;
}

/** The decision with the few reasons the fast path can give without extra work. */
export interface Outcome {
  readonly decision: Decision;
  readonly reasons: readonly Reason[];
}

const ASSUME_ROLE = 'sts:assumerole';
const GET_CALLER_IDENTITY = 'sts:getcalleridentity';
const TRUST_ACTIONS = new Set(['sts:tagsession', 'sts:setsourceidentity']);

/**
 * Combines the layers as the IAM User Guide's evaluation logic does. Pure: everything it needs was scanned before.
 * The order mirrors the documented flow: explicit deny, SCPs, RCPs, then the principal-specific allow logic.
 */
export function decide(a: Authorizer, req: PreparedRequest, layers: Layers): Outcome {
  if (req.actionLower === GET_CALLER_IDENTITY && signed(a.caller)) {
    return rule('R98', 'sts:GetCallerIdentity is always allowed');
  }
  const deny = firstDeny(layers, a, req);
  if (deny !== undefined) return { decision: 'ExplicitDeny', reasons: [{ kind: 'explicit-deny', statement: deny }] }; // R71
  // Refusals come after the deny check: an applicable Deny is an explicit deny whatever else holds (R71).
  const refused = refusedCredentials(a, req);
  if (refused !== undefined) return refused;
  const org = orgCeiling(a, layers);
  if (org !== undefined) return org;
  return allowLogic(a, req, layers);
}

function firstDeny(layers: Layers, a: Authorizer, req: PreparedRequest) {
  const all = [
    ...(layers.rcps ?? []),
    ...(layers.scps ?? []),
    layers.resource,
    layers.identity,
    layers.boundary,
    layers.session,
  ];
  for (const scan of all) {
    if (scan?.deny === undefined) continue;
    if (scan === layers.resource && rootKeepsBucketPolicy(a, req)) continue;
    return scan.deny.ref;
  }
  return undefined;
}

const UNSIGNED: Readonly<Partial<Record<Caller['kind'], string>>> = {
  anonymous: 'an anonymous (unsigned) caller',
  service: 'an AWS service principal',
};

const BUCKET_POLICY_ACTIONS = new Set(['s3:getbucketpolicy', 's3:putbucketpolicy', 's3:deletebucketpolicy']);

/** R98, R108: a caller with AWS credentials of its own; anonymous callers and service principals have none. */
function signed(caller: Caller): boolean {
  return caller.kind !== 'anonymous' && caller.kind !== 'service';
}

/** The only AWS STS operations that may be called without AWS credentials (R108, R135). */
const UNSIGNED_STS = new Set(['sts:assumerolewithwebidentity', 'sts:assumerolewithsaml']);

/**
 * R108, R135: the STS calls an unsigned caller can make: AssumeRoleWithWebIdentity and AssumeRoleWithSAML, and, for a
 * caller that an identity provider vouches for, the sts:TagSession and sts:SetSourceIdentity those calls carry.
 */
function unsignedStsCall(caller: Caller, actionLower: string): boolean {
  return UNSIGNED_STS.has(actionLower) || (caller.provider !== undefined && TRUST_ACTIONS.has(actionLower));
}

/**
 * R83, R106–R108: what some credentials can never do, whatever the policies say: the root user cannot assume a role, a
 * federated-user session cannot call STS (GetCallerIdentity aside, R98), a caller without credentials has no
 * identity for GetCallerIdentity to return, and an anonymous caller can make neither the signed STS calls nor any
 * request of a service that takes only signed ones.
 */
function refusedCredentials(a: Authorizer, req: PreparedRequest): Outcome | undefined {
  const kind = a.caller.kind;
  if (req.actionLower === GET_CALLER_IDENTITY && !signed(a.caller)) {
    return denied('R108', `sts:GetCallerIdentity needs signed AWS credentials, and ${UNSIGNED[kind] ?? kind} has none`);
  }
  if (kind === 'anonymous' && req.service === 'sts' && !unsignedStsCall(a.caller, req.actionLower)) {
    return denied('R108', `${req.action} needs signed AWS credentials, and an anonymous (unsigned) caller has none`);
  }
  if (kind === 'anonymous') {
    // R83: outside STS, only the documented services and calls take unsigned requests.
    const why = unsignedRefusal(req.service, req.actionLower, req.action, (key) => req.context.get(key));
    if (why !== undefined) return denied('R83', why);
  }
  if (kind === 'root' && req.actionLower.startsWith(ASSUME_ROLE)) {
    return denied('R106', 'the root user cannot assume a role');
  }
  if (kind === 'federated-user' && req.service === 'sts') {
    return denied('R107', 'a federated user session cannot call AWS STS operations except GetCallerIdentity');
  }
  return undefined;
}

function denied(id: string, message: string): Outcome {
  return { decision: 'ImplicitDeny', reasons: [{ kind: 'rule', rule: id, message }] };
}

/** R99: the bucket owner's root user cannot be locked out of the bucket policy by the bucket policy itself. */
export function rootKeepsBucketPolicy(a: Authorizer, req: PreparedRequest): boolean {
  const c = a.caller;
  return c.kind === 'root' && BUCKET_POLICY_ACTIONS.has(req.actionLower) && req.resourceAccount === c.account;
}

function rule(id: string, message: string): Outcome {
  return { decision: 'Allow', reasons: [{ kind: 'rule', rule: id, message }] };
}

function implicit(layer: PolicyType, extra: Partial<{ policyName: string; levelName: string }> = {}): Outcome {
  return { decision: 'ImplicitDeny', reasons: [{ kind: 'no-allow', layer, ...extra }] };
}

/**
 * R86: every SCP level from the root down to the account must allow, for principals of member accounts. RCPs need no
 * such check: RCPFullAWSAccess is attached at every level and cannot be detached (R90), so they only ever deny.
 */
function orgCeiling(a: Authorizer, layers: Layers): Outcome | undefined {
  if (!scpsApply(a) || layers.scps === undefined) return undefined;
  const i = layers.scps.findIndex((scan) => scan.allow === undefined);
  if (i < 0) return undefined;
  return implicit('scp', { levelName: a.scps?.[i]?.name ?? `level ${i}` });
}

/** R86–R89: SCPs limit principals of member accounts, root users included, but not service-linked roles. */
export function scpsApply(a: Authorizer): boolean {
  const c = a.caller;
  if (a.scenario.isManagementAccount || c.account === undefined) return false;
  if (c.kind === 'anonymous' || c.kind === 'service') return false;
  return !isServiceLinkedRole(a);
}

/**
 * R90–R92: RCPs limit access to resources of member accounts, for the services that support them, whoever calls
 * (other organizations, root users, service principals) except service-linked roles.
 */
export function rcpsApply(a: Authorizer, req: PreparedRequest): boolean {
  if (a.scenario.resourceIsManagementAccount || isServiceLinkedRole(a)) return false;
  return a.rcpServices.has(req.service);
}

/** A session of a role whose path is /aws-service-role/ is a service-linked role's (R88). */
function isServiceLinkedRole(a: Authorizer): boolean {
  const c = a.caller;
  return c.kind === 'role-session' && (c.roleArn ?? '').includes(':role/aws-service-role/');
}

/**
 * R80: role trust policies and KMS key policies must allow the principal explicitly. For KMS that holds for requests
 * on a key; operations on no particular key (kms:CreateKey, kms:ListKeys on "*") are governed by IAM policies alone.
 */
function needsResourceAllow(req: PreparedRequest): boolean {
  if (req.actionLower.startsWith(ASSUME_ROLE)) return true;
  // sts:TagSession and sts:SetSourceIdentity on a role are granted by its trust policy, like AssumeRole.
  if (TRUST_ACTIONS.has(req.actionLower) && req.resource.includes(':role/')) return true;
  return req.service === 'kms' && isKmsKey(req.resource);
}

/**
 * R109, R80: a resource policy is attached to one resource, so it can grant only a request on a resource: a request
 * on `*` (an operation on no particular resource, such as kms:CreateKey or s3:ListAllMyBuckets) and a KMS request on
 * anything but a key (the key policy belongs to the key) are granted by identity-based policies alone. Its Deny
 * statements still apply (iamspec decision: fail closed).
 */
export function resourcePolicyCanGrant(req: PreparedRequest): boolean {
  if (req.resource === '*') return false;
  return req.service !== 'kms' || isKmsKey(req.resource);
}

/**
 * R80: the resource of a `kms:` request is a key unless it is `*` or an alias ARN (`arn:PARTITION:kms:REGION:ACCOUNT:
 * alias/…`). Any other resource (a key ARN in any letter case, a kms ARN of no documented type, an ARN of another
 * service) is read as a key, so that the key policy must allow: fail closed.
 */
function isKmsKey(resource: string): boolean {
  return resource !== '*' && !isKmsAlias(resource);
}

/** `arn:PARTITION:kms:REGION:ACCOUNT:alias/…`: the third segment is kms and the sixth starts with `alias/`. */
function isKmsAlias(resource: string): boolean {
  if (!resource.startsWith('arn:')) return false;
  const service = resource.indexOf(':', 4) + 1;
  if (service === 0 || !resource.startsWith('kms:', service)) return false;
  const region = service + 4;
  const account = resource.indexOf(':', region) + 1;
  const rest = account === 0 ? 0 : resource.indexOf(':', account) + 1;
  return rest > 0 && resource.startsWith('alias/', rest);
}

function allowLogic(a: Authorizer, req: PreparedRequest, layers: Layers): Outcome {
  const c = a.caller;
  const resource = layers.resource;
  const granted: Outcome = {
    decision: 'Allow',
    reasons: resource.allow ? [{ kind: 'allow', statement: resource.allow.ref }] : [],
  };
  if (c.kind === 'anonymous' || c.kind === 'service') {
    // R96, R97: only a resource policy that names "*" (or the service) can allow.
    return resource.grant === 'direct' ? granted : implicit('resource');
  }
  const sameAccount = req.resourceAccount === undefined || req.resourceAccount === c.account;
  if (needsResourceAllow(req) && resource.grant === undefined) return implicit('resource', policyName(a)); // R80
  if (c.kind === 'root') {
    // R95: the root user has full access in its own account; elsewhere the resource policy must allow.
    if (sameAccount && !needsResourceAllow(req)) return rule('R95', 'the root user has full access to its own account');
    return resource.grant !== undefined ? granted : implicit('resource', policyName(a));
  }
  if (sameAccount && resource.grant === 'direct') return granted; // R75, R77, R78
  const identity = identityChain(a, layers, sameAccount && resource.grant === 'limited');
  if (identity.decision !== 'Allow') return identity;
  if (!sameAccount && resource.grant === undefined) return implicit('resource', policyName(a)); // R79
  // Across accounts both sides decided: name the resource policy's Allow too.
  if (!sameAccount && resource.allow !== undefined) {
    return { decision: 'Allow', reasons: [...identity.reasons, { kind: 'allow', statement: resource.allow.ref }] };
  }
  return identity;
}

function policyName(a: Authorizer): { policyName: string } | Record<string, never> {
  return a.resource ? { policyName: a.resource.ref.name } : {};
}

/**
 * Identity policies, then the boundary, then the session policy (R72, R81, R82, R93, R94). With `resourceGranted`
 * (a same-account grant to the role or to the user who federated, R76, R78) the identity policies need not allow,
 * but the boundary and session policy still limit it.
 */
function identityChain(a: Authorizer, layers: Layers, resourceGranted: boolean): Outcome {
  const allow = resourceGranted ? layers.resource.allow : layers.identity.allow;
  if (allow === undefined) return implicit('identity');
  if (layers.boundary !== undefined && layers.boundary.allow === undefined) {
    return implicit('boundary', { policyName: a.boundary?.ref.name ?? 'boundary' });
  }
  const c = a.caller;
  if (c.kind === 'role-session' || c.kind === 'federated-user') {
    if (layers.session !== undefined) {
      if (layers.session.allow === undefined)
        return implicit('session', { policyName: a.session?.ref.name ?? 'session' });
    } else if (c.kind === 'federated-user') {
      return implicit('session'); // R94: a federated user session without a session policy grants nothing
    }
  }
  return { decision: 'Allow', reasons: [{ kind: 'allow', statement: allow.ref }] };
}
