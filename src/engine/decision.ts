import type { ConditionOutcome } from '../conditions/compile-conditions.js';
import type { Effect } from '../policy/policy.js';

/** The three outcomes of an authorization (R70). */
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** Which layer a policy belongs to. `resource` covers bucket policies, trust policies and key policies. */
export type PolicyType = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp';

/** Names a policy for reasons: its type, a name, and for SCP/RCP the level it is attached at. */
export interface PolicyRef {
  readonly type: PolicyType;
  readonly name: string;
  /** SCP/RCP level, 0 = organization root. */
  readonly level?: number;
  /** A readable name for the level, e.g. `Root`, `OU Workloads`, `account 111122223333`. */
  readonly levelName?: string;
}

/** A statement that decided (or helped decide) the outcome. */
export interface StatementRef {
  readonly policy: PolicyRef;
  readonly index: number;
  readonly sid?: string;
  readonly effect: Effect;
}

/** What did and did not match in a statement that applied to the action but not entirely. */
export interface NearMiss {
  readonly statement: StatementRef;
  readonly action: boolean;
  readonly resource: boolean;
  /** Undefined when the statement has no Principal/NotPrincipal. */
  readonly principal?: boolean;
  readonly conditions: readonly ConditionOutcome[];
}

/** One structured reason. Rendering to words lives in src/explain. */
export type Reason =
  | { readonly kind: 'explicit-deny'; readonly statement: StatementRef }
  | { readonly kind: 'allow'; readonly statement: StatementRef; readonly note?: string }
  | { readonly kind: 'no-allow'; readonly layer: PolicyType; readonly policyName?: string; readonly levelName?: string }
  | { readonly kind: 'rule'; readonly rule: string; readonly message: string }
  | { readonly kind: 'near-miss'; readonly miss: NearMiss };

/** The answer to one request. */
export interface AuthorizationResult {
  readonly decision: Decision;
  readonly reasons: readonly Reason[];
  /** Lowercase-insensitive key names (as written in the policies) that a condition read but the request lacked. */
  readonly missingContextKeys: readonly string[];
}
