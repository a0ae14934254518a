// STS GetSessionToken and GetFederationToken: temporary credentials for IAM users.
import { When } from '@cucumber/cucumber';
import { callerNamed, describeCaller } from './support/callers.js';
import { recordOperation } from './support/operations.js';
import { fromDocString, fromFile } from './support/policy-source.js';
import type { IamspecWorld } from './support/world.js';

interface TokenOptions {
  readonly name: string;
  readonly durationSeconds?: number;
  readonly mfa?: boolean;
}

function sessionToken(world: IamspecWorld, who: string, options: TokenOptions): void {
  const caller = callerNamed(world, who);
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

/** GetSessionToken: temporary credentials for a user, named for later steps (default 12 hours). */
When('{string} gets a session token as {string}', function (this: IamspecWorld, who: string, name: string) {
  sessionToken(this, who, { name });
});

/** GetSessionToken with the user's MFA device: the session carries `aws:MultiFactorAuthPresent` true. */
When('{string} gets a session token as {string} with MFA', function (this: IamspecWorld, who: string, name: string) {
  sessionToken(this, who, { name, mfa: true });
});

/** GetSessionToken for a duration: 900 seconds to 36 hours (1 hour for the root user). */
When(
  '{string} gets a session token as {string} for {duration}',
  function (this: IamspecWorld, who: string, name: string, seconds: number) {
    sessionToken(this, who, { name, durationSeconds: seconds });
  },
);

/** GetSessionToken with MFA for a duration. */
When(
  '{string} gets a session token as {string} with MFA for {duration}',
  function (this: IamspecWorld, who: string, name: string, seconds: number) {
    sessionToken(this, who, { name, durationSeconds: seconds, mfa: true });
  },
);

/** GetSessionToken for the root user of an account. */
When(
  'the root user of {string} gets a session token as {string}',
  function (this: IamspecWorld, account: string, name: string) {
    sessionToken(this, `root of ${account}`, { name });
  },
);

function federationToken(
  world: IamspecWorld,
  who: string,
  options: { name: string; durationSeconds?: number; sessionPolicy?: string },
): void {
  const caller = callerNamed(world, who);
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

/** GetFederationToken without a session policy: the federated user gets no permissions from identity policies. */
When('{string} gets a federation token as {string}', function (this: IamspecWorld, who: string, name: string) {
  federationToken(this, who, { name });
});

/** GetFederationToken with a session policy (doc string): the session gets what both the user and it allow. */
When(
  '{string} gets a federation token as {string} with the session policy:',
  function (this: IamspecWorld, who: string, name: string, doc: string) {
    federationToken(this, who, { name, sessionPolicy: fromDocString(doc).text });
  },
);

/** GetFederationToken with a session policy read from a file next to the feature. */
When(
  '{string} gets a federation token as {string} with the session policy from the file {string}',
  function (this: IamspecWorld, who: string, name: string, file: string) {
    federationToken(this, who, { name, sessionPolicy: fromFile(this.featureUri, file).text });
  },
);

/** GetFederationToken for a duration (900 seconds to 36 hours). */
When(
  '{string} gets a federation token as {string} for {duration}',
  function (this: IamspecWorld, who: string, name: string, seconds: number) {
    federationToken(this, who, { name, durationSeconds: seconds });
  },
);
