import { type CompiledConditions, compileConditions } from '../conditions/compile-conditions.js';
import type { Caller } from '../context/caller.js';
import type { RequestContext } from '../context/request-context.js';
import { compileActionMatcher } from '../match/action-matcher.js';
import { compilePrincipalMatcher, type PrincipalMatch } from '../match/principal-matcher.js';
import { compileResourceMatcher } from '../match/resource-matcher.js';
import type { Effect, PrincipalSpec, Statement } from '../policy/policy.js';
import type { PolicyRef, StatementRef } from './decision.js';
import { compileNotPrincipal, type NotPrincipalTest } from './not-principal.js';

/** A request prepared once for matching: the action lowercased, its service split off. */
export interface PreparedRequest {
  readonly action: string;
  readonly actionLower: string;
  readonly service: string;
  readonly resource: string;
  /** The resource's account: given, else from the ARN, else the caller's (S3 ARNs name no account). */
  readonly resourceAccount: string | undefined;
  readonly context: RequestContext;
  readonly caller: Caller;
  /** True when the caller's entity has a permissions boundary (R84). */
  readonly hasBoundary: boolean;
}

interface Tester {
  test(value: string, ctx: RequestContext): boolean;
}

/** How a statement's principal part relates to the caller (resource policies only). */
export type PrincipalOutcome =
  | { readonly applies: false }
  | { readonly applies: true; readonly match?: PrincipalMatch };

/**
 * A statement compiled once into matchers. `applies` is the hot path: no allocation, no parsing.
 */
export class CompiledStatement {
  readonly ref: StatementRef;
  readonly source: Statement;
  readonly effect: Effect;
  /** Lowercased service prefixes this statement can apply to, or 'any'. */
  readonly services: ReadonlySet<string> | 'any';
  readonly conditions: CompiledConditions;
  /** Condition keys, lowercased for lookup and as written for reports. */
  readonly conditionKeys: readonly { readonly lower: string; readonly written: string }[];
  private readonly actionTest: (actionLower: string) => boolean;
  private readonly resourceTest: Tester;
  private readonly resourceNegated: boolean;
  private readonly principalMatch: ((caller: Caller) => PrincipalMatch | undefined) | undefined;
  private readonly notPrincipalSpec: PrincipalSpec | undefined;

  constructor(statement: Statement, policy: PolicyRef, supportsVariables: boolean) {
    this.source = statement;
    this.effect = statement.effect;
    this.ref = { policy, index: statement.index, effect: statement.effect, ...sidOf(statement) };
    const actions = compileActionMatcher(statement.action ?? statement.notAction ?? []);
    const negatedAction = statement.action === undefined;
    // R10: NotAction applies to every action it does not list, so it cannot be indexed by service.
    this.services = negatedAction ? 'any' : actions.services;
    this.actionTest = negatedAction ? (a) => !actions.test(a) : (a) => actions.test(a);
    this.resourceNegated = statement.resource === undefined && statement.notResource !== undefined;
    this.resourceTest = compileResourceMatcher(statement.resource ?? statement.notResource ?? ['*'], supportsVariables);
    if (statement.principal !== undefined) {
      // R39: a Deny's Principal names a user or role whatever the letter case of its name (fails closed).
      const matcher = compilePrincipalMatcher(statement.principal, { ignoreCase: statement.effect === 'Deny' });
      this.principalMatch = (caller) => matcher.match(caller);
    } else {
      this.principalMatch = undefined;
    }
    this.notPrincipalSpec = statement.notPrincipal;
    // R84, R85: which identities a NotPrincipal must name to leave the caller out depends on the effect.
    this.notPrincipal =
      statement.notPrincipal === undefined ? undefined : compileNotPrincipal(statement.notPrincipal, statement.effect);
    this.conditions = compileConditions(statement.conditions, supportsVariables);
    this.conditionKeys = uniqueKeys(statement);
  }

  private readonly notPrincipal: NotPrincipalTest | undefined;

  /** True when the statement has a Principal or NotPrincipal element. */
  get hasPrincipal(): boolean {
    return this.principalMatch !== undefined || this.notPrincipalSpec !== undefined;
  }

  /** True when the statement has a Principal element (not NotPrincipal). */
  get namesPrincipals(): boolean {
    return this.principalMatch !== undefined;
  }

  matchesAction(actionLower: string): boolean {
    return this.actionTest(actionLower);
  }

  matchesResource(resource: string, ctx: RequestContext): boolean {
    return this.resourceTest.test(resource, ctx) !== this.resourceNegated;
  }

  /** The principal part: does it cover the caller, and how (R74–R78, R84, R85)? */
  principal(req: PreparedRequest): PrincipalOutcome {
    if (this.principalMatch !== undefined) {
      const match = this.principalMatch(req.caller);
      return match === undefined ? NOT_APPLIES : { applies: true, match };
    }
    if (this.notPrincipal !== undefined) {
      return this.notPrincipal(req.caller, req.hasBoundary) ? APPLIES : NOT_APPLIES;
    }
    return APPLIES;
  }

  /** Action, resource and conditions (not the principal part). */
  applies(req: PreparedRequest): boolean {
    return (
      this.actionTest(req.actionLower) &&
      this.resourceTest.test(req.resource, req.context) !== this.resourceNegated &&
      (this.conditions.always || this.conditions.test(req.context))
    );
  }
}

const APPLIES: PrincipalOutcome = { applies: true };
const NOT_APPLIES: PrincipalOutcome = { applies: false };

function sidOf(statement: Statement): { sid?: string } {
  return statement.sid === undefined ? {} : { sid: statement.sid };
}

function uniqueKeys(statement: Statement): { lower: string; written: string }[] {
  const seen = new Map<string, string>();
  for (const entry of statement.conditions) {
    const lower = entry.key.toLowerCase();
    if (!seen.has(lower)) seen.set(lower, entry.key);
  }
  return [...seen].map(([lower, written]) => ({ lower, written }));
}
