import fc from 'fast-check';
import type { AccountModelOperation, AccountModelPlan } from './account-model-plan.js';
import type { PolicyDocumentJson } from './bundle-json.js';
import { policyDocument } from './policy-document.js';
import type { PolicyKindJson } from './statement.js';
import { ACCOUNT_A, ACCOUNT_B, ACTIONS } from './vocabulary.js';
import { policySizeFinding } from '../../lint/policy-size.js';

/** Constraints for {@link accountModel}. */
export interface AccountModelConstraints {
  /** At most this many accounts, from 1 to 4. Default 3. */
  readonly maxAccounts?: number;
  /** `true`: always an organization with OUs, SCPs and RCPs; `false`: never; default either. */
  readonly organization?: boolean;
  /** At most this many users, of roles, of groups and of resources (buckets, queues, keys) each. Default 3. */
  readonly maxEach?: number;
  /** How often a generated statement has a Condition, from 0 to 1. Default 0.3. */
  readonly conditionRate?: number;
}

/** The accounts a plan draws from, in order; the first is the management account when there is an organization. */
const MODEL_ACCOUNTS: readonly { readonly name: string; readonly id: string }[] = [
  { name: 'main', id: '999988887777' },
  { name: 'prod', id: ACCOUNT_A },
  { name: 'dev', id: ACCOUNT_B },
  { name: 'partner', id: '777766665555' },
];
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
const GROUPS = ['devs', 'ops', 'readers', 'auditors'];
const ROLES = ['app', 'admin', 'ci', 'auditor', 'deployer', 'reader'];
const BUCKETS = ['bucket-a', 'bucket-b', 'logs-c', 'data-d', 'web-e', 'tmp-f'];
const OUS = ['Root/Workloads', 'Root/Workloads/Prod', 'Root/Sandbox'];

function queueArn(id: string, i: number): string {
  return `arn:aws:sqs:us-east-1:${id}:jobs-${i}`;
}

function keyArn(id: string, i: number): string {
  return `arn:aws:kms:us-east-1:${id}:key/k-${i}`;
}

