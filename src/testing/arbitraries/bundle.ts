import fc from 'fast-check';
import { actionName } from './action-name.js';
import type {
  BundleJson,
  BundlePrincipalJson,
  BundleRequestJson,
  NamedPolicyJson,
  OrgLevelJson,
  PolicyDocumentJson,
  PrincipalKind,
} from './bundle-json.js';
import { policyDocument } from './policy-document.js';
import { principal } from './principal.js';
import { requestContext } from './request-context.js';
import type { PolicyKindJson } from './statement.js';
import { ACCOUNT_A, ACCOUNT_B, ACTIONS, resourcesOf, serviceOf } from './vocabulary.js';

/** Constraints for {@link bundle}. */
export interface BundleConstraints {
  /** Kinds of caller, repeated to weigh them. Default: every kind, users and role sessions most often. */
  readonly kinds?: readonly PrincipalKind[];
  /** Draw SCP and RCP levels. Default true. */
  readonly organizations?: boolean;
  /**
   * `true`: the resource is always in another account than the caller's (R79); `false`: always in the caller's.
   * Default: both, same-account more often. Callers without an account (anonymous, services) count as account A's.
   */
  readonly crossAccount?: boolean;
}

const KINDS: readonly PrincipalKind[] = [
  'user',
  'user',
  'user',
  'role-session',
  'role-session',
  'role-session',
  'federated-user',
  'federated-user',
  'root',
  'root',
  'anonymous',
  'service',
];

/** sts:GetCallerIdentity is always allowed (R98); drawn rarely, so that it does not crowd out the rest. */
const REQUEST_ACTIONS = ACTIONS.filter((a) => a !== 'sts:GetCallerIdentity');

const FULL_AWS_ACCESS: NamedPolicyJson = {
  name: 'FullAWSAccess',
  document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } },
};

