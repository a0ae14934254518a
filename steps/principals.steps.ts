// IAM users, groups and roles: membership, trust, tags, MFA devices, session limits and deletion.
import { type DataTable, Given, When } from '@cucumber/cucumber';
import { fromDocString, fromFile } from './support/policy-source.js';
import { tagsFromTable } from './support/tag-table.js';
import type { IamspecWorld } from './support/world.js';

/** Adds an IAM user to an account. */
Given('a user {string} in account {string}', function (this: IamspecWorld, name: string, account: string) {
  this.model.addUser(name, account);
});

/** Adds an IAM group to an account. */
Given('a group {string} in account {string}', function (this: IamspecWorld, name: string, account: string) {
  this.model.addGroup(name, account);
});

/** Adds a user to a group: the user gets the group's policies (at most 10 groups per user). */
Given(
  'the user {string} is a member of the group {string}',
  function (this: IamspecWorld, user: string, group: string) {
    this.model.addUserToGroup(user, group);
  },
);

/** Adds a role whose trust policy (doc string) says who may assume it. */
Given(
  'a role {string} in account {string} with the trust policy:',
  function (this: IamspecWorld, name: string, account: string, doc: string) {
    this.model.addRole(name, account, fromDocString(doc).text);
  },
);

/** Replaces the trust policy of a role (doc string). */
Given('the role {string} has the trust policy:', function (this: IamspecWorld, role: string, doc: string) {
  this.model.updateTrustPolicy(role, fromDocString(doc).text);
});

/** Adds a role whose trust policy is read from a file next to the feature. */
Given(
  'a role {string} in account {string} with the trust policy from the file {string}',
  function (this: IamspecWorld, name: string, account: string, file: string) {
    this.model.addRole(name, account, fromFile(this.featureUri, file).text);
  },
);

/** Adds a role that an AWS service (`ec2.amazonaws.com`, `lambda.amazonaws.com` …) may assume. */
Given(
  'a role {string} in account {string} that the service {string} can assume',
  function (this: IamspecWorld, name: string, account: string, service: string) {
    this.model.addRole(name, account, trustDocument({ Service: service }));
  },
);

/**
 * Adds a role that principals of an account may assume when their own policies allow it: the trust policy names
 * the account (a scenario name or a 12-digit id) as `arn:aws:iam::ID:root`.
 */
Given(
  'a role {string} in account {string} that the account {string} can assume',
  function (this: IamspecWorld, name: string, account: string, trusted: string) {
    this.model.addRole(
      name,
      account,
      trustDocument({ AWS: `arn:aws:iam::${this.model.accounts.require(trusted).id}:root` }),
    );
  },
);

function trustDocument(principal: Record<string, string>): string {
  const statement = { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
}

/** Sets how long a session of the role may last at most (900 to 43200 seconds; the default is 3600). */
Given(
  'the role {string} has a maximum session duration of {duration}',
  function (this: IamspecWorld, role: string, seconds: number) {
    this.model.setMaxSessionDuration(role, seconds);
  },
);

/** Tags a user or a role (`| key | value |`); the tags become `aws:PrincipalTag/…` of its requests. */
Given(
  'the {identityKind} {string} has the tags:',
  function (this: IamspecWorld, kind: string, ref: string, table: DataTable) {
    this.model.setTags(userOrRole(kind, 'tags'), ref, tagsFromTable(table));
  },
);

/** Gives a user an MFA device, so it can present MFA to STS. */
Given('the user {string} has an MFA device', function (this: IamspecWorld, user: string) {
  this.model.addMfaDevice(user);
});

/** Deletes a user or a role: its inline policies go with it, managed policies stay and lose the attachment. */
When('the {identityKind} {string} is deleted', function (this: IamspecWorld, kind: string, ref: string) {
  if (userOrRole(kind, 'deletion') === 'user') this.model.deleteUser(ref);
  else this.model.deleteRole(ref);
});

/** `user` or `role`; a group has no tags, boundary or deletion step here. */
export function userOrRole(kind: string, what: string): 'user' | 'role' {
  if (kind === 'user' || kind === 'role') return kind;
  throw new Error(`a ${kind} cannot take ${what}; only a user or a role can`);
}
