import type { BundlePrincipal, NamedPolicy } from '../engine/bundle.js';
import type { Caller } from './caller.js';
import { mergeTags, policiesOf, type User } from './iam-entities.js';
import { orgMembership, type ModelState } from './model-state.js';
import { readDocument } from './read-document.js';
import { rootArn } from './session-arns.js';
import type { Session } from './session.js';
import { uniqueId } from './unique-id.js';

/**
 * R95, R133: a federated user created by the root user has the root user's permissions within its session policy;
 * the root user has no policies, so the model stands in with one that allows everything.
 */
const ROOT_FULL_ACCESS: NamedPolicy = readDocument('root user (full access)', 'identity', {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The engine's view of a caller: kind, ARNs, account, policies, tags (R72, R93, R100–R102). */
export function principalFor(state: ModelState, caller: Caller): BundlePrincipal {
  const p = principalOf(state, caller);
  const orgId = orgMembership(state, p.account)?.id;
  return orgId === undefined ? p : { ...p, orgId };
}

function principalOf(state: ModelState, caller: Caller): BundlePrincipal {
  switch (caller.kind) {
    case 'user':
      return userPrincipal(state, caller.user);
    case 'session':
      return sessionPrincipal(state, caller.session);
    case 'root': {
      const id = caller.account.id;
      return { kind: 'root', arn: rootArn(id), account: id, identityPolicies: [], tags: {} };
    }
    case 'anonymous':
      return { kind: 'anonymous', identityPolicies: [], tags: {}, ...optional('provider', caller.provider) };
    case 'service':
      return { kind: 'service', arn: caller.service, identityPolicies: [], tags: {} };
  }
}

function userPrincipal(state: ModelState, user: User): BundlePrincipal {
  return {
    kind: 'user',
    arn: user.arn,
    account: user.accountId,
    identityPolicies: state.iam.userPolicies(user),
    ...optional('permissionsBoundary', user.boundary),
    tags: user.tags,
    uniqueId: user.uniqueId,
  };
}

function sessionPrincipal(state: ModelState, session: Session): BundlePrincipal {
  if (session.kind === 'user-token') return tokenPrincipal(state, session);
  if (session.kind === 'federated') return federatedPrincipal(state, session);
  // A deleted role leaves its sessions without policies: nothing grants them anything (R114).
  const role = session.roleArn === undefined ? undefined : state.iam.roles.byArnOnly(session.roleArn);
  const p: Mutable<BundlePrincipal> = {
    kind: 'role-session',
    arn: session.arn,
    account: session.account,
    identityPolicies: role === undefined ? [] : policiesOf(role),
    tags: mergeTags(role?.tags ?? {}, session.sessionTags), // R102, R127
    uniqueId: role?.uniqueId ?? uniqueId('AROA', session.roleArn ?? session.arn),
  };
  if (session.roleArn !== undefined) p.roleArn = session.roleArn;
  if (role?.boundary !== undefined) p.permissionsBoundary = role.boundary;
  if (session.sessionPolicy !== undefined) p.sessionPolicy = session.sessionPolicy;
  return p;
}

/** R130: GetSessionToken credentials act as the user (or root user) that asked for them. */
function tokenPrincipal(state: ModelState, session: Session): BundlePrincipal {
  const user = session.user === undefined ? undefined : state.iam.users.byArnOnly(session.user);
  if (user !== undefined) return userPrincipal(state, user);
  if (session.user === rootArn(session.account)) {
    return { kind: 'root', arn: session.user, account: session.account, identityPolicies: [], tags: {} };
  }
  return { kind: 'user', arn: session.arn, account: session.account, identityPolicies: [], tags: {} };
}

/** R78, R94, R133: the federating user's policies and boundary, limited by the session policy. */
function federatedPrincipal(state: ModelState, session: Session): BundlePrincipal {
  const user = session.user === undefined ? undefined : state.iam.users.byArnOnly(session.user);
  const byRoot = session.user === rootArn(session.account);
  const p: Mutable<BundlePrincipal> = {
    kind: 'federated-user',
    arn: session.arn,
    account: session.account,
    identityPolicies: user !== undefined ? state.iam.userPolicies(user) : byRoot ? [ROOT_FULL_ACCESS] : [],
    tags: mergeTags(user?.tags ?? {}, session.sessionTags),
  };
  if (session.user !== undefined) p.userArn = session.user;
  if (user?.boundary !== undefined) p.permissionsBoundary = user.boundary;
  if (session.sessionPolicy !== undefined) p.sessionPolicy = session.sessionPolicy;
  return p;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
