import type { ContextValue } from '../context/request-context.js';
import type { NamedPolicy } from '../engine/bundle.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { isoSeconds } from '../model/clock.js';
import type { Role, Tags } from '../model/iam-entities.js';
import { roleSessionArn } from '../model/session-arns.js';
import type { Session } from '../model/session.js';
import { ask } from './ask.js';
import { checkDuration } from './sts-params.js';
import { type StsResult, succeed } from './sts-result.js';

type Context = Record<string, ContextValue>;

/** Everything an AssumeRole* call decided before asking the engine. */
export interface RoleSessionPlan {
  readonly action: 'sts:AssumeRole' | 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML';
  readonly sessionName: string;
  readonly durationSeconds: number;
  /** The request context of the call, as the trust policy sees it. */
  readonly context: Context;
  /** Tags passed in this call: they need sts:TagSession (R127). */
  readonly newTags: Tags;
  /** The session's tags: inherited transitive tags and the new ones (R128). */
  readonly sessionTags: Tags;
  readonly transitiveTagKeys: readonly string[];
  readonly sourceIdentity?: string;
  readonly sessionPolicy?: NamedPolicy;
  readonly chained: boolean;
  readonly provider?: string;
  readonly federationContext?: Context;
}

/** R122: 900 seconds up to the role's maximum, one hour by default; R123 caps a chained session at one hour. */
export function roleDuration(role: Role, requested: number | undefined, chained: boolean): number | string {
  const seconds = requested ?? 3600;
  if (chained && seconds > 3600) {
    return `DurationSeconds ${seconds} is too long for role chaining: a session assumed with role credentials lasts at most 3600 seconds (R123)`;
  }
  return (
    checkDuration(
      seconds,
      900,
      role.maxSessionDuration,
      `R122: role ${role.name} allows up to ${role.maxSessionDuration}`,
    ) ?? seconds
  );
}

/** R127, R129, R124: the keys STS adds to the request context of an AssumeRole* call. */
export function assumeRequestKeys(p: {
  readonly sessionName: string;
  readonly tags: Tags;
  readonly transitiveTagKeys?: readonly string[];
  readonly sourceIdentity?: string;
}): Context {
  const out: Context = { 'sts:RoleSessionName': p.sessionName };
  const keys = Object.keys(p.tags);
  for (const key of keys) out[`aws:RequestTag/${key}`] = p.tags[key] ?? '';
  if (keys.length > 0) out['aws:TagKeys'] = keys;
  if (p.transitiveTagKeys !== undefined && p.transitiveTagKeys.length > 0) {
    out['sts:TransitiveTagKeys'] = [...p.transitiveTagKeys];
  }
  if (p.sourceIdentity !== undefined) out['sts:SourceIdentity'] = p.sourceIdentity;
  return out;
}

/**
 * A session policy passed to an STS call, validated as a session policy (R93) with the model's catalogue strictness,
 * as every other policy of the scenario is (R159).
 */
export function readSessionPolicy(model: AwsModel, sessionName: string, document: unknown): NamedPolicy | undefined {
  return document === undefined
    ? undefined
    : model.documents.read(`session policy of ${sessionName}`, 'session', document);
}

/**
 * Asks the engine for the assume action (caller permission and trust, R79, R80), for sts:TagSession when tags are
 * passed (R127) and for sts:SetSourceIdentity when the session will carry a source identity (R129), then issues the
 * session.
 */
export function issueRoleSession(
  model: AwsModel,
  caller: Caller,
  role: Role,
  plan: RoleSessionPlan,
): StsResult<Session> {
  const what = `assuming role ${role.name}`;
  const assumed = ask(model, caller, plan.action, role.arn, plan.context, what);
  if (!assumed.allowed) return assumed.failure;
  if (Object.keys(plan.newTags).length > 0) {
    const tagged = ask(model, caller, 'sts:TagSession', role.arn, plan.context, `${what} with session tags`);
    if (!tagged.allowed) return tagged.failure;
  }
  if (plan.sourceIdentity !== undefined) {
    const sourced = ask(
      model,
      caller,
      'sts:SetSourceIdentity',
      role.arn,
      plan.context,
      `${what} with a source identity`,
    );
    if (!sourced.allowed) return sourced.failure;
  }
  return succeed(buildSession(model, role, plan), assumed.auth.result);
}

function buildSession(model: AwsModel, role: Role, plan: RoleSessionPlan): Session {
  const now = model.clock.epochSeconds;
  const session: Session = {
    name: plan.sessionName,
    kind: 'role',
    arn: roleSessionArn(role, plan.sessionName),
    roleArn: role.arn,
    account: role.accountId,
    issuedAt: isoSeconds(now),
    expiresAt: isoSeconds(now + plan.durationSeconds),
    sessionTags: plan.sessionTags,
    transitiveTagKeys: plan.transitiveTagKeys,
    chained: plan.chained,
    ...(plan.sessionPolicy === undefined ? {} : { sessionPolicy: plan.sessionPolicy }),
    ...(plan.sourceIdentity === undefined ? {} : { sourceIdentity: plan.sourceIdentity }),
    ...(plan.provider === undefined ? {} : { provider: plan.provider }),
    ...(plan.federationContext === undefined ? {} : { federationContext: plan.federationContext }),
  };
  return session;
}
