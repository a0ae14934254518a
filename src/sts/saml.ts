import type { ContextValue } from '../context/request-context.js';
import type { AwsModel } from '../model/aws-model.js';
import { ModelError } from '../model/model-error.js';
import type { Session } from '../model/session.js';
import { assumeFederatedRole, type FederatedAssumeOptions } from './federated-role-session.js';
import type { StsResult } from './sts-result.js';

/** The parameters of AssumeRoleWithSAML, with the assertion's attributes as `saml:` condition keys. */
export interface SamlOptions extends FederatedAssumeOptions {
  /** `arn:aws:iam::ACCT:saml-provider/NAME`. */
  readonly providerArn: string;
  /** `aud`, `sub`, `sub_type`, `edupersonaffiliation` … with or without the `saml:` prefix. */
  readonly attributes: Readonly<Record<string, string | readonly string[]>>;
}

const PROVIDER = /^arn:aws:iam::(\d{12}):saml-provider\/([\w.-]+)$/;
/** R135: the SAML keys that later requests of the session can still use. */
const KEPT = new Set(['saml:namequalifier', 'saml:sub', 'saml:sub_type']);

/** R135: `saml:` keys from the attributes, plus `saml:doc` (`ACCOUNT/PROVIDER`) unless given. */
export function samlKeys(providerArn: string, attributes: SamlOptions['attributes']): Record<string, ContextValue> {
  const match = PROVIDER.exec(providerArn);
  if (match === null) {
    throw new ModelError(
      `"${providerArn}" is not a SAML provider ARN such as arn:aws:iam::111122223333:saml-provider/Corp`,
    );
  }
  const out: Record<string, ContextValue> = { 'saml:doc': `${match[1]}/${match[2]}` };
  for (const [key, value] of Object.entries(attributes)) {
    out[key.toLowerCase().startsWith('saml:') ? key : `saml:${key}`] = typeof value === 'string' ? value : [...value];
  }
  return out;
}

/**
 * R135: an unsigned call vouched for by the SAML provider; the trust policy must allow the provider ARN as a
 * Federated principal for sts:AssumeRoleWithSAML, usually with a `SAML:aud` condition.
 */
export function assumeRoleWithSaml(model: AwsModel, roleRef: string, options: SamlOptions): StsResult<Session> {
  model.role(roleRef); // an unknown role is reported before a malformed provider ARN
  const keys = samlKeys(options.providerArn, options.attributes);
  const kept = Object.fromEntries(Object.entries(keys).filter(([k]) => KEPT.has(k.toLowerCase())));
  return assumeFederatedRole(
    model,
    roleRef,
    { action: 'sts:AssumeRoleWithSAML', provider: options.providerArn, keys, kept },
    options,
  );
}
