import type { Caller } from '../../src/model/caller.js';
import { describeCaller } from '../../src/model/describe-caller.js';
import type { IamspecWorld } from './world.js';

/**
 * The caller a step names, as the model resolves it: a user, a session or a role (a fresh session of it) by name
 * or ARN; `user NAME`, `role NAME` or `session NAME` to pick one kind; `root of ACCOUNT` (or `the root user of
 * ACCOUNT`); `anonymous` (or `an anonymous caller`); `service NAME` or a name ending in `.amazonaws.com`.
 */
export function callerNamed(world: IamspecWorld, ref: string): Caller {
  const text = ref
    .trim()
    .replace(/^an anonymous caller$/, 'anonymous')
    .replace(/^the (root user of|role|user|session|service) /, '$1 ');
  return world.model.resolveCaller(text, world.sessions);
}

/** The root user of an account (by scenario name or id). */
export function rootOf(world: IamspecWorld, account: string): Caller {
  return world.model.resolveCaller(`root of ${account}`, world.sessions);
}

/** A session of a role, named after the role: what a role "calls" with (EC2 instance profile, Lambda …). */
export function sessionOfRole(world: IamspecWorld, role: string): Caller {
  return world.model.resolveCaller(`role ${role}`, world.sessions);
}

export function anonymousCaller(): Caller {
  return { kind: 'anonymous' };
}

export function serviceCaller(service: string): Caller {
  return { kind: 'service', service };
}

export { describeCaller };
