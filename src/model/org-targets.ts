import type { Account, Accounts } from './accounts.js';
import { ModelError } from './model-error.js';
import { type OrgTarget, type Organization, ROOT } from './organization.js';

/** The organization, or a model error saying how to create one. */
export function requireOrg(org: Organization | undefined): Organization {
  if (org === undefined) throw new ModelError('there is no organization yet: set a management account first');
  return org;
}

/** An account of the organization by name or id. */
export function memberAccount(accounts: Accounts, org: Organization | undefined, ref: string): Account {
  const account = accounts.require(ref);
  if (!requireOrg(org).isMember(account.id)) {
    throw new ModelError(`account "${account.name}" is outside the organization`);
  }
  return account;
}

/** `Root`, an OU path (`Root/Workloads`), or a member account's name or id. */
export function orgTarget(accounts: Accounts, org: Organization | undefined, target: string): OrgTarget {
  if (target === ROOT || target.startsWith(`${ROOT}/`)) return { kind: 'ou', path: target };
  return { kind: 'account', id: memberAccount(accounts, org, target).id };
}
