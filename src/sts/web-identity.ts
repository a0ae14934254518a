import type { ContextValue } from '../context/request-context.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Session } from '../model/session.js';
import { assumeFederatedRole, type FederatedAssumeOptions } from './federated-role-session.js';
import type { StsResult } from './sts-result.js';

/** The parameters of AssumeRoleWithWebIdentity, with the token's claims spelled out. */
export interface WebIdentityOptions extends FederatedAssumeOptions {
  /** `accounts.google.com`, `cognito-identity.amazonaws.com`, `graph.facebook.com`, `www.amazon.com`, or an OIDC
   * provider ARN `arn:aws:iam::ACCT:oidc-provider/HOST`. */
  readonly provider: string;
  /** The token's audience: `aud` (or `app_id` for Facebook and Login with Amazon). */
  readonly audience: string;
  /** The token's subject: `sub` (`id` for Facebook, `user_id` for Login with Amazon). */
  readonly subject: string;
  /** Amazon Cognito's authentication methods (`authenticated`, `unauthenticated`, a login provider). */
  readonly amr?: readonly string[];
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
  const keys = webIdentityKeys(options);
  const flow = { action: 'sts:AssumeRoleWithWebIdentity', provider: options.provider, keys, kept: keys } as const;
  return assumeFederatedRole(model, roleRef, flow, options);
}
