import fc from 'fast-check';
import { defaultResourceTypes } from '../catalog/action-resource-types.js';
import type { ContextValue } from '../context/request-context.js';
import type { Authorizer } from '../engine/authorizer.js';
import type { Bundle } from '../engine/bundle.js';
import type { AuthorizationResult } from '../engine/decision.js';
import { AuthorizerCache } from '../model/authorizer-cache.js';
import { type ActionClass, mayBeGranted, type StatementActionTest } from './action-classes.js';
import type { GeneratedPrincipal } from './generated-principal.js';
import { genericResource } from './generic-resource.js';
import { type PreparedBundle, type RequestBuilder, withCase } from './request-builder.js';
import type { Requester } from './requester.js';
import type { ResourceScope } from './resource-scope.js';

type Context = Record<string, ContextValue>;

/** One generated case of a sweep. */
export interface SweepValue {
  readonly generated: GeneratedPrincipal | undefined;
  readonly context: Context;
  /** One resource per wildcard pattern of the scope. */
  readonly instances: readonly string[];
  /** Tags of resources the model does not hold. */
  readonly resourceTags: Record<string, string>;
}

/** What a sweep asks: every requester, every action class it may be granted, every resource, in each case. */
export interface SweepSpec {
  readonly builder: RequestBuilder;
  readonly fixed: readonly Requester[];
  /** Turns the case's generated principal into a requester. */
  readonly toRequester?: (p: GeneratedPrincipal) => Requester;
  readonly classes: readonly ActionClass[];
  /** Actions left out of `classes` because no Allow statement names them (R71); counted in the coverage. */
  readonly skippedActions?: number;
  /** Allow statements of every resource policy: they may grant any requester (R73). */
  readonly resourceGrants: readonly StatementActionTest[];
  readonly scope: ResourceScope;
  /** The accounts whose generic resources a requester is asked about. */
  readonly genericAccounts: (r: Requester) => readonly string[];
  /** True when a decision breaks the property. */
  readonly violates: (result: AuthorizationResult) => boolean;
}

/** A request that broke the property, found by {@link Sweep.find}. */
export interface SweepHit {
  readonly requester: Requester;
  readonly actionClass: ActionClass;
  readonly resource: string;
  readonly bundle: Bundle;
}

interface Prepared extends PreparedBundle {
  readonly authorizer: Authorizer;
}

/**
 * The exhaustive part of a property: in each generated case, every requester × every action class × every resource
 * is decided. Bundles and compiled authorizers are cached across cases.
 */
export class Sweep {
  evaluations = 0;
  private readonly authorizers = new AuthorizerCache();
  private readonly prepared = new Map<Requester, Map<string, Prepared>>();
  private readonly kept = new Map<Requester, readonly ActionClass[]>();
  private readonly generated = new Map<GeneratedPrincipal, Requester>();
  private readonly typed = new Map<string, boolean>();

  constructor(private readonly spec: SweepSpec) {}

  /** The first request of the case that breaks the property, in a fixed order. */
  find(value: SweepValue): SweepHit | undefined {
    const generated = value.generated && this.requesterOf(value.generated);
    for (const requester of generated === undefined ? this.spec.fixed : [...this.spec.fixed, generated]) {
      for (const actionClass of this.classesFor(requester)) {
        const hit = this.findFor(requester, actionClass, value);
        if (hit !== undefined) return hit;
      }
    }
    return undefined;
  }

  /** One requester per made-up principal (they come from a pool), so its compiled policies are reused. */
  private requesterOf(p: GeneratedPrincipal): Requester | undefined {
    let requester = this.generated.get(p);
    if (requester === undefined && this.spec.toRequester !== undefined) {
      requester = this.spec.toRequester(p);
      this.generated.set(p, requester);
    }
    return requester;
  }

  /** Requester × action classes it may be granted, as asked. */
  coverage(): { classes: number; actions: number } {
    const classes = this.spec.classes;
    return { classes: classes.length, actions: classes.reduce((n, c) => n + c.members.length, 0) };
  }

  private findFor(requester: Requester, actionClass: ActionClass, value: SweepValue) {
    const action = actionClass.representative;
    if (requester.refusal(action) !== undefined) return undefined;
    for (const resource of this.resourcesFor(requester, action, value)) {
      const prepared = this.prepare(requester, action, resource);
      const bundle = withCase(prepared, value.context, value.resourceTags, requester.context);
      this.evaluations++;
      const result = prepared.authorizer.authorize(bundle.request);
      if (this.spec.violates(result)) return { requester, actionClass, resource, bundle };
    }
    return undefined;
  }

  private classesFor(requester: Requester): readonly ActionClass[] {
    const known = this.kept.get(requester);
    if (known !== undefined) return known;
    const grants = [...requester.grants, ...this.spec.resourceGrants];
    const kept = requester.unbounded
      ? this.spec.classes
      : this.spec.classes.filter((c) => mayBeGranted(c.representative.toLowerCase(), grants));
    this.kept.set(requester, kept);
    return kept;
  }

  private resourcesFor(requester: Requester, action: string, value: SweepValue): string[] {
    // R162: an action that takes no resource is authorized against `*`, and only there.
    if (defaultResourceTypes().typesOf(action)?.length === 0) return ['*'];
    const scope = this.spec.scope;
    const generic = scope.generic ? this.spec.genericAccounts(requester).map((a) => genericResource(action, a)) : [];
    // R162: the scope's resources of a type the action acts on (generic resources are made of its types).
    const typed = [...scope.fixed, ...value.instances].filter((r) => this.actsOn(action, r));
    // Resources of the action's own service first, so that a counterexample reads naturally.
    const all = [...new Set([...generic, ...typed])];
    const service = `arn:aws:${action.slice(0, action.indexOf(':')).toLowerCase()}:`;
    return [...all.filter((r) => r.startsWith(service)), ...all.filter((r) => !r.startsWith(service))];
  }

  /** Whether the action acts on the resource's type (R162), asked of the catalogue once per pair. */
  private actsOn(action: string, resource: string): boolean {
    const key = `${action} ${resource}`;
    let known = this.typed.get(key);
    if (known === undefined) {
      known = defaultResourceTypes().actsOn(action, resource);
      this.typed.set(key, known);
    }
    return known;
  }

  private prepare(requester: Requester, action: string, resource: string): Prepared {
    const key = `${action} ${resource}`;
    let byRequest = this.prepared.get(requester);
    const known = byRequest?.get(key);
    if (known !== undefined) return known;
    const home = this.spec.genericAccounts(requester)[0] ?? requester.account;
    const { bundle, unmodelledResource } = this.spec.builder.prepare(requester.who, action, resource, home);
    const { request: _request, ...scenario } = bundle;
    const prepared = { bundle, unmodelledResource, authorizer: this.authorizers.get(scenario) };
    byRequest ??= new Map();
    byRequest.set(key, prepared);
    this.prepared.set(requester, byRequest);
    return prepared;
  }
}

/** The generated part of a sweep's cases. */
export function sweepValues(parts: {
  readonly generated?: fc.Arbitrary<GeneratedPrincipal>;
  readonly context: fc.Arbitrary<Context>;
  readonly instances: ReadonlyArray<fc.Arbitrary<string>>;
  readonly resourceTags: fc.Arbitrary<Record<string, string>>;
}): fc.Arbitrary<SweepValue> {
  return fc.record({
    generated: parts.generated ?? fc.constant(undefined),
    context: parts.context,
    instances: fc.tuple(...parts.instances),
    resourceTags: parts.resourceTags,
  });
}
