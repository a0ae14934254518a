/**
 * iamspec's public testing API: fast-check arbitraries for IAM policies and `iamspec simulate` bundles, for writing
 * your own property-based tests, and `coverageOf` to show that a property saw every kind of decision.
 *
 * Every arbitrary takes a `Constraints` object, as fast-check's own do, and draws from one small shared vocabulary
 * (`vocabulary`), so that generated policies and requests match each other often and miss each other often.
 * `accountModel()` draws a whole account model (accounts, organization, principals, policies, resources) as a
 * replayable plan of operations, and `buildModel(plan)` builds it.
 *
 * @packageDocumentation
 */

/** A 12-digit account id from the vocabulary's accounts. */
export { type AccountIdConstraints, accountId } from './arbitraries/account-id.js';
/** A concrete action `service:Action`, as a request carries it, sometimes in another letter case. */
export { type ActionNameConstraints, actionName } from './arbitraries/action-name.js';
/** An Action / NotAction entry, wildcards included. */
export { type ActionPatternConstraints, actionPattern } from './arbitraries/action-pattern.js';
/** A resource ARN from the vocabulary. */
export { type ArnConstraints, arn } from './arbitraries/arn.js';
/** A Resource / NotResource entry: `*`, ARNs, wildcards, policy variables. */
export { type ResourcePatternConstraints, resourcePattern } from './arbitraries/resource-pattern.js';
/** A Condition element over every operator family, with IfExists and the set qualifiers. */
export { type ConditionBlockConstraints, conditionBlock } from './arbitraries/condition-block.js';
/** A Principal or NotPrincipal element. */
export { type PrincipalElementConstraints, principalElement } from './arbitraries/principal-element.js';
/** One policy statement valid for its kind of policy. */
export { type PolicyKindJson, type StatementConstraints, statement } from './arbitraries/statement.js';
/** A policy document. */
export { type PolicyDocumentConstraints, policyDocument } from './arbitraries/policy-document.js';
/** The caller of a bundle, of any kind, without its policies. */
export { type PrincipalConstraints, principal } from './arbitraries/principal.js';
/** The `request.context` of a bundle. */
export { type RequestContextConstraints, requestContext } from './arbitraries/request-context.js';
/** A whole `iamspec simulate` input with every policy layer. */
export { type BundleConstraints, bundle } from './arbitraries/bundle.js';
/**
 * A random but valid account model as a plan of `AwsModel` operations (data: print it to replay a case), with
 * accounts, an organization with OUs, SCPs and RCPs, users, groups, roles with trust policies, managed and inline
 * policies, boundaries, and buckets, queues and keys with resource policies. Shrinks to smaller plans that still build.
 */
export { type AccountModelConstraints, accountModel } from './arbitraries/account-model.js';
/** The plan `accountModel()` draws: `AwsModel` operations as data. */
export type { AccountModelOperation, AccountModelPlan } from './arbitraries/account-model-plan.js';
/** Builds the `AwsModel` a plan from `accountModel()` describes, applying its operations in order. */
export { buildModel } from './arbitraries/build-model.js';
/** A wildcard pattern made from a text; it always matches the text itself. */
export { type WildcardVariantConstraints, wildcardVariant } from './arbitraries/wildcard-variant.js';
/** The JSON shapes the arbitraries produce. */
export type {
  BundleJson,
  BundlePrincipalJson,
  BundleRequestJson,
  ConditionJson,
  ConditionValueJson,
  ContextValueJson,
  NamedPolicyJson,
  OrgLevelJson,
  PolicyDocumentJson,
  PrincipalElementJson,
  PrincipalKind,
  RequestContextJson,
  StatementJson,
} from './arbitraries/bundle-json.js';
/** The shared vocabulary the arbitraries draw from. */
export * as vocabulary from './arbitraries/vocabulary.js';
/** Shares of Allow, ExplicitDeny and ImplicitDeny among generated cases. */
export { type DecisionCoverage, coverageOf } from './coverage-of.js';
