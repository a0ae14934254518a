import type { NamedPolicy } from '../engine/bundle.js';
import { EntityIndex } from './entity-index.js';
import type { Group, ManagedPolicy, PolicyHolder, Role, User } from './iam-entities.js';
import { policiesOf } from './iam-entities.js';
import { ModelError } from './model-error.js';
import { uniqueId } from './unique-id.js';

/** R111: an IAM user can be a member of at most 10 groups. */
export const MAX_GROUPS_PER_USER = 10;
/** R113: a role's maximum session duration is 1 hour unless set, and can be set from 1 to 12 hours. */
export const DEFAULT_MAX_SESSION = 3600;
const MAX_SESSION_LIMIT = 43200;

/** R113: the seconds, or a model error naming the range. */
export function checkMaxSessionDuration(seconds: number): number {
  if (Number.isInteger(seconds) && seconds >= DEFAULT_MAX_SESSION && seconds <= MAX_SESSION_LIMIT) return seconds;
  throw new ModelError(
    `maximum session duration ${seconds} is out of range: a role allows ${DEFAULT_MAX_SESSION}–${MAX_SESSION_LIMIT} seconds (1 to 12 hours, R113)`,
  );
}

const NAME = /^[\w+=,.@-]+$/;

/** R110: IAM names are alphanumeric plus `+=,.@_-`, within the documented length. */
function checkName(what: string, name: string, max: number): void {
  if (!NAME.test(name) || name.length > max) {
    throw new ModelError(
      `${what} name "${name}" is invalid: use 1–${max} letters, digits and + = , . @ _ - (reference_iam-quotas.md)`,
    );
  }
}

/** `/` or `/a/b/`: the path part of an IAM ARN. */
function checkPath(path: string): string {
  if (!/^\/(?:[\x21-\x7e]+\/)?$/.test(path) || path.includes('//')) {
    throw new ModelError(`IAM path "${path}" must start and end with "/", e.g. "/" or "/division/"`);
  }
  return path;
}

/** The IAM users, groups, roles and customer managed policies of every account. */
export class IamDirectory {
  readonly users = new EntityIndex<User>('user');
  readonly groups = new EntityIndex<Group>('group');
  readonly roles = new EntityIndex<Role>('role');
  readonly managed = new EntityIndex<ManagedPolicy>('managed policy');

  addUser(name: string, accountId: string, path = '/'): User {
    checkName('user', name, 64);
    const arn = `arn:aws:iam::${accountId}:user${checkPath(path)}${name}`;
    const user: User = {
      kind: 'user',
      name,
      arn,
      accountId,
      uniqueId: uniqueId('AIDA', arn),
      inline: new Map(),
      managed: new Set(),
      groups: new Set(),
      boundary: undefined,
      tags: {},
      mfaDevices: 0,
    };
    this.users.add(user);
    return user;
  }

  addGroup(name: string, accountId: string, path = '/'): Group {
    checkName('group', name, 128);
    const arn = `arn:aws:iam::${accountId}:group${checkPath(path)}${name}`;
    const group: Group = {
      kind: 'group',
      name,
      arn,
      accountId,
      inline: new Map(),
      managed: new Set(),
      members: new Set(),
    };
    this.groups.add(group);
    return group;
  }

  addRole(name: string, accountId: string, trust: NamedPolicy, path = '/'): Role {
    checkName('role', name, 64);
    const arn = `arn:aws:iam::${accountId}:role${checkPath(path)}${name}`;
    const role: Role = {
      kind: 'role',
      name,
      arn,
      accountId,
      uniqueId: uniqueId('AROA', arn),
      inline: new Map(),
      managed: new Set(),
      trust,
      boundary: undefined,
      tags: {},
      maxSessionDuration: DEFAULT_MAX_SESSION,
    };
    this.roles.add(role);
    return role;
  }

  addUserToGroup(user: User, group: Group): void {
    if (user.accountId !== group.accountId) {
      throw new ModelError(`user "${user.name}" and group "${group.name}" are in different accounts`);
    }
    if (user.groups.has(group)) return;
    if (user.groups.size >= MAX_GROUPS_PER_USER) {
      const groups = [...user.groups].map((g) => g.name).join(', ');
      throw new ModelError(
        `user "${user.name}" is already in ${MAX_GROUPS_PER_USER} groups, the IAM limit (R111): ${groups}`,
      );
    }
    user.groups.add(group);
    group.members.add(user);
  }

  createManaged(name: string, accountId: string, policy: NamedPolicy): ManagedPolicy {
    checkName('managed policy', name, 128);
    const managed: ManagedPolicy = { name, arn: `arn:aws:iam::${accountId}:policy/${name}`, accountId, policy };
    this.managed.add(managed);
    return managed;
  }

  attachManaged(policy: ManagedPolicy, holder: PolicyHolder): void {
    if (policy.accountId !== holder.accountId) {
      throw new ModelError(
        `managed policy "${policy.name}" belongs to account ${policy.accountId}, not to ${holder.arn}'s account`,
      );
    }
    holder.managed.add(policy);
  }

  /** R114: inline policies go with the user; managed policies stay and lose the attachment. */
  deleteUser(user: User): void {
    for (const group of user.groups) group.members.delete(user);
    user.groups.clear();
    user.managed.clear();
    user.inline.clear();
    this.users.remove(user);
  }

  /** R114: as for users. */
  deleteRole(role: Role): void {
    role.managed.clear();
    role.inline.clear();
    this.roles.remove(role);
  }

  /** R72: a user's own policies, then each group's. */
  userPolicies(user: User): NamedPolicy[] {
    return [...policiesOf(user), ...[...user.groups].flatMap((g) => policiesOf(g))];
  }
}
