import type { Caller } from './caller.js';
import { ModelError } from './model-error.js';
import type { ModelState } from './model-state.js';
import { freshRoleSession } from './session-arns.js';
import type { SessionStore } from './session.js';

const ROOT_OF = /^root (?:user )?of (.+)$/i;
const PREFIXED = /^(user|role|session|service) (.+)$/;
const ROOT_ARN = /^arn:aws:iam::(\d{12}):root$/;

/**
 * A caller from what a scenario says: a session name, a user name, a role name (a fresh session of that role, named
 * after it), "root of ACCOUNT", "anonymous", a service principal (`…amazonaws.com`), "user X" / "role X" /
 * "session X" / "service X" to pick one kind, or an ARN. Groups are not principals (R112).
 */
export function resolveCaller(state: ModelState, ref: string, sessions: SessionStore): Caller {
  const text = ref.trim();
  if (text === 'anonymous') return { kind: 'anonymous' };
  const root = ROOT_OF.exec(text);
  if (root?.[1] !== undefined) return { kind: 'root', account: state.accounts.require(root[1]) };
  const prefixed = PREFIXED.exec(text);
  if (prefixed?.[1] !== undefined && prefixed[2] !== undefined)
    return byKind(state, prefixed[1], prefixed[2], sessions);
  if (text.startsWith('arn:')) return byArn(state, text, sessions);
  if (text.endsWith('.amazonaws.com')) return { kind: 'service', service: text };
  return byName(state, text, sessions);
}

function byKind(state: ModelState, kind: string, name: string, sessions: SessionStore): Caller {
  switch (kind) {
    case 'user':
      return { kind: 'user', user: state.iam.users.require(name) };
    case 'role':
      return { kind: 'session', session: freshRoleSession(state.iam.roles.require(name), state.clock.epochSeconds) };
    case 'session':
      return { kind: 'session', session: sessions.require(name) };
    default:
      return { kind: 'service', service: name };
  }
}

function byArn(state: ModelState, arn: string, sessions: SessionStore): Caller {
  const root = ROOT_ARN.exec(arn);
  if (root?.[1] !== undefined) return { kind: 'root', account: state.accounts.require(root[1]) };
  const user = state.iam.users.byArnOnly(arn);
  if (user !== undefined) return { kind: 'user', user };
  const role = state.iam.roles.byArnOnly(arn);
  if (role !== undefined) return { kind: 'session', session: freshRoleSession(role, state.clock.epochSeconds) };
  const session = sessions.byArn(arn);
  if (session !== undefined) return { kind: 'session', session };
  if (state.iam.groups.byArnOnly(arn) !== undefined) throw notAPrincipal(arn);
  const known = [...state.iam.users.all(), ...state.iam.roles.all()].map((e) => e.arn);
  const sessionArns = [...sessions.values()].map((s) => s.arn);
  throw new ModelError(
    `no principal with ARN "${arn}"; known: ${[...known, ...sessionArns].sort().join(', ') || 'none'}`,
  );
}

function byName(state: ModelState, name: string, sessions: SessionStore): Caller {
  const matches: Caller[] = [];
  const kinds: string[] = [];
  const session = sessions.get(name);
  if (session !== undefined) {
    matches.push({ kind: 'session', session });
    kinds.push('session');
  }
  const user = state.iam.users.find(name);
  if (user !== undefined) {
    matches.push({ kind: 'user', user });
    kinds.push('user');
  }
  const role = state.iam.roles.find(name);
  if (role !== undefined) {
    matches.push({ kind: 'session', session: freshRoleSession(role, state.clock.epochSeconds) });
    kinds.push('role');
  }
  const [only, ...more] = matches;
  if (only !== undefined && more.length === 0) return only;
  if (only !== undefined) {
    throw new ModelError(`"${name}" is a ${kinds.join(' and a ')}; say "${kinds[0]} ${name}" or use an ARN`);
  }
  if (state.iam.groups.find(name) !== undefined) throw notAPrincipal(name);
  throw unknownCaller(state, name, sessions);
}

function notAPrincipal(group: string): ModelError {
  return new ModelError(`group "${group}" cannot make requests: groups are not principals (R112)`);
}

function unknownCaller(state: ModelState, name: string, sessions: SessionStore): ModelError {
  const list = (xs: string[]) => (xs.length === 0 ? 'none' : xs.sort().join(', '));
  const users = list(state.iam.users.all().map((u) => u.name));
  const roles = list(state.iam.roles.all().map((r) => r.name));
  return new ModelError(
    `no user, role or session "${name}"; users: ${users}; roles: ${roles}; sessions: ${list([...sessions.keys()])}`,
  );
}
