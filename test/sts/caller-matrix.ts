import type { Caller } from '../../src/model/caller.js';
import type { StsResult } from '../../src/sts/sts-result.js';
import { doc, type TestWorld, world } from '../model/model-builder.js';

/**
 * Every kind of caller the model can name, crossed with every STS and PassRole operation that takes a caller, and
 * AWS's answer for each pair (issue 8 §4). The API test (caller-matrix.test.ts) and the feature
 * (features/sts/every-caller.feature, checked by test/steps/every-caller-feature.test.ts) both follow this table.
 * AssumeRoleWithWebIdentity and AssumeRoleWithSAML take no caller: they are unsigned (R135).
 */

export const CALLER_KINDS = [
  'user',
  'role',
  'named role session',
  'session-token session',
  'federated user',
  'root user',
  'anonymous',
  'service',
] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

export const OPERATIONS = [
  'AssumeRole',
  'GetSessionToken',
  'GetFederationToken',
  'GetCallerIdentity',
  'DecodeAuthorizationMessage',
  'PassRole',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** `ok`, or a failure whose reason mentions the words (a rule id where AWS documents the refusal). */
export type Expected = 'ok' | { readonly fails: string };

const R = (words: string): Expected => ({ fails: words });
const ROLE_SESSION: Readonly<Record<Operation, Expected>> = {
  AssumeRole: 'ok', // R121, R123: role chaining
  GetSessionToken: R('R134'),
  GetFederationToken: R('R134'),
  GetCallerIdentity: 'ok',
  DecodeAuthorizationMessage: 'ok',
  PassRole: 'ok',
};

export const EXPECTED: Readonly<Record<CallerKind, Readonly<Record<Operation, Expected>>>> = {
  user: {
    AssumeRole: 'ok', // R121
    GetSessionToken: 'ok', // R130
    GetFederationToken: 'ok', // R133
    GetCallerIdentity: 'ok', // R139
    DecodeAuthorizationMessage: 'ok', // R138
    PassRole: 'ok', // R137
  },
  role: ROLE_SESSION,
  'named role session': ROLE_SESSION,
  'session-token session': {
    AssumeRole: 'ok', // R131: AssumeRole and GetCallerIdentity are the STS calls it may make
    GetSessionToken: R('R131'),
    GetFederationToken: R('R131'),
    GetCallerIdentity: 'ok',
    DecodeAuthorizationMessage: R('R131'),
    // iamspec reads iam:PassRole as an IAM action (src/model/credential-limits.ts), so R131 refuses it without MFA.
    PassRole: R('R131'),
  },
  'federated user': {
    AssumeRole: R('R107'),
    GetSessionToken: R('R107'),
    GetFederationToken: R('R107'),
    GetCallerIdentity: 'ok', // R107 makes the exception
    DecodeAuthorizationMessage: R('R107'),
    PassRole: R('R133'), // as for the session-token session: iam:PassRole read as an IAM action
  },
  'root user': {
    AssumeRole: R('R106'),
    GetSessionToken: 'ok', // R130: 900–3600 seconds
    GetFederationToken: 'ok', // R133
    GetCallerIdentity: 'ok',
    DecodeAuthorizationMessage: 'ok', // R95
    PassRole: 'ok', // R95
  },
  anonymous: {
    AssumeRole: R('R121'), // a signed call: "This call must be made using valid AWS security credentials"
    GetSessionToken: R('R130'),
    GetFederationToken: R('R133'),
    GetCallerIdentity: R('credentials'),
    DecodeAuthorizationMessage: R('R138'),
    PassRole: R('R137'),
  },
  service: {
    AssumeRole: 'ok', // R137: the role's trust policy lets the service assume it
    GetSessionToken: R('R130'),
    GetFederationToken: R('R133'),
    GetCallerIdentity: R('credentials'),
    DecodeAuthorizationMessage: R('ImplicitDeny'), // R97: only a resource policy could allow a service, and none applies
    PassRole: R('R137'),
  },
};

export const ACCOUNT = '111122223333';
const EVERYTHING = doc({ Effect: 'Allow', Action: '*', Resource: '*' });

/** The model of features/sts/every-caller.feature's Background, with its sessions and an encoded message. */
export function matrixWorld(): TestWorld & { readonly encoded: string; callerOf(kind: CallerKind): Caller } {
  const t = world();
  const m = t.model;
  m.addAccount('prod', ACCOUNT);
  m.addUser('alice', 'prod');
  m.addUser('bob', 'prod');
  m.putInlinePolicy('user', 'alice', 'Everything', EVERYTHING);
  m.addRole(
    'ops',
    'prod',
    doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }),
  );
  m.putInlinePolicy('role', 'ops', 'Everything', EVERYTHING);
  m.addRole(
    'fn-exec',
    'prod',
    doc(
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ),
  );
  t.sessions.add(value(t.sts.assumeRole('alice', 'ops', { sessionName: 'ops-session' })));
  t.sessions.add(value(t.sts.getSessionToken('alice', { name: 'alice-token' })));
  t.sessions.add(value(t.sts.getFederationToken('alice', { name: 'alice-fed', sessionPolicy: EVERYTHING })));
  const denied = t.sts.passRole('bob', 'fn-exec', 'lambda.amazonaws.com');
  if (denied.ok || denied.encodedMessage === undefined) throw new Error('bob should have been denied with a message');
  const refs: Readonly<Record<CallerKind, string>> = {
    user: 'user alice',
    role: 'role ops',
    'named role session': 'session ops-session',
    'session-token session': 'session alice-token',
    'federated user': 'session alice-fed',
    'root user': 'root of prod',
    anonymous: 'anonymous',
    service: 'service lambda.amazonaws.com',
  };
  return { ...t, encoded: denied.encodedMessage, callerOf: (kind: CallerKind) => t.caller(refs[kind]) };
}

/** Runs one operation for one caller through the Sts API. */
export function runOperation(
  t: ReturnType<typeof matrixWorld>,
  operation: Operation,
  caller: Caller,
): StsResult<unknown> {
  switch (operation) {
    case 'AssumeRole':
      return t.sts.assumeRole(caller, 'fn-exec', { sessionName: 'new-session' });
    case 'GetSessionToken':
      return t.sts.getSessionToken(caller, { name: 'new-token' });
    case 'GetFederationToken':
      return t.sts.getFederationToken(caller, { name: 'new-fed' });
    case 'GetCallerIdentity':
      return t.sts.getCallerIdentity(caller);
    case 'DecodeAuthorizationMessage':
      return t.sts.decodeAuthorizationMessage(caller, t.encoded);
    case 'PassRole':
      return t.sts.passRole(caller, 'fn-exec', 'lambda.amazonaws.com');
  }
}

function value<T>(result: StsResult<T>): T {
  if (!result.ok) throw new Error(`setup failed: ${result.reason}`);
  return result.value;
}
