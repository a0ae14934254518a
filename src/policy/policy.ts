/**
 * The normalised, typed form of an IAM policy document. Every string-or-array element has become an
 * array exactly once, at parse time; nothing downstream looks at raw JSON again.
 */

export type Effect = 'Allow' | 'Deny';

/** The two policy language versions AWS accepts (R2). */
export type PolicyVersion = '2012-10-17' | '2008-10-17';

/**
 * Which kind of policy a document is. It decides whether Principal is required or forbidden
 * and which elements are meaningful.
 */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'scp' | 'rcp';

/**
 * A Principal or NotPrincipal element. `"*"` sets `wildcard`; each map key becomes one list.
 * AWS values keep the text as written (a bare account id stays a bare account id; matchers resolve it).
 */
export interface PrincipalSpec {
  readonly wildcard: boolean;
  readonly aws: readonly string[];
  readonly service: readonly string[];
  readonly federated: readonly string[];
  readonly canonicalUser: readonly string[];
}

/**
 * One (operator, key) pair of a Condition block, with its values turned into strings
 * (JSON booleans and numbers become their text, as AWS compares them as strings first).
 */
export interface ConditionEntry {
  /** The operator exactly as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string;
  /** The condition key exactly as written; matching is case-insensitive. */
  readonly key: string;
  readonly values: readonly string[];
  /** JSON path of this entry, e.g. `Statement[0].Condition.StringEquals.aws:username`. */
  readonly path: string;
}

export interface Statement {
  /** Position in the Statement array (0 when Statement is a single object). */
  readonly index: number;
  readonly sid?: string;
  readonly effect: Effect;
  readonly action?: readonly string[];
  readonly notAction?: readonly string[];
  readonly resource?: readonly string[];
  readonly notResource?: readonly string[];
  readonly principal?: PrincipalSpec;
  readonly notPrincipal?: PrincipalSpec;
  readonly conditions: readonly ConditionEntry[];
}

export interface Policy {
  /** Absent when the document has no Version element. */
  readonly version?: PolicyVersion;
  readonly id?: string;
  readonly statements: readonly Statement[];
  /** False under 2008-10-17 or with no Version: `${...}` is then literal text (R3). */
  readonly supportsVariables: boolean;
}
