import type { CallerKind } from '../context/caller.js';
import type { ContextValue } from '../context/request-context.js';
import type { Policy } from '../policy/policy.js';

/** A policy with the name reasons use for it. */
export interface NamedPolicy {
  readonly name: string;
  readonly policy: Policy;
}

/** One SCP or RCP level (organization root, an OU, the account) with the policies attached there. */
export interface OrgLevel {
  readonly name: string;
  readonly policies: readonly NamedPolicy[];
}

/** The principal part of a bundle, validated (see docs/cli.md for the JSON form). */
export interface BundlePrincipal {
  readonly kind: CallerKind;
  readonly arn?: string;
  readonly roleArn?: string;
  readonly account?: string;
  readonly identityPolicies: readonly NamedPolicy[];
  readonly permissionsBoundary?: NamedPolicy;
  readonly sessionPolicy?: NamedPolicy;
  readonly tags: Readonly<Record<string, string>>;
  /** For a federated user: the IAM user who called GetFederationToken (R78). */
  readonly userArn?: string;
  /** The unique id (AIDA…/AROA…) used for aws:userid. */
  readonly uniqueId?: string;
  /** The organization id of the principal's account, for aws:PrincipalOrgID. */
  readonly orgId?: string;
  /** Identity provider for web-identity or SAML sessions. */
  readonly provider?: string;
}

export interface BundleRequest {
  readonly action: string;
  readonly resource: string;
  readonly resourceAccount?: string;
  readonly resourceTags: Readonly<Record<string, string>>;
  readonly context: Readonly<Record<string, ContextValue>>;
}

/** Everything `simulate` needs, validated and with every policy parsed. */
export interface Bundle {
  readonly principal: BundlePrincipal;
  readonly request: BundleRequest;
  readonly resourcePolicy?: NamedPolicy;
  /** Absent: no organization applies. Root first. */
  readonly scps?: readonly OrgLevel[];
  readonly rcps?: readonly OrgLevel[];
  /** The principal's account is the organization's management account (R87). */
  readonly isManagementAccount: boolean;
  /** The resource's account is the management account (R91); defaults to isManagementAccount for same-account requests. */
  readonly resourceIsManagementAccount: boolean;
}
