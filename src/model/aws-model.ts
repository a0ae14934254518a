import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { Bundle } from '../engine/bundle.js';
import type { AuthorizationResult } from '../engine/decision.js';
import { accountOfArn } from '../engine/derive-context.js';
import { Accounts } from './accounts.js';
import { AuthorizerCache } from './authorizer-cache.js';
import { buildBundle } from './build-bundle.js';
import type { Caller } from './caller.js';
import { Clock } from './clock.js';
import { credentialRefusal, type Refusal } from './credential-limits.js';
import { checkMaxSessionDuration, DEFAULT_MAX_SESSION, IamDirectory } from './iam-directory.js';
import {
  type Group,
  mergeTags,
  type PolicyHolder,
  requireUniqueTagKeys,
  type Role,
  type Tags,
  type User,
} from './iam-entities.js';
import { ModelError } from './model-error.js';
import type { ModelState } from './model-state.js';
import { memberAccount, orgTarget, requireOrg } from './org-targets.js';
import { type OrgPolicyKind, Organization } from './organization.js';
import { type CatalogStrictness, DocumentReader } from './document-reader.js';
import { RequestDefaults } from './request-defaults.js';
import { resolveCaller } from './resolve-caller.js';
import { type ResolvedResource, resolveResource } from './resolve-resource.js';
import { Resources } from './resources.js';
import type { SessionStore } from './session.js';

export type { Caller } from './caller.js';

export type HolderKind = 'user' | 'group' | 'role';

/** The engine's answer for a model request, with the bundle it was computed from. */
export interface ModelAuthorization {
  readonly bundle: Bundle;
  readonly result: AuthorizationResult;
}

/**
 * An in-memory AWS: accounts, an organization, IAM principals and policies, resources, and a clock. It builds engine
 * bundles for requests and asks the engine (docs/design/model-api.md); it evaluates no policy itself.
 */
export class AwsModel implements ModelState {
  readonly clock: Clock;
  readonly accounts = new Accounts();
  readonly iam = new IamDirectory();
  readonly resources = new Resources();
  private org: Organization | undefined;
  private readonly cache = new AuthorizerCache();
  /** The region and context keys every request carries unless it gives its own (R155–R158). */
  readonly requestDefaults = new RequestDefaults();
  /** Reads the model's policies; `catalog` sets how strictly they are compared with the AWS catalogue. */
  readonly documents: DocumentReader;

  /**
   * `catalog`: how strictly policies are compared with the AWS catalogue; by default unknown actions and condition
   * keys are warnings, as AWS accepts them, while scenarios make them errors (R159, R160).
   */
  constructor(options: { readonly now?: string; readonly catalog?: CatalogStrictness } = {}) {
    this.clock = new Clock(options.now);
    this.documents = new DocumentReader(options.catalog);
  }

  get organization(): Organization | undefined {
    return this.org;
  }

  /** The model's current instant (ISO 8601). */
  get now(): string {
    return this.clock.now;
  }

  advance(seconds: number): void {
    this.clock.advance(seconds);
  }

  setNow(iso: string): void {
    this.clock.set(iso);
  }

  /** R155: the region of every later request that does not give aws:RequestedRegion itself. */
  setDefaultRegion(region: string): void {
    this.requestDefaults.setRegion(region);
  }

  /** R158: context keys every later request carries unless it gives them itself. */
  setDefaultContext(context: Readonly<Record<string, ContextValue>>): void {
    this.requestDefaults.setContext(context);
  }

  // ---- accounts and organization ----

  addAccount(name: string, id: string, options: { readonly outsideOrganization?: boolean } = {}): void {
    const account = this.accounts.add(name, id, options.outsideOrganization === true);
    if (this.org !== undefined && !account.outsideOrganization) this.org.join(account.id);
  }

  /** Creates the organization (root "Root", FullAWSAccess everywhere, R115) with this management account. */
  setManagementAccount(accountName: string): void {
    const account = this.accounts.require(accountName);
    if (account.outsideOrganization) throw new ModelError(`account "${account.name}" is outside the organization`);
    if (this.org !== undefined && this.org.managementAccountId !== account.id) {
      throw new ModelError(`the organization's management account is already ${this.org.managementAccountId}`);
    }
    if (this.org !== undefined) return;
    const org = new Organization(account.id);
    for (const member of this.accounts.list()) if (!member.outsideOrganization) org.join(member.id);
    this.org = org;
  }

