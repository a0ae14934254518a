import type { Policy } from '../policy/policy.js';
import { CompiledStatement } from './compiled-statement.js';
import type { PolicyRef } from './decision.js';

const NONE: readonly CompiledStatement[] = [];

/**
 * A policy compiled once. Statements are indexed by service prefix so that a request only looks at the statements
 * that can apply to its action; statements that can apply to any service (`*`, `NotAction`, `s3*:…`) are kept apart.
 */
export class CompiledPolicy {
  readonly ref: PolicyRef;
  readonly policy: Policy;
  readonly statements: readonly CompiledStatement[];
  private readonly byService: Map<string, CompiledStatement[]>;
  private readonly anyService: readonly CompiledStatement[];

  constructor(policy: Policy, ref: PolicyRef) {
    this.ref = ref;
    this.policy = policy;
    this.statements = policy.statements.map((s) => new CompiledStatement(s, ref, policy.supportsVariables));
    this.byService = new Map();
    const any: CompiledStatement[] = [];
    for (const statement of this.statements) {
      if (statement.services === 'any') {
        any.push(statement);
        continue;
      }
      for (const service of statement.services) {
        const list = this.byService.get(service);
        if (list === undefined) this.byService.set(service, [statement]);
        else list.push(statement);
      }
    }
    this.anyService = any;
  }

  /** Statements indexed under exactly this (lowercase) service. */
  forService(service: string): readonly CompiledStatement[] {
    return this.byService.get(service) ?? NONE;
  }

  /** Statements that may apply to any service. */
  get forAnyService(): readonly CompiledStatement[] {
    return this.anyService;
  }
}
