import type { ContextValue } from '../context/request-context.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { type Session, SessionStore } from '../model/session.js';
import { type AssumeRoleOptions, assumeRole } from './assume-role.js';
import type { DecodedMessage } from './authorization-message.js';
import { type CallerIdentity, getCallerIdentity } from './caller-identity.js';
import { decodeMessage } from './decode-message.js';
import { type FederationTokenOptions, getFederationToken } from './federation-token.js';
import { type PassedRole, passRole } from './pass-role.js';
import { assumeRoleWithSaml, type SamlOptions } from './saml.js';
import { getSessionToken, type SessionTokenOptions } from './session-token.js';
import type { StsResult } from './sts-result.js';
import { assumeRoleWithWebIdentity, type WebIdentityOptions } from './web-identity.js';

export type {
  AssumeRoleOptions,
  CallerIdentity,
  DecodedMessage,
  FederationTokenOptions,
  PassedRole,
  SamlOptions,
  SessionTokenOptions,
  StsResult,
  WebIdentityOptions,
};

/**
 * AWS STS (and iam:PassRole) as operations on the model (docs/design/model-api.md). Every permission check goes to
 * the engine through `AwsModel.authorize`; what STS refuses before any policy is read (durations, names, MFA devices,
 * credential types) is checked here with the rule that says so. Callers given as text are resolved against
 * `sessions`, the scenario's session store. Operations return sessions; storing them is the caller's choice.
 */
export class Sts {
  constructor(
    readonly model: AwsModel,
    readonly sessions: SessionStore = new SessionStore(),
  ) {}

  /** R121–R129. */
  assumeRole(caller: Caller | string, roleRef: string, options: AssumeRoleOptions): StsResult<Session> {
    return assumeRole(this.model, this.caller(caller), roleRef, options);
  }

  /** R130–R132. */
  getSessionToken(caller: Caller | string, options: SessionTokenOptions): StsResult<Session> {
    return getSessionToken(this.model, this.caller(caller), options);
  }

  /** R133. */
  getFederationToken(caller: Caller | string, options: FederationTokenOptions): StsResult<Session> {
    return getFederationToken(this.model, this.caller(caller), options);
  }

  /** R135. */
  assumeRoleWithWebIdentity(roleRef: string, options: WebIdentityOptions): StsResult<Session> {
    return assumeRoleWithWebIdentity(this.model, roleRef, options);
  }

  /** R135. */
  assumeRoleWithSAML(roleRef: string, options: SamlOptions): StsResult<Session> {
    return assumeRoleWithSaml(this.model, roleRef, options);
  }

  /** R98, R139. */
  getCallerIdentity(caller: Caller | string): StsResult<CallerIdentity> {
    return getCallerIdentity(this.model, this.caller(caller));
  }

  /** R137. */
  passRole(
    caller: Caller | string,
    roleRef: string,
    service: string,
    context: Readonly<Record<string, ContextValue>> = {},
  ): StsResult<PassedRole> {
    return passRole(this.model, this.caller(caller), roleRef, service, context);
  }

  /** R138. */
  decodeAuthorizationMessage(caller: Caller | string, encoded: string): StsResult<DecodedMessage> {
    return decodeMessage(this.model, this.caller(caller), encoded);
  }

  private caller(caller: Caller | string): Caller {
    return typeof caller === 'string' ? this.model.resolveCaller(caller, this.sessions) : caller;
  }
}