/** The account in a resource ARN's fifth segment, if any. */
function accountInArn(resource: string): string | undefined {
  const account = resource.split(':')[4];
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

/** A request: an action, a resource of its service in the caller's or another account, a context. */
function requestFor(home: string, crossAccount: boolean | undefined): fc.Arbitrary<BundleRequestJson> {
  const other = home === ACCOUNT_A ? ACCOUNT_B : ACCOUNT_A;
  const accounts =
    crossAccount === undefined
      ? fc.oneof({ weight: 3, arbitrary: fc.constant(home) }, { weight: 2, arbitrary: fc.constant(other) })
      : fc.constant(crossAccount ? other : home);
  return fc
    .record({
      action: fc.oneof(
        { weight: 20, arbitrary: actionName({ actions: REQUEST_ACTIONS }) },
        { weight: 1, arbitrary: actionName({ actions: ['sts:GetCallerIdentity'] }) },
      ),
      account: accounts,
      pick: fc.nat({ max: 5 }),
      star: fc.oneof({ weight: 12, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      declare: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      resourceTags: fc.option(fc.record({ env: fc.constantFrom('prod', 'dev') })),
      context: requestContext(),
    })
    .map(({ action, account, pick, star, declare, resourceTags, context }) => {
      const resources = resourcesOf(serviceOf(action), account);
      const resource = star ? '*' : (resources[pick % resources.length] ?? '*');
      // Without resourceAccount a resource whose ARN names no account is the caller's (R103).
      const write = declare || (accountInArn(resource) === undefined && account !== home);
      return {
        action,
        resource,
        ...(write ? { resourceAccount: account } : {}),
        ...(resourceTags === null ? {} : { resourceTags }),
        ...(Object.keys(context).length === 0 ? {} : { context }),
      };
    });
}

/** Every AWS principal value that names the caller or part of it (R38, R39, R76, R78, R85). */
function identitiesOfCaller(p: BundlePrincipalJson): string[] {
  const account = p.account === undefined ? [] : [p.account, `arn:aws:iam::${p.account}:root`];
  const own = p.kind === 'root' || p.arn === undefined || p.kind === 'service' ? [] : [p.arn];
  const more = [p.roleArn, p.userArn].filter((v): v is string => v !== undefined);
  return [...own, ...more, ...account];
}

function named(name: string) {
  return (document: PolicyDocumentJson): NamedPolicyJson => ({ name, document });
}

/** Every policy of a bundle, aimed at its request so that statements match it often. */
function policiesFor(p: BundlePrincipalJson, request: BundleRequestJson, organizations: boolean) {
  const aim = {
    actions: [request.action],
    resources: [request.resource],
    context: request.context ?? {},
    identities: identitiesOfCaller(p),
  };
  const doc = (kind: PolicyKindJson, effects: readonly ('Allow' | 'Deny')[]) =>
    policyDocument({ kind, effects, ...aim });
  const mostlyAllow = ['Allow', 'Allow', 'Allow', 'Allow', 'Deny'] as const;
  const hasIdentity = p.kind === 'user' || p.kind === 'role-session' || p.kind === 'federated-user';
  const none = fc.constant(null);
  const level = (kind: 'scp' | 'rcp', i: number, policies: NamedPolicyJson[]): OrgLevelJson => ({
    name: i === 0 ? 'Root' : `${kind.toUpperCase()} level ${i}`,
    policies,
  });
  const scpLevel = fc
    .tuple(
      fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      fc.array(doc('scp', ['Allow', 'Deny']).map(named('SCP')), { maxLength: 1 }),
    )
    .map(([full, more]) => [...(full ? [FULL_AWS_ACCESS] : []), ...more]);
  const rcpLevel = fc.array(doc('rcp', ['Deny']).map(named('RCP')), { maxLength: 1 });
  const resourceKind = request.action.toLowerCase().startsWith('sts:assumerole') ? 'trust' : 'resource';
  return fc.record({
    identityPolicies: hasIdentity
      ? fc
          .array(doc('identity', mostlyAllow), { maxLength: 2 })
          .map((docs) => docs.map((d, i) => named(`identity-${i + 1}`)(d)))
      : fc.constant<NamedPolicyJson[]>([]),
    permissionsBoundary: hasIdentity
      ? fc.option(doc('boundary', mostlyAllow).map(named('boundary')), { freq: 3 })
      : none,
    sessionPolicy:
      p.kind === 'role-session'
        ? fc.option(doc('session', mostlyAllow).map(named('session')), { freq: 3 })
        : p.kind === 'federated-user'
          ? fc.option(doc('session', mostlyAllow).map(named('session')), { freq: 5, nil: null })
          : none,
    resourcePolicy: fc.option(doc(resourceKind, ['Allow', 'Allow', 'Allow', 'Deny']).map(named('resource policy')), {
      freq: 2,
    }),
    scps: organizations
      ? fc.option(
          fc.array(scpLevel, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((ps, i) => level('scp', i, ps))),
          { freq: 2 },
        )
      : none,
    rcps: organizations
      ? fc.option(
          fc.array(rcpLevel, { minLength: 1, maxLength: 2 }).map((ls) => ls.map((ps, i) => level('rcp', i, ps))),
          { freq: 3 },
        )
      : none,
    isManagementAccount: fc.oneof(
      { weight: 9, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
    resourceIsManagementAccount: fc.option(fc.boolean(), { freq: 8 }),
  });
}

/**
 * A whole `iamspec simulate` input (docs/cli.md): a caller of any kind, a same- or cross-account request, and the
 * policies that can apply to it — identity policies, permissions boundary, session policy, resource (or trust)
 * policy, SCP and RCP levels — each aimed at the request so that Allow, ExplicitDeny and ImplicitDeny all occur.
 */
export function bundle(constraints: BundleConstraints = {}): fc.Arbitrary<BundleJson> {
  const organizations = constraints.organizations ?? true;
  return principal({ kinds: constraints.kinds ?? KINDS }).chain((p) =>
    requestFor(p.account ?? ACCOUNT_A, constraints.crossAccount).chain((request) =>
      policiesFor(p, request, organizations).map((policies): BundleJson => {
        const { identityPolicies, permissionsBoundary, sessionPolicy, resourcePolicy, scps, rcps } = policies;
        return {
          principal: {
            ...p,
            ...(identityPolicies.length === 0 ? {} : { identityPolicies }),
            ...(permissionsBoundary === null ? {} : { permissionsBoundary }),
            ...(sessionPolicy === null ? {} : { sessionPolicy }),
          },
          request,
          ...(resourcePolicy === null ? {} : { resourcePolicy }),
          ...(scps === null ? {} : { scps }),
          ...(rcps === null ? {} : { rcps }),
          ...(policies.isManagementAccount ? { isManagementAccount: true } : {}),
          ...(policies.resourceIsManagementAccount === null
            ? {}
            : { resourceIsManagementAccount: policies.resourceIsManagementAccount }),
        };
      }),
    ),
  );
}
