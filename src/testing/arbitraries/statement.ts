import fc from 'fast-check';
import { actionPattern } from './action-pattern.js';
import type { ContextValueJson, PrincipalElementJson, StatementJson } from './bundle-json.js';
import { conditionBlock } from './condition-block.js';
import { principalElement } from './principal-element.js';
import { resourcePattern } from './resource-pattern.js';

/** What a policy is used as; it decides which elements a statement may have (R11, R14–R16). */
export type PolicyKindJson = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'scp' | 'rcp';

/** Constraints for {@link statement}. */
export interface StatementConstraints {
  /** What the policy is used as. Default `identity`. */
  readonly kind?: PolicyKindJson;
  /** Effects to draw from, repeated to weigh them, e.g. `['Allow', 'Allow', 'Deny']`. Default both equally. */
  readonly effects?: readonly ('Allow' | 'Deny')[];
  /** Actions to aim at (a request's action): patterns are made from them three times in four. */
  readonly actions?: readonly string[];
  /** Resources to aim at (a request's resource): patterns are made from them three times in four. */
  readonly resources?: readonly string[];
  /** A request context to aim conditions at. */
  readonly context?: Readonly<Record<string, ContextValueJson>>;
  /** Principal values to aim Principal / NotPrincipal at (the caller's identities). */
  readonly identities?: readonly string[];
  /** How often a statement has a Condition, from 0 to 1. Default 0.4. */
  readonly conditionRate?: number;
}

/** Patterns aimed at the given values three times in four, from the whole vocabulary otherwise. */
function aimed(make: (aim?: readonly string[]) => fc.Arbitrary<string>, aim: readonly string[] | undefined) {
  const list = (one: fc.Arbitrary<string>) =>
    fc
      .tuple(fc.array(one, { minLength: 1, maxLength: 2 }), fc.boolean())
      .map(([values, single]): string | string[] => (single && values.length === 1 && values[0] ? values[0] : values));
  if (aim === undefined || aim.length === 0) return list(make());
  return list(fc.oneof({ weight: 3, arbitrary: make(aim) }, { weight: 1, arbitrary: make() }));
}

const HAS_PRINCIPAL: ReadonlySet<PolicyKindJson> = new Set(['resource', 'trust', 'rcp']);

/** Which of Principal / NotPrincipal a statement of this kind has (R14–R16). */
function principalPart(kind: PolicyKindJson, identities: readonly string[] | undefined) {
  const element = principalElement(identities === undefined ? {} : { identities });
  if (kind === 'rcp') return fc.constant({ Principal: '*' as PrincipalElementJson }); // R16
  if (kind === 'trust') return element.map((Principal) => ({ Principal })); // R15: no NotPrincipal in trust policies
  return fc.oneof(
    { weight: 4, arbitrary: element.map((Principal) => ({ Principal })) },
    { weight: 1, arbitrary: element.map((NotPrincipal) => ({ NotPrincipal })) },
  );
}

/**
 * One policy statement valid for its kind of policy: Effect, Action or NotAction (R10), Resource, NotResource or —
 * where allowed — neither (R11), Principal or NotPrincipal where required (R14–R16), and sometimes a Condition.
 */
export function statement(constraints: StatementConstraints = {}): fc.Arbitrary<StatementJson> {
  const kind = constraints.kind ?? 'identity';
  const actions = aimed((aim) => actionPattern(aim === undefined ? {} : { actions: aim }), constraints.actions);
  const resources = aimed((aim) => resourcePattern(aim === undefined ? {} : { arns: aim }), constraints.resources);
  const omitResource = HAS_PRINCIPAL.has(kind) ? 1 : 0;
  const conditionRate = Math.round((constraints.conditionRate ?? 0.4) * 100);
  return fc
    .record({
      sid: fc.option(fc.constantFrom('S1', 'Grant', 'Guard'), { freq: 4 }),
      effect: fc.constantFrom(...(constraints.effects ?? ['Allow', 'Deny'])),
      action: fc.oneof(
        { weight: 6, arbitrary: actions.map((Action) => ({ Action })) },
        // R16: an RCP has no NotAction.
        { weight: kind === 'rcp' ? 0 : 1, arbitrary: actions.map((NotAction) => ({ NotAction })) },
      ),
      resource: fc.oneof(
        { weight: 8, arbitrary: resources.map((Resource) => ({ Resource })) },
        { weight: 1, arbitrary: resources.map((NotResource) => ({ NotResource })) },
        { weight: omitResource, arbitrary: fc.constant({}) },
      ),
      principal: HAS_PRINCIPAL.has(kind) ? principalPart(kind, constraints.identities) : fc.constant({}),
      condition: fc.oneof(
        { weight: 100 - conditionRate, arbitrary: fc.constant({}) },
        {
          weight: conditionRate,
          arbitrary: conditionBlock({ context: constraints.context ?? {} }).map((Condition) => ({ Condition })),
        },
      ),
    })
    .map(
      ({ sid, effect, action, resource, principal, condition }): StatementJson => ({
        ...(sid === null ? {} : { Sid: sid }),
        Effect: effect,
        ...principal,
        ...action,
        ...resource,
        ...condition,
      }),
    );
}