  placeAccount(accountName: string, ouPath: string): void {
    requireOrg(this.org).place(memberAccount(this.accounts, this.org, accountName).id, ouPath);
  }

  attachScp(policyName: string, target: string, document: unknown): void {
    this.attachOrgPolicy('scp', policyName, target, document);
  }

  attachRcp(policyName: string, target: string, document: unknown): void {
    this.attachOrgPolicy('rcp', policyName, target, document);
  }

  /** Detaches an SCP, FullAWSAccess included (R115). */
  detachScp(policyName: string, target: string): void {
    requireOrg(this.org).detach('scp', orgTarget(this.accounts, this.org, target), policyName);
  }

  detachRcp(policyName: string, target: string): void {
    requireOrg(this.org).detach('rcp', orgTarget(this.accounts, this.org, target), policyName);
  }

  // ---- principals ----

  addUser(name: string, accountName: string, options: { readonly path?: string } = {}): string {
    return this.iam.addUser(name, this.accounts.require(accountName).id, options.path).arn;
  }

  addGroup(name: string, accountName: string, options: { readonly path?: string } = {}): string {
    return this.iam.addGroup(name, this.accounts.require(accountName).id, options.path).arn;
  }

  /** R111, R112: at most 10 groups per user; groups hold users only. */
  addUserToGroup(userRef: string, groupRef: string): void {
    if (this.iam.users.find(userRef) === undefined && this.iam.groups.find(userRef) !== undefined) {
      throw new ModelError(`"${userRef}" is a group; groups cannot be nested (R112)`);
    }
    this.iam.addUserToGroup(this.user(userRef), this.group(groupRef));
  }

  addRole(
    name: string,
    accountName: string,
    trustPolicy: unknown,
    options: { readonly path?: string; readonly maxSessionDuration?: number } = {},
  ): string {
    const accountId = this.accounts.require(accountName).id;
    const trust = this.documents.read(`trust policy of ${name}`, 'trust', trustPolicy);
    const maxSession = checkMaxSessionDuration(options.maxSessionDuration ?? DEFAULT_MAX_SESSION);
    const role = this.iam.addRole(name, accountId, trust, options.path);
    role.maxSessionDuration = maxSession;
    return role.arn;
  }

  updateTrustPolicy(roleRef: string, trustPolicy: unknown): void {
    const role = this.role(roleRef);
    role.trust = this.documents.read(`trust policy of ${role.name}`, 'trust', trustPolicy);
  }

  /** R113: 3600–43200 seconds. */
  setMaxSessionDuration(roleRef: string, seconds: number): void {
    this.role(roleRef).maxSessionDuration = checkMaxSessionDuration(seconds);
  }

  putInlinePolicy(kind: HolderKind, ref: string, policyName: string, document: unknown): void {
    this.holder(kind, ref).inline.set(policyName, this.documents.read(policyName, 'identity', document));
  }

  createManagedPolicy(policyName: string, accountName: string, document: unknown): string {
    const policy = this.documents.read(policyName, 'identity', document);
    return this.iam.createManaged(policyName, this.accounts.require(accountName).id, policy).arn;
  }

  /** `policyRef` is a name (looked up in the principal's account) or a policy ARN. */
  attachManagedPolicy(policyRef: string, kind: HolderKind, ref: string): void {
    const holder = this.holder(kind, ref);
    this.iam.attachManaged(this.iam.managed.require(policyRef, holder.accountId), holder);
  }

  setPermissionsBoundary(kind: 'user' | 'role', ref: string, document: unknown): void {
    const holder = kind === 'user' ? this.user(ref) : this.role(ref);
    holder.boundary = this.documents.read(`boundary of ${holder.name}`, 'boundary', document);
  }

  /**
   * Adds or replaces tags, as TagUser/TagRole do; a key differing only in case replaces the old one, and two keys of
   * one call that differ only in case are an error, since user and role tag keys are unique ignoring case (R110).
   */
  setTags(kind: 'user' | 'role', ref: string, tags: Tags): void {
    const holder = kind === 'user' ? this.user(ref) : this.role(ref);
    requireUniqueTagKeys(tags, `${kind} ${holder.name}`);
    holder.tags = mergeTags(holder.tags, tags);
  }

