import type { ContextValue } from '../context/request-context.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Tags } from '../model/iam-entities.js';
import type { Session } from '../model/session.js';
import { assumeRequestKeys, issueRoleSession, readSessionPolicy, roleDuration } from './role-session.js';
import { checkSessionName, checkSessionTags, checkSourceIdentity } from './sts-params.js';
import { fail, type StsResult } from './sts-result.js';

/** The parameters of AssumeRoleWithWebIdentity, with the token's claims spelled out. */
export interface WebIdentityOptions {
  /** `accounts.google.com`, `cognito-identity.amazonaws.com`, `graph.facebook.com`, `www.amazon.com`, or an OIDC
   * provider ARN `arn:aws:iam::ACCT:oidc-provider/HOST`. */
  readonly provider: string;
  /** The token's audience: `aud` (or `app_id` for Facebook and Login with Amazon). */
  readonly audience: string;
  /** The token's subject: `sub` (`id` for Facebook, `user_id` for Login with Amazon). */
  readonly subject: string;
  readonly sessionName: string;
  /** Amazon Cognito's authentication methods (`authenticated`, `unauthenticated`, a login provider). */
  readonly amr?: readonly string[];
  readonly durationSeconds?: number;
  readonly sessionPolicy?: unknown;
  readonly tags?: Tags;
  readonly transitiveTagKeys?: readonly string[];
  readonly sourceIdentity?: string;
  readonly context?: Readonly<Record<string, ContextValue>>;
}

/**
 * R135: the provider's condition keys for a token (id_roles_create_for-idp_oidc.md,
 * reference_policies_iam-condition-keys.md): `PREFIX:aud`/`:sub` for OIDC providers named by URL or ARN (the ARN's
 * part after `oidc-provider/` is the prefix), `app_id`/`id` for Facebook, `app_id`/`user_id` for Login with Amazon,
 * and `oaud` too for Google.
 */
export function webIdentityKeys(options: WebIdentityOptions): Record<string, ContextValue> {
  const arn = /^arn:aws:iam::\d{12}:oidc-provider\/(.+)$/.exec(options.provider);
  const prefix = arn?.[1] ?? options.provider;
  const out: Record<string, ContextValue> = {};
  if (prefix === 'graph.facebook.com') {
    out[`${prefix}:app_id`] = options.audience;
    out[`${prefix}:id`] = options.subject;
  } else if (prefix === 'www.amazon.com') {
    out[`${prefix}:app_id`] = options.audience;
    out[`${prefix}:user_id`] = options.subject;
  } else {
    out[`${prefix}:aud`] = options.audience;
    out[`${prefix}:sub`] = options.subject;
    if (prefix === 'accounts.google.com') out[`${prefix}:oaud`] = options.audience;
  }
  if (options.amr !== undefined) out[`${prefix}:amr`] = [...options.amr];
  return out;
}

/**
 * R135: an unsigned call vouched for by the identity provider; the trust policy must allow its Federated principal
 * for sts:AssumeRoleWithWebIdentity. The session keeps the provider's keys and aws:FederatedProvider.
 */
export function assumeRoleWithWebIdentity(
  model: AwsModel,
  roleRef: string,
  options: WebIdentityOptions,
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
  const providerKeys = webIdentityKeys(options);
  const sessionPolicy = readSessionPolicy(options.sessionName, options.sessionPolicy);
  return issueRoleSession(model, { kind: 'anonymous', provider: options.provider }, role, {
    action: 'sts:AssumeRoleWithWebIdentity',
    sessionName: options.sessionName,
    durationSeconds: duration,
    context: { ...providerKeys, ...assumeRequestKeys({ ...options, tags }), ...options.context },
    newTags: tags,
    sessionTags: tags,
    transitiveTagKeys: options.transitiveTagKeys ?? [],
    ...(options.sourceIdentity === undefined ? {} : { sourceIdentity: options.sourceIdentity }),
    ...(sessionPolicy === undefined ? {} : { sessionPolicy }),
    chained: false,
    provider: options.provider,
    federationContext: providerKeys,
  });
}
