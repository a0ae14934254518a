import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { mergeTags, type Role, type Tags } from '../model/iam-entities.js';
import type { Session } from '../model/session.js';
import { assumeRequestKeys, issueRoleSession, readSessionPolicy, roleDuration } from './role-session.js';
import { unsignedCallRefusal } from './signed-call.js';
import { checkExternalId, checkSessionName, checkSessionTags, checkSourceIdentity } from './sts-params.js';
import { fail, type StsResult } from './sts-result.js';

/** The parameters of AssumeRole (id_credentials_temp_request.md). */
export interface AssumeRoleOptions {
  readonly sessionName: string;
  readonly durationSeconds?: number;
  readonly externalId?: string;
  /** Present the caller's MFA device (R125). */
  readonly mfa?: boolean;
  /** A session policy document (JSON text or value). */
  readonly sessionPolicy?: unknown;
  readonly tags?: Tags;
  readonly transitiveTagKeys?: readonly string[];
  readonly sourceIdentity?: string;
  /** More request context, e.g. aws:SourceIp. */
  readonly context?: Readonly<Record<string, ContextValue>>;
}

/**
 * R121–R129: AssumeRole for a user, a role session (role chaining), a GetSessionToken session or a service the trust
 * policy names; the root user (R106) and federated users (R107) are refused by the engine, anonymous callers here.
 */
export function assumeRole(
  model: AwsModel,
  caller: Caller,
  roleRef: string,
  options: AssumeRoleOptions,
): StsResult<Session> {
  const role = model.role(roleRef);
  const prior = caller.kind === 'session' ? caller.session : undefined;
  const chained = prior?.kind === 'role'; // R123
  const tags = options.tags ?? {};
  const problem = unsignedCallRefusal(caller, 'AssumeRole', 'R121') ?? checkOptions(options, prior);
  if (problem !== undefined) return fail(problem);
  const duration = roleDuration(role, options.durationSeconds, chained);
  if (typeof duration === 'string') return fail(duration);
  const mfa = mfaKeys(model, caller, options.mfa === true);
  if (typeof mfa === 'string') return fail(mfa);
  // R128: transitive tags of the calling session pass on, and stand in for the target role's tags of the same key.
  const inherited = transitiveTags(prior);
  const sourceIdentity = prior?.sourceIdentity ?? options.sourceIdentity; // R129: it persists and cannot change
  const context: Record<string, ContextValue> = {
    ...resourceTagOverrides(role, inherited),
    ...assumeRequestKeys({ sessionName: options.sessionName, tags, ...optional(options, sourceIdentity) }),
    ...(options.externalId === undefined ? {} : { 'sts:ExternalId': options.externalId }),
    ...mfa,
    ...options.context,
  };
  return issueRoleSession(model, caller, role, {
    action: 'sts:AssumeRole',
    sessionName: options.sessionName,
    durationSeconds: duration,
    context,
    newTags: tags,
    sessionTags: mergeTags(inherited, tags),
    transitiveTagKeys: unique([...Object.keys(inherited), ...(options.transitiveTagKeys ?? [])]),
    ...(sourceIdentity === undefined ? {} : { sourceIdentity }),
    ...sessionPolicyOf(model, options),
    chained,
  });
}

/** R124, R126–R129: parameters AWS rejects before reading any policy. */
function checkOptions(options: AssumeRoleOptions, prior: Session | undefined): string | undefined {
  return (
    checkSessionName(options.sessionName) ??
    checkExternalId(options.externalId) ??
    checkSessionTags(options.tags ?? {}, options.transitiveTagKeys) ??
    checkSourceIdentity(options.sourceIdentity) ??
    sourceIdentityChange(prior, options.sourceIdentity)
  );
}

function optional(options: AssumeRoleOptions, sourceIdentity: string | undefined) {
  return {
    ...(options.transitiveTagKeys === undefined ? {} : { transitiveTagKeys: options.transitiveTagKeys }),
    ...(sourceIdentity === undefined ? {} : { sourceIdentity }),
  };
}

function sessionPolicyOf(model: AwsModel, options: AssumeRoleOptions) {
  const policy = readSessionPolicy(model, options.sessionName, options.sessionPolicy);
  return policy === undefined ? {} : { sessionPolicy: policy };
}

/** R129: a source identity, once set, cannot be changed in later sessions of the chain. */
function sourceIdentityChange(prior: Session | undefined, requested: string | undefined): string | undefined {
  if (prior?.sourceIdentity === undefined || requested === undefined || requested === prior.sourceIdentity) {
    return undefined;
  }
  return `source identity "${prior.sourceIdentity}" of session ${prior.name} cannot be changed to "${requested}" (R129)`;
}

/**
 * R125: with MFA the trust policy sees aws:MultiFactorAuthPresent true and an age of 0; only an IAM user with an MFA
 * device (or its GetSessionToken session) can present one. The root user is refused by the engine anyway (R106).
 */
function mfaKeys(model: AwsModel, caller: Caller, wanted: boolean): Record<string, string> | string {
  if (!wanted || caller.kind === 'root') return {};
  const user =
    caller.kind === 'user'
      ? caller.user
      : caller.kind === 'session' && caller.session.kind === 'user-token' && caller.session.user !== undefined
        ? model.iam.users.byArnOnly(caller.session.user)
        : undefined;
  if (user === undefined) return 'only an IAM user with an MFA device can present MFA to AssumeRole (R125)';
  if (user.mfaDevices === 0) return `user ${user.name} has no MFA device to present (R125)`;
  return { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '0' };
}

function transitiveTags(prior: Session | undefined): Record<string, string> {
  const out = nullRecord<string>(); // R140: a tag key `__proto__` is a key like any other
  if (prior === undefined) return out;
  const keys = new Set(prior.transitiveTagKeys.map((k) => k.toLowerCase()));
  for (const [key, value] of Object.entries(prior.sessionTags)) if (keys.has(key.toLowerCase())) out[key] = value;
  return out;
}

/** R128: an inherited transitive tag replaces the target role's tag of the same key in its trust evaluation. */
function resourceTagOverrides(role: Role, inherited: Tags): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(inherited)) {
    const roleKey = Object.keys(role.tags).find((k) => k.toLowerCase() === key.toLowerCase());
    if (roleKey !== undefined) out[`aws:ResourceTag/${roleKey}`] = value;
  }
  return out;
}

/** Keys without repeats, ignoring case; the first spelling wins. */
function unique(keys: readonly string[]): string[] {
  const byLower = new Map<string, string>();
  for (const key of keys) if (!byLower.has(key.toLowerCase())) byLower.set(key.toLowerCase(), key);
  return [...byLower.values()];
}