  addMfaDevice(userRef: string): void {
    this.user(userRef).mfaDevices += 1;
  }

  /** R114. */
  deleteUser(ref: string): void {
    this.iam.deleteUser(this.user(ref));
  }

  /** R114; the role's sessions keep their names but lose every permission. */
  deleteRole(ref: string): void {
    this.iam.deleteRole(this.role(ref));
  }

  /** The id of an account given by name or id. */
  accountId(ref: string): string {
    return this.accounts.require(ref).id;
  }

  roleArn(ref: string): string {
    return this.role(ref).arn;
  }

  user(ref: string): User {
    return this.iam.users.require(ref);
  }

  group(ref: string): Group {
    return this.iam.groups.require(ref);
  }

  role(ref: string): Role {
    return this.iam.roles.require(ref);
  }

  // ---- resources ----

  addBucket(name: string, accountName: string, policy?: unknown, tags: Tags = {}): string {
    const accountId = this.accounts.require(accountName).id;
    const read = policy === undefined ? undefined : this.documents.read(`bucket policy of ${name}`, 'resource', policy);
    const bucket = this.resources.addBucket(name, accountId);
    bucket.policy = read;
    bucket.tags = nullRecord(tags);
    return bucket.arn;
  }

  /** A KMS key, queue, topic, function, secret … by ARN; the ARN's account must be modelled. */
  addResource(arn: string, policy?: unknown, tags: Tags = {}): string {
    const accountId = accountOfArn(arn);
    if (accountId !== undefined) this.accounts.require(accountId);
    const read =
      policy === undefined ? undefined : this.documents.read(`resource policy of ${arn}`, 'resource', policy);
    const resource = this.resources.addResource(arn);
    resource.policy = read;
    resource.tags = nullRecord(tags);
    return resource.arn;
  }

  setResourcePolicy(arnOrBucket: string, policy: unknown): void {
    const resource = this.resources.require(arnOrBucket);
    resource.policy = this.documents.read(`resource policy of ${resource.arn}`, 'resource', policy);
  }

  setResourceTags(arnOrBucket: string, tags: Tags): void {
    const resource = this.resources.require(arnOrBucket);
    resource.tags = mergeTags(resource.tags, tags);
  }

  resourceFor(arn: string): ResolvedResource {
    return resolveResource(this, arn);
  }

  // ---- asking the engine ----

  resolveCaller(ref: string, sessions: SessionStore): Caller {
    return resolveCaller(this, ref, sessions);
  }

  /** What the caller's credentials can never do (expired, R131, R133, R134, R136), if this request is such. */
  refusal(caller: Caller, action: string): Refusal | undefined {
    return credentialRefusal(caller, action, this.clock.epochSeconds);
  }

  /** The engine input for a request; expired credentials are refused (R136). */
  bundleFor(caller: Caller, action: string, resource: string, context: Record<string, ContextValue> = {}): Bundle {
    const refusal = this.refusal(caller, action);
    if (refusal?.rule === 'R136') throw new ModelError(refusal.message);
    return buildBundle(this, caller, action, resource, context);
  }

  /** Decides a request with reasons (explain on); credential refusals answer ImplicitDeny without the engine. */
  authorize(
    caller: Caller,
    action: string,
    resource: string,
    context: Record<string, ContextValue> = {},
  ): ModelAuthorization {
    const bundle = buildBundle(this, caller, action, resource, context);
    const refusal = this.refusal(caller, action);
    if (refusal !== undefined) {
      const reason = { kind: 'rule' as const, rule: refusal.rule, message: refusal.message };
      return { bundle, result: { decision: 'ImplicitDeny', reasons: [reason], missingContextKeys: [] } };
    }
    const { request, ...scenario } = bundle;
    return { bundle, result: this.cache.get(scenario).authorize(request, { explain: true }) };
  }

  // ---- helpers ----

  private holder(kind: HolderKind, ref: string): PolicyHolder {
    return kind === 'user' ? this.user(ref) : kind === 'group' ? this.group(ref) : this.role(ref);
  }

  private attachOrgPolicy(kind: OrgPolicyKind, policyName: string, target: string, document: unknown): void {
    const policy = this.documents.read(policyName, kind, document);
    requireOrg(this.org).attach(kind, orgTarget(this.accounts, this.org, target), policy);
  }
}
