import { Authorizer, type Scenario } from '../engine/authorizer.js';
import type { NamedPolicy, OrgLevel } from '../engine/bundle.js';

/** Enough for a scenario's requests; beyond it the cache starts again rather than grow without bound. */
const LIMIT = 512;

/**
 * Compiled Authorizers by what they were compiled from (guide: compile once). Policies are compared by identity:
 * the model parses each document once and keeps the object until the scenario replaces it, so a changed policy is a
 * new object and a new key.
 */
export class AuthorizerCache {
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private readonly compiled = new Map<string, Authorizer>();

  get(scenario: Scenario): Authorizer {
    const key = this.keyOf(scenario);
    let authorizer = this.compiled.get(key);
    if (authorizer === undefined) {
      if (this.compiled.size >= LIMIT) this.compiled.clear();
      authorizer = new Authorizer(scenario);
      this.compiled.set(key, authorizer);
    }
    return authorizer;
  }

  private keyOf(s: Scenario): string {
    const { identityPolicies, permissionsBoundary, sessionPolicy, tags, ...rest } = s.principal;
    return JSON.stringify([
      rest,
      Object.entries(tags).sort(),
      identityPolicies.map((p) => this.id(p)),
      this.id(permissionsBoundary),
      this.id(sessionPolicy),
      this.id(s.resourcePolicy),
      this.levels(s.scps),
      this.levels(s.rcps),
      s.isManagementAccount,
      s.resourceIsManagementAccount,
    ]);
  }

  private levels(levels: readonly OrgLevel[] | undefined): unknown {
    return levels?.map((level) => [level.name, level.policies.map((p) => this.id(p))]) ?? null;
  }

  private id(policy: NamedPolicy | undefined): number {
    if (policy === undefined) return 0;
    let id = this.ids.get(policy);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(policy, id);
    }
    return id;
  }
}
