import fc from 'fast-check';
import { accountId } from './account-id.js';
import type { BundlePrincipalJson, PrincipalKind } from './bundle-json.js';
import { ACCOUNTS, identitiesOf, PROVIDERS, SERVICE_PRINCIPALS } from './vocabulary.js';

/** Constraints for {@link principal}. */
export interface PrincipalConstraints {
  /** Kinds of caller to draw, repeated to weigh them. Default: all six. */
  readonly kinds?: readonly PrincipalKind[];
  /** Accounts the caller may belong to; defaults to the vocabulary's. */
  readonly accounts?: readonly string[];
}

const ALL_KINDS: readonly PrincipalKind[] = ['user', 'role-session', 'federated-user', 'root', 'anonymous', 'service'];

/** Optional extras every account-bound caller may have: tags (R102) and an organization id (R100). */
const extras = fc.record(
  {
    tags: fc.record({ team: fc.constantFrom('blue', 'red') }),
    orgId: fc.constantFrom('o-abc123', 'o-zzz999'),
  },
  { requiredKeys: [] },
);

function user(account: string): fc.Arbitrary<BundlePrincipalJson> {
  const ids = identitiesOf(account);
  return fc
    .record({ arn: fc.constantFrom(...ids.users), uniqueId: fc.option(fc.constant('AIDAEXAMPLEUSER')), extra: extras })
    .map(({ arn, uniqueId, extra }) => ({
      kind: 'user',
      arn,
      account,
      ...(uniqueId === null ? {} : { uniqueId }),
      ...extra,
    }));
}

function roleSession(account: string): fc.Arbitrary<BundlePrincipalJson> {
  const ids = identitiesOf(account);
  const ordinary = fc.constantFrom(...ids.sessions).map((arn) => ({ arn, roleArn: ids.role }));
  // R88: a service-linked role's sessions are exempt from SCPs and RCPs.
  const serviceLinked = fc.constant({ arn: ids.serviceLinkedSession, roleArn: ids.serviceLinkedRole });
  return fc
    .record({
      session: fc.oneof({ weight: 6, arbitrary: ordinary }, { weight: 1, arbitrary: serviceLinked }),
      uniqueId: fc.option(fc.constant('AROAEXAMPLEROLE')),
      provider: fc.option(fc.constantFrom(...PROVIDERS), { freq: 4 }),
      extra: extras,
    })
    .map(({ session, uniqueId, provider, extra }) => ({
      kind: 'role-session',
      ...session,
      account,
      ...(uniqueId === null ? {} : { uniqueId }),
      ...(provider === null ? {} : { provider }),
      ...extra,
    }));
}

function federatedUser(account: string): fc.Arbitrary<BundlePrincipalJson> {
  const ids = identitiesOf(account);
  return fc
    .record({ userArn: fc.option(fc.constantFrom(...ids.users), { freq: 4 }), extra: extras })
    .map(({ userArn, extra }) => ({
      kind: 'federated-user',
      arn: ids.federatedUser,
      account,
      ...(userArn === null ? {} : { userArn }),
      ...extra,
    }));
}

function root(account: string): fc.Arbitrary<BundlePrincipalJson> {
  return fc.option(fc.constant('o-abc123')).map((orgId) => ({
    kind: 'root',
    arn: identitiesOf(account).root,
    account,
    ...(orgId === null ? {} : { orgId }),
  }));
}

/**
 * The caller of a bundle (docs/cli.md), without its policies: an IAM user, a role session (sometimes of a
 * service-linked role, sometimes with an identity provider), a federated user (sometimes with the IAM user who
 * federated), an account's root user, an anonymous caller or an AWS service principal.
 */
export function principal(constraints: PrincipalConstraints = {}): fc.Arbitrary<BundlePrincipalJson> {
  const account = accountId({ accounts: constraints.accounts ?? ACCOUNTS });
  return fc.constantFrom(...(constraints.kinds ?? ALL_KINDS)).chain((kind) => {
    switch (kind) {
      case 'user':
        return account.chain(user);
      case 'role-session':
        return account.chain(roleSession);
      case 'federated-user':
        return account.chain(federatedUser);
      case 'root':
        return account.chain(root);
      case 'anonymous':
        return fc.constant<BundlePrincipalJson>({ kind: 'anonymous' });
      default:
        return fc.constantFrom(...SERVICE_PRINCIPALS).map((arn): BundlePrincipalJson => ({ kind: 'service', arn }));
    }
  });
}