/** Every ARN a plan can create, so that generated policies name the model's own principals and resources. */
function vocabularyOf(count: number) {
  const ids = MODEL_ACCOUNTS.map((a) => a.id);
  const indexes = Array.from({ length: count }, (_, i) => i);
  const resources = [
    ...BUCKETS.flatMap((b) => [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/report.csv`]),
    ...ids.flatMap((id) => indexes.flatMap((i) => [queueArn(id, i), keyArn(id, i)])),
    ...ids.flatMap((id) => ROLES.map((r) => `arn:aws:iam::${id}:role/${r}`)),
  ];
  const identities = ids.flatMap((id) => [
    id,
    `arn:aws:iam::${id}:root`,
    ...USERS.map((u) => `arn:aws:iam::${id}:user/${u}`),
    ...ROLES.map((r) => `arn:aws:iam::${id}:role/${r}`),
  ]);
  return { resources, identities };
}

/** Index-based choices: whatever a shrink removes, the rest still resolves to things that exist. */
interface Draw {
  readonly accounts: number;
  readonly organization: boolean;
  readonly outside: boolean;
  readonly placements: readonly { readonly account: number; readonly ou: number }[];
  readonly scps: readonly { readonly target: number; readonly document: PolicyDocumentJson }[];
  readonly rcps: readonly { readonly target: number; readonly document: PolicyDocumentJson }[];
  readonly detaches: readonly number[];
  readonly users: readonly { readonly account: number; readonly team: string | null }[];
  readonly groups: readonly { readonly account: number }[];
  readonly memberships: readonly { readonly user: number; readonly group: number }[];
  readonly roles: readonly {
    readonly account: number;
    readonly trust: PolicyDocumentJson;
    readonly maxSession: number | null;
  }[];
  readonly managed: readonly { readonly account: number; readonly document: PolicyDocumentJson }[];
  readonly attachments: readonly { readonly policy: number; readonly holder: number }[];
  readonly inline: readonly { readonly holder: number; readonly document: PolicyDocumentJson }[];
  readonly boundaries: readonly { readonly holder: number; readonly document: PolicyDocumentJson }[];
  readonly buckets: readonly { readonly account: number; readonly policy: PolicyDocumentJson | null }[];
  readonly others: readonly {
    readonly account: number;
    readonly key: boolean;
    readonly policy: PolicyDocumentJson | null;
  }[];
}

function draw(constraints: AccountModelConstraints): fc.Arbitrary<Draw> {
  const max = Math.min(constraints.maxEach ?? 3, USERS.length);
  const { resources, identities } = vocabularyOf(max);
  // R142, R143: AWS refuses a policy over its kind's size quota, so an account model holds none.
  const doc = (kind: PolicyKindJson, effects: readonly ('Allow' | 'Deny')[] = ['Allow', 'Allow', 'Deny']) =>
    policyDocument({
      kind,
      effects,
      actions: ACTIONS,
      resources,
      identities,
      conditionRate: constraints.conditionRate ?? 0.3,
      maxStatements: 2,
    }).filter((d) => policySizeFinding(JSON.stringify(d), kind)?.severity !== 'error');
  const nat = fc.nat({ max: 20 });
  const some = <T>(item: fc.Arbitrary<T>, maxLength = max) => fc.array(item, { maxLength });
  const organization = constraints.organization === undefined ? fc.boolean() : fc.constant(constraints.organization);
  return fc.record({
    accounts: fc.integer({ min: 1, max: Math.max(1, Math.min(constraints.maxAccounts ?? 3, MODEL_ACCOUNTS.length)) }),
    organization,
    outside: fc.boolean(),
    placements: some(fc.record({ account: nat, ou: nat }), 2),
    scps: some(fc.record({ target: nat, document: doc('scp') }), 2),
    rcps: some(fc.record({ target: nat, document: doc('rcp', ['Deny']) }), 1),
    detaches: some(nat, 2),
    users: some(fc.record({ account: nat, team: fc.option(fc.constantFrom('blue', 'red')) })),
    groups: some(fc.record({ account: nat }), 2),
    memberships: some(fc.record({ user: nat, group: nat })),
    roles: some(
      fc.record({
        account: nat,
        trust: doc('trust'),
        maxSession: fc.option(fc.constantFrom(3600, 7200, 43200)),
      }),
    ),
    managed: some(fc.record({ account: nat, document: doc('identity') }), 2),
    attachments: some(fc.record({ policy: nat, holder: nat })),
    inline: some(fc.record({ holder: nat, document: doc('identity') }), max + 1),
    boundaries: some(fc.record({ holder: nat, document: doc('boundary') }), 2),
    buckets: some(fc.record({ account: nat, policy: fc.option(doc('resource')) })),
    others: some(fc.record({ account: nat, key: fc.boolean(), policy: fc.option(doc('resource')) })),
  });
}

/** `items[n % length]`, or undefined for an empty list. */
function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

interface Holder {
  readonly kind: 'user' | 'group' | 'role';
  readonly name: string;
  readonly account: string;
}

/** Turns the index-based draw into operations, in an order the model accepts. */
function toPlan(d: Draw): AccountModelPlan {
  const ops: AccountModelOperation[] = [];
  const accounts = MODEL_ACCOUNTS.slice(0, d.accounts);
  const outsider = d.organization && d.outside && accounts.length > 1 ? accounts[accounts.length - 1] : undefined;
  for (const a of accounts) ops.push({ op: 'addAccount', ...a, outsideOrganization: a === outsider });
  const names = accounts.map((a) => a.name);
  const account = (n: number) => pick(names, n) ?? 'main';
  if (d.organization) organizationOps(d, accounts, outsider, ops);
  const holders: Holder[] = [];
  d.users.forEach((u, i) => {
    const h: Holder = { kind: 'user', name: USERS[i] ?? `user${i}`, account: account(u.account) };
    holders.push(h);
    ops.push({ op: 'addUser', name: h.name, account: h.account });
    if (u.team !== null) ops.push({ op: 'setTags', kind: 'user', ref: h.name, tags: { team: u.team } });
  });
  d.groups.forEach((g, i) => {
    const h: Holder = { kind: 'group', name: GROUPS[i] ?? `group${i}`, account: account(g.account) };
    holders.push(h);
    ops.push({ op: 'addGroup', name: h.name, account: h.account });
  });
  const users = holders.filter((h) => h.kind === 'user');
  const seen = new Set<string>();
  for (const m of d.memberships) {
    const user = pick(users, m.user);
    const group =
      user &&
      pick(
        holders.filter((h) => h.kind === 'group' && h.account === user.account),
        m.group,
      );
    if (user === undefined || group === undefined || seen.has(`${user.name}/${group.name}`)) continue;
    seen.add(`${user.name}/${group.name}`);
    ops.push({ op: 'addUserToGroup', user: user.name, group: group.name });
  }
  d.roles.forEach((r, i) => {
    const h: Holder = { kind: 'role', name: ROLES[i] ?? `role${i}`, account: account(r.account) };
    holders.push(h);
    const max = r.maxSession === null ? {} : { maxSessionDuration: r.maxSession };
    ops.push({ op: 'addRole', name: h.name, account: h.account, trustPolicy: r.trust, ...max });
  });
  policyOps(d, holders, account, ops);
  resourceOps(d, accounts, ops);
  return { operations: ops };
}

function organizationOps(
  d: Draw,
  accounts: readonly { readonly name: string; readonly id: string }[],
  outsider: { readonly name: string } | undefined,
  ops: AccountModelOperation[],
): void {
  const [management] = accounts;
  if (management === undefined) return;
  ops.push({ op: 'setManagementAccount', account: management.name });
  const members = accounts.filter((a) => a !== outsider).map((a) => a.name);
  const ous = new Set<string>();
  for (const p of d.placements) {
    const account = pick(members, p.account);
    const ou = pick(OUS, p.ou);
    if (account === undefined || ou === undefined) continue;
    ops.push({ op: 'placeAccount', account, ouPath: ou });
    // placeAccount creates every OU on the way (docs/design/model-api.md).
    for (let i = 2; i <= ou.split('/').length; i++) ous.add(ou.split('/').slice(0, i).join('/'));
  }
  const targets = ['Root', ...ous, ...members];
  d.scps.forEach((s, i) => {
    const target = pick(targets, s.target) ?? 'Root';
    ops.push({ op: 'attachScp', policyName: `scp-${i}`, target, document: s.document });
  });
  d.rcps.forEach((s, i) => {
    const target = pick(targets, s.target) ?? 'Root';
    ops.push({ op: 'attachRcp', policyName: `rcp-${i}`, target, document: s.document });
  });
  // FullAWSAccess is attached everywhere (R115); detaching it once from a target leaves that level without it.
  for (const target of new Set(d.detaches.map((n) => pick(targets, n) ?? 'Root'))) {
    ops.push({ op: 'detachScp', policyName: 'FullAWSAccess', target });
  }
}

function policyOps(d: Draw, holders: readonly Holder[], account: (n: number) => string, ops: AccountModelOperation[]) {
  const managed: { arn: string; account: string }[] = [];
  d.managed.forEach((m, i) => {
    const owner = account(m.account);
    const id = MODEL_ACCOUNTS.find((a) => a.name === owner)?.id ?? '';
    const policyName = `managed-${i}`;
    managed.push({ arn: `arn:aws:iam::${id}:policy/${policyName}`, account: owner });
    ops.push({ op: 'createManagedPolicy', policyName, account: owner, document: m.document });
  });
  const attached = new Set<string>();
  for (const a of d.attachments) {
    const policy = pick(managed, a.policy);
    const holder =
      policy &&
      pick(
        holders.filter((h) => h.account === policy.account),
        a.holder,
      );
    if (policy === undefined || holder === undefined || attached.has(`${policy.arn} ${holder.name}`)) continue;
    attached.add(`${policy.arn} ${holder.name}`);
    ops.push({ op: 'attachManagedPolicy', policyArn: policy.arn, kind: holder.kind, ref: holder.name });
  }
  d.inline.forEach((p, i) => {
    const holder = pick(holders, p.holder);
    if (holder === undefined) return;
    ops.push({
      op: 'putInlinePolicy',
      kind: holder.kind,
      ref: holder.name,
      policyName: `inline-${i}`,
      document: p.document,
    });
  });
  const bounded = holders.filter((h): h is Holder & { kind: 'user' | 'role' } => h.kind !== 'group');
  for (const b of d.boundaries) {
    const holder = pick(bounded, b.holder);
    if (holder !== undefined) {
      ops.push({ op: 'setPermissionsBoundary', kind: holder.kind, ref: holder.name, document: b.document });
    }
  }
}

function resourceOps(
  d: Draw,
  accounts: readonly { readonly name: string; readonly id: string }[],
  ops: AccountModelOperation[],
): void {
  const owner = (n: number) => pick(accounts, n) ?? { name: 'main', id: '999988887777' };
  d.buckets.forEach((b, i) => {
    const policy = b.policy === null ? {} : { policy: b.policy };
    ops.push({ op: 'addBucket', name: BUCKETS[i] ?? `bucket-${i}`, account: owner(b.account).name, ...policy });
  });
  d.others.forEach((r, i) => {
    const id = owner(r.account).id;
    const policy = r.policy === null ? {} : { policy: r.policy };
    ops.push({ op: 'addResource', arn: r.key ? keyArn(id, i) : queueArn(id, i), ...policy });
  });
}

/**
 * A random but valid plan for the account model: accounts, and sometimes an organization (management account, OUs,
 * SCPs and RCPs, FullAWSAccess detached here and there), users with tags, groups and memberships, roles with trust
 * policies, managed and inline policies, permissions boundaries, buckets, queues and keys with resource policies.
 * Every policy validates for its kind and names the model's own principals and resources often. The plan is data:
 * print it to replay a case, and build it with `buildModel`. Shrinking removes operations and keeps the plan valid.
 */
export function accountModel(constraints: AccountModelConstraints = {}): fc.Arbitrary<AccountModelPlan> {
  return draw(constraints).map(toPlan);
}
