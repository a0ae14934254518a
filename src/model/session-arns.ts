import { isoSeconds } from './clock.js';
import type { Role } from './iam-entities.js';
import type { Session } from './session.js';

/** `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`: the role's name without its path (reference_identifiers.md). */
export function roleSessionArn(role: Role, sessionName: string): string {
  return `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/${sessionName}`;
}

/** `arn:aws:sts::ACCT:federated-user/NAME` (reference_identifiers.md). */
export function federatedUserArn(accountId: string, name: string): string {
  return `arn:aws:sts::${accountId}:federated-user/${name}`;
}

export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** R121, R122: a one-hour session of a role named after the role, for scenarios that say "role X does …". */
export function freshRoleSession(role: Role, nowSeconds: number): Session {
  return {
    name: role.name,
    kind: 'role',
    arn: roleSessionArn(role, role.name),
    roleArn: role.arn,
    account: role.accountId,
    issuedAt: isoSeconds(nowSeconds),
    expiresAt: isoSeconds(nowSeconds + 3600),
    sessionTags: {},
    transitiveTagKeys: [],
    chained: false,
  };
}
