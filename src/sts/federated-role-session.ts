import type { ContextValue } from '../context/request-context.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Tags } from '../model/iam-entities.js';
import type { Session } from '../model/session.js';
import { assumeRequestKeys, issueRoleSession, readSessionPolicy, roleDuration } from './role-session.js';
import { checkSessionName, checkSessionTags, checkSourceIdentity } from './sts-params.js';
import { fail, type StsResult } from './sts-result.js';

/** The parameters AssumeRoleWithWebIdentity and AssumeRoleWithSAML share. */
export interface FederatedAssumeOptions {
  readonly sessionName: string;
  readonly durationSeconds?: number;
  readonly sessionPolicy?: unknown;
  readonly tags?: Tags;
  readonly transitiveTagKeys?: readonly string[];
  readonly sourceIdentity?: string;
  readonly context?: Readonly<Record<string, ContextValue>>;
}

/** What differs between the two flows: the action, the provider, and the provider's condition keys. */
export interface FederatedFlow {
  readonly action: 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML';
  readonly provider: string;
  /** Keys the trust policy sees for this assumption. */
  readonly keys: Readonly<Record<string, ContextValue>>;
  /** Keys the session keeps for its later requests. */
  readonly kept: Readonly<Record<string, ContextValue>>;
}

/**
 * R135: an unsigned call vouched for by an identity provider: the caller is anonymous but for its provider, which the
 * trust policy must allow as a Federated principal; the usual session parameters are checked as for AssumeRole.
 */
export function assumeFederatedRole(
  model: AwsModel,
  roleRef: string,
  flow: FederatedFlow,
  options: FederatedAssumeOptions,
): StsResult<Session> {
  const role = model.role(roleRef);
  const tags = options.tags ?? {};
  const problem =
    checkSessionName(options.sessionName) ??
    checkSessionTags(tags, options.transitiveTagKeys) ??
    checkSourceIdentity(options.sourceIdentity);
  if (problem !== undefined) return fail(problem);
  const duration = roleDuration(role, options.durationSeconds, false);
  if (typeof duration === 'string') return fail(duration);
  const sessionPolicy = readSessionPolicy(model, options.sessionName, options.sessionPolicy);
  return issueRoleSession(model, { kind: 'anonymous', provider: flow.provider }, role, {
    action: flow.action,
    sessionName: options.sessionName,
    durationSeconds: duration,
    context: { ...flow.keys, ...assumeRequestKeys({ ...options, tags }), ...options.context },
    newTags: tags,
    sessionTags: tags,
    transitiveTagKeys: options.transitiveTagKeys ?? [],
    ...(options.sourceIdentity === undefined ? {} : { sourceIdentity: options.sourceIdentity }),
    ...(sessionPolicy === undefined ? {} : { sessionPolicy }),
    chained: false,
    provider: flow.provider,
    federationContext: flow.kept,
  });
}
