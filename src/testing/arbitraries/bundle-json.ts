/**
 * The JSON shapes the arbitraries produce: IAM policy documents as AWS writes them, and `iamspec simulate` bundles
 * (docs/cli.md, schema/bundle.schema.json). Plain data, ready for `JSON.stringify`.
 */

/** One condition value as the policy grammar allows it: a string, number or boolean (R17). */
export type ConditionValueJson = string | number | boolean;

/** A Condition element: operator → condition key → one value or a list of values. */
export type ConditionJson = Record<string, Record<string, ConditionValueJson | ConditionValueJson[]>>;

/** A Principal or NotPrincipal element. */
export type PrincipalElementJson =
  | '*'
  | {
      AWS?: string | string[];
      Service?: string | string[];
      Federated?: string | string[];
      CanonicalUser?: string | string[];
    };

/** One policy statement. */
export interface StatementJson {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: PrincipalElementJson;
  NotPrincipal?: PrincipalElementJson;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: ConditionJson;
}

/** A policy document. */
export interface PolicyDocumentJson {
  Version?: '2012-10-17' | '2008-10-17';
  Statement: StatementJson | StatementJson[];
}

/** A policy with the name that reasons use for it. */
export interface NamedPolicyJson {
  name: string;
  document: PolicyDocumentJson;
}

/** A context value: a string, or a list of strings for a multivalued key (`[]` is an empty set). */
export type ContextValueJson = string | string[];

/** The request context of a bundle: condition key → value. */
export type RequestContextJson = Record<string, ContextValueJson>;

/** The kinds of caller a bundle can describe. */
export type PrincipalKind = 'user' | 'role-session' | 'federated-user' | 'root' | 'anonymous' | 'service';

/** The `principal` part of a bundle. */
export interface BundlePrincipalJson {
  kind: PrincipalKind;
  arn?: string;
  roleArn?: string;
  account?: string;
  userArn?: string;
  uniqueId?: string;
  orgId?: string;
  provider?: string;
  tags?: Record<string, string>;
  identityPolicies?: NamedPolicyJson[];
  permissionsBoundary?: NamedPolicyJson;
  sessionPolicy?: NamedPolicyJson;
}

/** The `request` part of a bundle. */
export interface BundleRequestJson {
  action: string;
  resource: string;
  resourceAccount?: string;
  resourceTags?: Record<string, string>;
  context?: RequestContextJson;
}

/** One SCP or RCP level, root first. */
export interface OrgLevelJson {
  name: string;
  policies: NamedPolicyJson[];
}

/** A whole `iamspec simulate` input. */
export interface BundleJson {
  principal: BundlePrincipalJson;
  request: BundleRequestJson;
  resourcePolicy?: NamedPolicyJson;
  scps?: OrgLevelJson[];
  rcps?: OrgLevelJson[];
  isManagementAccount?: boolean;
  resourceIsManagementAccount?: boolean;
}
