import fc from 'fast-check';
import { defaultResourceTypes } from '../catalog/action-resource-types.js';
import { simulate } from '../engine/simulate.js';
import { bundleToJson } from './bundle-json.js';
import { requestContextArbitrary, tagsArbitrary } from './context-arbitrary.js';
import type { GeneratedPrincipal } from './generated-principal.js';
import { GENERIC_NAME } from './generic-resource.js';
import type { PropertyInputs } from './property-inputs.js';
import { type PropertyOptions, randomSeed } from './property-options.js';
import type { Counterexample, PropertyResult } from './property-result.js';
import { search } from './run-property.js';
import { Sweep, type SweepHit, type SweepSpec, type SweepValue, sweepValues } from './sweep.js';
import { wildcardInstance } from './wildcard-instance.js';

/** How a sweep's failure reads. */
export interface SweepWords {
  /** What the property expected of each decision: `denied`. */
  readonly expected: string;
  /** Why a hit breaks the property, in one sentence. */
  readonly why: (hit: SweepHit) => string;
}

/**
 * Runs a sweep as a property: fast-check generates the cases (context, resource names, resource tags and, when
 * `pool` is given, one of its made-up principals, drawn from the seed), each case is swept exhaustively, and a
 * failing case is shrunk.
 */
export function sweepProperty(
  spec: SweepSpec,
  inputs: PropertyInputs,
  given: PropertyOptions,
  words: SweepWords,
  pool?: (seed: number) => readonly GeneratedPrincipal[],
): PropertyResult {
  const options = { ...given, seed: given.seed ?? randomSeed() };
  const principals = pool?.(options.seed) ?? [];
  const generated = principals.length === 0 ? undefined : fc.constantFrom(...principals);
  const sweep = new Sweep(spec);
  const values = sweepValues({
    ...(generated === undefined ? {} : { generated }),
    context: requestContextArbitrary(inputs.pool),
    instances: spec.scope.patterns.map((p) => wildcardInstance(p, inputs.words)),
    resourceTags: tagsArbitrary(inputs.pool.tags),
  });
  // Without made-up principals, the first case is the plain request: no generated keys, generic names.
  const plain: SweepValue = {
    generated: undefined,
    context: {},
    instances: spec.scope.patterns.map((p) => p.replace(/\$\{[^}]*\}|\*|\?/g, GENERIC_NAME)),
    resourceTags: {},
  };
  const outcome = search(values, (v) => sweep.find(v) === undefined, options, generated ? [] : [plain]);
  if (outcome.ok) {
    return {
      ok: true,
      seed: outcome.seed,
      runs: outcome.runs,
      evaluations: sweep.evaluations,
      coverage: coverage(sweep, spec),
    };
  }
  const hit = sweep.find(outcome.value);
  if (hit === undefined) throw new Error('iamspec: a shrunk counterexample no longer fails; please report this');
  const { ok: _ok, value, ...rest } = outcome;
  return { ok: false, ...rest, counterexample: counterexampleOf(hit, value, words) };
}

function counterexampleOf(hit: SweepHit, value: SweepValue, words: SweepWords): Counterexample {
  const action = hit.actionClass.representative;
  return {
    principal: hit.requester.label,
    action,
    resource: hit.resource,
    generatedContext: { ...value.context, ...hit.requester.context },
    bundle: hit.bundle,
    bundleJson: bundleToJson(hit.bundle),
    result: simulate(hit.bundle, { explain: true }),
    expected: words.expected,
    why: words.why(hit),
    alike: hit.actionClass.members.filter((a) => a !== action),
  };
}

function coverage(sweep: Sweep, spec: SweepSpec): string {
  const { classes, actions } = sweep.coverage();
  const resources = [
    `${spec.scope.fixed.length} modelled resource${spec.scope.fixed.length === 1 ? '' : 's'}`,
    ...(spec.scope.patterns.length > 0 ? [`${spec.scope.patterns.length} generated name(s)`] : []),
    ...(spec.scope.generic ? ['a generic resource per action'] : []),
  ].join(' + ');
  const principals = `${spec.fixed.length} principal${spec.fixed.length === 1 ? '' : 's'}${spec.toRequester ? ' + a generated one' : ''}`;
  const skipped = spec.skippedActions ? ` (${spec.skippedActions} more actions no Allow statement names: denied)` : '';
  const untyped = spec.classes.flatMap((c) => c.members).filter((a) => defaultResourceTypes().typesOf(a)?.length === 0);
  // R162: each action meets only resources of its types; those that take no resource meet `*`.
  const onStar = untyped.length === 0 ? '' : `; ${untyped.length} of them take no resource, checked on *`;
  return `${actions} actions in ${classes} groups${skipped} × ${resources} of the actions' types × ${principals}${onStar}`;
}
