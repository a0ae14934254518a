// STS GetSessionToken and GetFederationToken: temporary credentials for IAM users and root users.
import { When } from '@cucumber/cucumber';
import type { Caller } from '../src/model/caller.js';
import './support/caller-parameter.js';
import { describeCaller } from './support/callers.js';
import { recordOperation } from './support/operations.js';
import { fromDocString, fromFile } from './support/policy-source.js';
import type { IamspecWorld } from './support/world.js';

interface TokenOptions {
  readonly name: string;
  readonly durationSeconds?: number;
  readonly mfa?: boolean;
}

function sessionToken(world: IamspecWorld, caller: Caller, options: TokenOptions): void {
  const principal = describeCaller(caller);
  const asked = {
    words: `${principal} gets a session token as ${options.name}`,
    principal,
    action: 'sts:GetSessionToken',
    resource: '*',
  };
  const session = recordOperation(world, 'session token request', asked, world.sts.getSessionToken(caller, options));
  if (session !== undefined) world.sessions.add(session);
}

/**
 * GetSessionToken: temporary credentials for an IAM user (12 hours by default) or `the root user of "ACCOUNT"` (1 hour),
 * named for later steps. Other callers are refused with the rule that says why: role sessions (R134), GetSessionToken
 * sessions (R131), federated users (R107), anonymous callers and services (R130).
 */
When('{caller} gets a session token as {string}', function (this: IamspecWorld, caller: Caller, name: string) {
  sessionToken(this, caller, { name });
});

/** GetSessionToken with the user's MFA device: the session carries `aws:MultiFactorAuthPresent` true. */
When('{caller} gets a session token as {string} with MFA', function (this: IamspecWorld, caller: Caller, name: string) {
  sessionToken(this, caller, { name, mfa: true });
});

/** GetSessionToken for a duration: 900 seconds to 36 hours, 900 to 3600 seconds for the root user (R130). */
When(
  '{caller} gets a session token as {string} for {duration}',
  function (this: IamspecWorld, caller: Caller, name: string, seconds: number) {
    sessionToken(this, caller, { name, durationSeconds: seconds });
  },
);

/** GetSessionToken with MFA for a duration. */
When(
  '{caller} gets a session token as {string} with MFA for {duration}',
  function (this: IamspecWorld, caller: Caller, name: string, seconds: number) {
    sessionToken(this, caller, { name, durationSeconds: seconds, mfa: true });
  },
);

function federationToken(
  world: IamspecWorld,
  caller: Caller,
  options: { name: string; durationSeconds?: number; sessionPolicy?: string },
): void {
  const principal = describeCaller(caller);
  const asked = {
    words: `${principal} gets a federation token as ${options.name}`,
    principal,
    action: 'sts:GetFederationToken',
    resource: `federated-user/${options.name}`,
  };
  const result = world.sts.getFederationToken(caller, options);
  const session = recordOperation(world, 'federation token request', asked, result);
  if (session !== undefined) world.sessions.add(session);
}

/**
 * GetFederationToken without a session policy: the federated user gets no permissions from identity policies. An IAM
 * user (needing sts:GetFederationToken) or the root user may call it; other callers are refused as for GetSessionToken.
 */
When('{caller} gets a federation token as {string}', function (this: IamspecWorld, caller: Caller, name: string) {
  federationToken(this, caller, { name });
});

/** GetFederationToken with a session policy (doc string): the session gets what both the user and it allow. */
When(
  '{caller} gets a federation token as {string} with the session policy:',
  function (this: IamspecWorld, caller: Caller, name: string, doc: string) {
    federationToken(this, caller, { name, sessionPolicy: fromDocString(doc).text });
  },
);

/** GetFederationToken with a session policy read from a file next to the feature. */
When(
  '{caller} gets a federation token as {string} with the session policy from the file {string}',
  function (this: IamspecWorld, caller: Caller, name: string, file: string) {
    federationToken(this, caller, { name, sessionPolicy: fromFile(this.featureUri, file).text });
  },
);

/** GetFederationToken for a duration (900 seconds to 36 hours; at most 1 hour for the root user). */
When(
  '{caller} gets a federation token as {string} for {duration}',
  function (this: IamspecWorld, caller: Caller, name: string, seconds: number) {
    federationToken(this, caller, { name, durationSeconds: seconds });
  },
);
