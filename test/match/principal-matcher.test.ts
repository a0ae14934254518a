import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Caller } from '../../src/context/caller.js';
import { compilePrincipalMatcher, type PrincipalMatch } from '../../src/match/principal-matcher.js';
import type { PrincipalSpec } from '../../src/policy/policy.js';

function spec(parts: Partial<PrincipalSpec>): PrincipalSpec {
  return { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [], ...parts };
}

const A = '111122223333';
const B = '444455556666';
const callers = {
  root: { kind: 'root', arn: `arn:aws:iam::${A}:root`, account: A },
  alice: { kind: 'user', arn: `arn:aws:iam::${A}:user/alice`, account: A },
  session: {
    kind: 'role-session',
    arn: `arn:aws:sts::${A}:assumed-role/Admin/s1`,
    account: A,
    roleArn: `arn:aws:iam::${A}:role/Admin`,
  },
  webSession: {
    kind: 'role-session',
    arn: `arn:aws:sts::${A}:assumed-role/Web/s2`,
    account: A,
    roleArn: `arn:aws:iam::${A}:role/Web`,
    provider: 'accounts.google.com',
  },
  fed: { kind: 'federated-user', arn: `arn:aws:sts::${A}:federated-user/carol`, account: A },
  bob: { kind: 'user', arn: `arn:aws:iam::${B}:user/bob`, account: B },
  ecs: { kind: 'service', arn: 'ecs.amazonaws.com' },
  anon: { kind: 'anonymous' },
  s3user: { kind: 'user', arn: `arn:aws:iam::${A}:user/dave`, account: A, canonicalUser: 'c'.repeat(64) },
} satisfies Record<string, Caller>;

type CallerName = keyof typeof callers;
type Row = readonly [title: string, spec: PrincipalSpec, caller: CallerName, expected: PrincipalMatch | undefined];

const cases: readonly Row[] = [
  // R37
  ['"*" matches anyone', spec({ wildcard: true }), 'alice', 'wildcard'],
  ['"*" matches anonymous', spec({ wildcard: true }), 'anon', 'wildcard'],
  ['"*" matches a service', spec({ wildcard: true }), 'ecs', 'wildcard'],
  ['{"AWS":"*"} matches anonymous', spec({ aws: ['*'] }), 'anon', 'wildcard'],
  ['{"AWS":"*"} matches another account', spec({ aws: ['*'] }), 'bob', 'wildcard'],
  // R38
  ['an account id matches its root', spec({ aws: [A] }), 'root', 'account'],
  ['an account id matches its users', spec({ aws: [A] }), 'alice', 'account'],
  ['an account id matches its role sessions', spec({ aws: [A] }), 'session', 'account'],
  ['an account id matches its federated users', spec({ aws: [A] }), 'fed', 'account'],
  ['an account ARN matches its users', spec({ aws: [`arn:aws:iam::${A}:root`] }), 'alice', 'account'],
  [
    'an account ARN of another partition names the same account',
    spec({ aws: [`arn:aws-cn:iam::${A}:root`] }),
    'alice',
    'account',
  ],
  ['an account does not match other accounts', spec({ aws: [A] }), 'bob', undefined],
  ['an account does not match anonymous', spec({ aws: [A] }), 'anon', undefined],
  ['an account does not match services', spec({ aws: [A] }), 'ecs', undefined],
  // R39: exact ARNs
  ['a user ARN matches that user', spec({ aws: [`arn:aws:iam::${A}:user/alice`] }), 'alice', 'exact'],
  ['user names are case-sensitive', spec({ aws: [`arn:aws:iam::${A}:user/Alice`] }), 'alice', undefined],
  ['a user ARN does not match other users', spec({ aws: [`arn:aws:iam::${A}:user/alice`] }), 'bob', undefined],
  [
    'a session ARN matches that session',
    spec({ aws: [`arn:aws:sts::${A}:assumed-role/Admin/s1`] }),
    'session',
    'exact',
  ],
  [
    'a session ARN does not match other sessions',
    spec({ aws: [`arn:aws:sts::${A}:assumed-role/Admin/s9`] }),
    'session',
    undefined,
  ],
  ['a federated-user ARN matches it', spec({ aws: [`arn:aws:sts::${A}:federated-user/carol`] }), 'fed', 'exact'],
  ['a role ARN matches sessions of that role', spec({ aws: [`arn:aws:iam::${A}:role/Admin`] }), 'session', 'role'],
  ['a role ARN does not match other roles', spec({ aws: [`arn:aws:iam::${A}:role/Other`] }), 'session', undefined],
  ['a role ARN does not match users', spec({ aws: [`arn:aws:iam::${A}:role/Admin`] }), 'alice', undefined],
  // R39: no partial wildcards
  ['user/* names no user', spec({ aws: [`arn:aws:iam::${A}:user/*`] }), 'alice', undefined],
  [
    'assumed-role/Admin/* names no session',
    spec({ aws: [`arn:aws:sts::${A}:assumed-role/Admin/*`] }),
    'session',
    undefined,
  ],
  ['a wildcard account ARN names no account', spec({ aws: ['arn:aws:iam::*:root'] }), 'alice', undefined],
  ['a partial account id names no account', spec({ aws: ['11112222333?'] }), 'alice', undefined],
  // Service, Federated, CanonicalUser
  ['a service principal matches the service', spec({ service: ['ecs.amazonaws.com'] }), 'ecs', 'service'],
  ['a service principal does not match other services', spec({ service: ['ec2.amazonaws.com'] }), 'ecs', undefined],
  ['a service name in AWS does not match the service', spec({ aws: ['ecs.amazonaws.com'] }), 'ecs', undefined],
  ['Federated matches the provider', spec({ federated: ['accounts.google.com'] }), 'webSession', 'federated'],
  ['Federated does not match other callers', spec({ federated: ['accounts.google.com'] }), 'session', undefined],
  ['CanonicalUser matches', spec({ canonicalUser: ['c'.repeat(64)] }), 's3user', 'canonical'],
  // precedence: the strongest entry wins
  ['exact wins over wildcard', spec({ aws: ['*', `arn:aws:iam::${A}:user/alice`] }), 'alice', 'exact'],
  ['wildcard wins over role', spec({ aws: ['*', `arn:aws:iam::${A}:role/Admin`] }), 'session', 'wildcard'],
  ['wildcard wins over account', spec({ wildcard: true, aws: [A] }), 'alice', 'wildcard'],
  ['role wins over account', spec({ aws: [A, `arn:aws:iam::${A}:role/Admin`] }), 'session', 'role'],
  ['exact wins over account', spec({ aws: [A, `arn:aws:iam::${A}:user/alice`] }), 'alice', 'exact'],
  ['nothing matches an empty element', spec({}), 'alice', undefined],
];

describe('compilePrincipalMatcher', () => {
  for (const [title, principal, caller, expected] of cases) {
    it(`${title} (${caller} → ${String(expected)})`, () => {
      expect(compilePrincipalMatcher(principal).match(callers[caller])).to.equal(expected);
    });
  }
});
