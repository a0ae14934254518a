/**
 * iamspec's public library API. Everything else under src/ may change between versions; this file may not
 * without a CHANGELOG entry.
 *
 * @packageDocumentation
 */

/** Reads a policy document from JSON text or a parsed value; returns the typed policy and diagnostics. */
export { parsePolicy, type ParsePolicyOptions, type ParsePolicyResult } from './policy/parse-policy.js';
/** Everything iamspec checks about a policy: grammar, values, and the AWS action catalogue. */
export { validatePolicy, type ValidatePolicyOptions } from './lint/validate-policy.js';
/** Prints a parsed policy back as canonical JSON (arrays everywhere). */
export { printPolicy } from './policy/print-policy.js';
/** A finding about an input: code, severity, one-line message and JSON path. */
export type { Diagnostic, Severity } from './policy/diagnostic.js';
/** The typed policy model. */
export type {
  ConditionEntry,
  Effect,
  Policy,
  PolicyKind,
  PolicyVersion,
  PrincipalSpec,
  Statement,
} from './policy/policy.js';
/** Condition keys of a request; key names are case-insensitive. */
export { type ContextValue, RequestContext } from './context/request-context.js';
/** Who makes a request. */
export type { Caller, CallerKind } from './context/caller.js';
/** Linear-time wildcard matching, compiled once. */
export { compileGlob, type Glob } from './match/glob.js';
/** Validates a `simulate` bundle and parses its policies. */
export { parseBundle, type ParseBundleResult } from './bundle/parse-bundle.js';
/** Decides one bundle. */
export { simulate } from './engine/simulate.js';
/** Compiles a principal's policies once and decides many requests. */
export { Authorizer, type AuthorizeOptions, type Scenario } from './engine/authorizer.js';
/** The engine's input and output types. */
export type { Bundle, BundlePrincipal, BundleRequest, NamedPolicy, OrgLevel } from './engine/bundle.js';
export type {
  AuthorizationResult,
  Decision,
  NearMiss,
  PolicyRef,
  PolicyType,
  Reason,
  StatementRef,
} from './engine/decision.js';
/** Renders a decision's reasons as text for people, or as JSON data. */
export { renderText, type RequestSummary } from './explain/render-text.js';
export { renderJson } from './explain/render-json.js';
/**
 * Properties of an account model (`AwsModel`), checked exhaustively over the AWS action catalogue and with
 * fast-check over generated requests. Each returns `{ ok: true, seed, … }` or `{ ok: false, counterexample, seed,
 * path, … }`; pass `{ seed, path }` back in the options to replay a failure. See docs/properties.md.
 */
export { checkNever, checkOnlyActions } from './properties/check-never.js';
/** No principal outside an account (or the organization) can make a request. */
export { checkNoOutsider, type Perimeter } from './properties/check-outsiders.js';
/** Only the listed principals can make a request. */
export { checkOnlyPrincipals } from './properties/check-only-principals.js';
/** An SCP's Deny statements win for every request they cover. */
export { checkScpDenyWins } from './properties/check-scp-deny.js';
/** A failed property in words, with its counterexample bundle, seed and path. */
export { describeFailure } from './properties/describe-failure.js';
/** Options and results of the property checks. */
export type { PropertyOptions } from './properties/property-options.js';
export type {
  Counterexample,
  PropertyFailed,
  PropertyPassed,
  PropertyResult,
} from './properties/property-result.js';
/** The in-memory account model: organization, accounts, principals, policies, resources (docs/design/model-api.md). */
export { AwsModel, type Caller as ModelCaller, type HolderKind, type ModelAuthorization } from './model/aws-model.js';
export { ModelError } from './model/model-error.js';
/** STS operations on the model, and the sessions they issue. */
export { Sts } from './sts/sts.js';
export { type Session, type SessionKind, SessionStore } from './model/session.js';
