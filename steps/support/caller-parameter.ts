import { defineParameterType } from '@cucumber/cucumber';
import type { Caller } from '../../src/model/caller.js';
import { callerNamed } from './callers.js';
import type { IamspecWorld } from './world.js';

/** The ways a step can name who calls, one alternative each; their capture groups arrive in this order. */
const PHRASES: readonly RegExp[] = [
  /"([^"]*)"/,
  /'([^']*)'/,
  /the (user|role|session|federated user|service) "([^"]*)"/,
  /the root user of "([^"]*)"/,
  /(an anonymous caller)/,
];

/**
 * Who calls: `"NAME"` (a user, a session from an STS step, or a role, by name or ARN; also `"root of ACCOUNT"`,
 * `"anonymous"` or a service principal), `the user "NAME"`, `the role "NAME"` (a fresh session of the role, named
 * after it), `the session "NAME"`, `the federated user "NAME"` (a GetFederationToken session), `the root user of
 * "ACCOUNT"`, `the service "SERVICE"` or `an anonymous caller`. One parameter type for every step that names a
 * caller, so that each of those steps takes every kind of caller.
 */
defineParameterType({
  name: 'caller',
  regexp: [...PHRASES],
  // Quoted text is `{string}` too: snippets keep suggesting `{string}` for it.
  useForSnippets: false,
  transformer(
    this: IamspecWorld,
    doubleQuoted?: string,
    singleQuoted?: string,
    kind?: string,
    name?: string,
    account?: string,
    anonymous?: string,
  ): Caller {
    if (anonymous !== undefined) return { kind: 'anonymous' };
    if (account !== undefined) return this.model.resolveCaller(`root of ${account}`, this.sessions);
    if (kind !== undefined && name !== undefined) return byKind(this, kind, name);
    // Quoted, a caller reads as in every other step that takes one as `{string}` (callerNamed).
    return callerNamed(this, doubleQuoted ?? singleQuoted ?? '');
  },
});

function byKind(world: IamspecWorld, kind: string, name: string): Caller {
  if (kind !== 'federated user') return world.model.resolveCaller(`${kind} ${name}`, world.sessions);
  const session = world.sessions.require(name);
  if (session.kind === 'federated') return { kind: 'session', session };
  const what = session.kind === 'role' ? 'a role session' : 'a GetSessionToken session';
  throw new Error(
    `session "${name}" is ${what}, not a federated user; say the session "${name}", or make one with When "alice" gets a federation token as "${name}"`,
  );
}
