// STS AssumeRole: sessions of a role, for every kind of caller (users, roles, sessions, services).
import { type DataTable, When } from '@cucumber/cucumber';
import type { AssumeRoleOptions } from '../src/sts/sts.js';
import './support/caller-parameter.js';
import { describeCaller } from './support/callers.js';
import { recordOperation } from './support/operations.js';
import { fromDocString, fromFile } from './support/policy-source.js';
import { tagsFromTable } from './support/tag-table.js';
import type { IamspecWorld } from './support/world.js';
import type { Caller } from '../src/model/caller.js';

function assume(world: IamspecWorld, caller: Caller, role: string, options: AssumeRoleOptions): void {
  const principal = describeCaller(caller);
  const roleArn = world.model.role(role).arn;
  const asked = {
    words: `${principal} assumes the role ${role} as ${options.sessionName}`,
    principal,
    action: 'sts:AssumeRole',
    resource: roleArn,
  };
  const session = recordOperation(world, 'role assumption', asked, world.sts.assumeRole(caller, role, options));
  if (session !== undefined) world.sessions.add(session);
}

/**
 * A caller assumes a role; the session gets the given name. Any `{caller}`: `"alice"`, `the role "jump"` (role
 * chaining, at most 1 hour), `the session "s"`, `the service "ec2.amazonaws.com"`; the root user (R106), federated
 * users (R107) and anonymous callers (R121) are refused with the rule that says why.
 */
When(
  '{caller} assumes the role {string} as {string}',
  function (this: IamspecWorld, caller: Caller, role: string, name: string) {
    assume(this, caller, role, { sessionName: name });
  },
);

/** AssumeRole presenting the caller's MFA device (`aws:MultiFactorAuthPresent` is true in the trust policy). */
When(
  '{caller} assumes the role {string} as {string} with MFA',
  function (this: IamspecWorld, caller: Caller, role: string, name: string) {
    assume(this, caller, role, { sessionName: name, mfa: true });
  },
);

/** AssumeRole with an external id (`sts:ExternalId` in the trust policy). */
When(
  '{caller} assumes the role {string} as {string} with the external id {string}',
  function (this: IamspecWorld, caller: Caller, role: string, name: string, externalId: string) {
    assume(this, caller, role, { sessionName: name, externalId });
  },
);

/** AssumeRole asking for a session duration (900 seconds up to the role's maximum; 1 hour when chaining). */
When(
  '{caller} assumes the role {string} as {string} for {duration}',
  function (this: IamspecWorld, caller: Caller, role: string, name: string, seconds: number) {
    assume(this, caller, role, { sessionName: name, durationSeconds: seconds });
  },
);

/** AssumeRole with a session policy (doc string): the session gets at most what both the role and it allow. */
When(
  '{caller} assumes the role {string} as {string} with the session policy:',
  function (this: IamspecWorld, caller: Caller, role: string, name: string, doc: string) {
    assume(this, caller, role, { sessionName: name, sessionPolicy: fromDocString(doc).text });
  },
);

/** AssumeRole with a session policy read from a file next to the feature. */
When(
  '{caller} assumes the role {string} as {string} with the session policy from the file {string}',
  function (this: IamspecWorld, caller: Caller, role: string, name: string, file: string) {
    const sessionPolicy = fromFile(this.featureUri, file).text;
    assume(this, caller, role, { sessionName: name, sessionPolicy });
  },
);

/** AssumeRole passing session tags (`| key | value |`); the caller needs `sts:TagSession` as well. */
When(
  '{caller} assumes the role {string} as {string} with the session tags:',
  function (this: IamspecWorld, caller: Caller, role: string, name: string, table: DataTable) {
    assume(this, caller, role, { sessionName: name, tags: tagsFromTable(table, 'the session tag table') });
  },
);

/** AssumeRole with a source identity (`sts:SourceIdentity`), which then sticks to the session and its chains. */
When(
  '{caller} assumes the role {string} as {string} with the source identity {string}',
  function (this: IamspecWorld, caller: Caller, role: string, name: string, sourceIdentity: string) {
    assume(this, caller, role, { sessionName: name, sourceIdentity });
  },
);
