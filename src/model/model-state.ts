import type { Accounts } from './accounts.js';
import type { Clock } from './clock.js';
import type { IamDirectory } from './iam-directory.js';
import type { Organization } from './organization.js';
import type { RequestDefaults } from './request-defaults.js';
import type { Resources } from './resources.js';

/** What the model knows, read by the functions that turn a caller and a request into an engine bundle. */
export interface ModelState {
  readonly clock: Clock;
  /** The region and context keys of requests that do not give their own (R155–R158). */
  readonly requestDefaults: RequestDefaults;
  readonly accounts: Accounts;
  readonly iam: IamDirectory;
  readonly resources: Resources;
  readonly organization: Organization | undefined;
}

/** The organization id and path of a member account (R116), or nothing. */
export function orgMembership(
  state: ModelState,
  accountId: string | undefined,
): { id: string; path: string } | undefined {
  const org = state.organization;
  if (org === undefined || accountId === undefined || !org.isMember(accountId)) return undefined;
  return { id: org.id, path: org.orgPath(accountId) };
}
