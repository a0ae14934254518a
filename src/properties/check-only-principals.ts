import type { AwsModel } from '../model/aws-model.js';
import { tagsArbitrary } from './context-arbitrary.js';
import { identityOf, modelledCallers } from './modelled-callers.js';
import { planActions } from './plan-actions.js';
import { principalPool } from './principal-pool.js';
import { principalNames, servicePrincipals } from './principal-sources.js';
import { catalogueActions, propertyInputs } from './property-inputs.js';
import type { PropertyOptions } from './property-options.js';
import type { PropertyResult } from './property-result.js';
import { sweepProperty } from './property-sweep.js';
import { RequestBuilder } from './request-builder.js';
import { generatedRequester, modelledRequester } from './requester.js';
import { type CallerRef, resolveCallerRef } from './resolve-caller-ref.js';
import { resourceScope } from './resource-scope.js';

/**
 * Only the listed principals can call catalogue actions matching `actionPattern` on `resourcePattern`. Everyone else
 * is denied: every other modelled principal (users, roles as fresh sessions, root users, the scenario's sessions;
 * a listed role covers its sessions), anonymous callers, and in each generated case one made-up principal of an
 * account the model does not know (holding every permission its account can grant) or an unlisted AWS service.
 * It does not check that the listed principals are allowed.
 */
export function checkOnlyPrincipals(
  model: AwsModel,
  principals: readonly CallerRef[],
  actionPattern: string,
  resourcePattern: string,
  options: PropertyOptions = {},
): PropertyResult {
  const actions = catalogueActions(actionPattern);
  const listed = new Set(principals.map((p) => identityOf(resolveCallerRef(model, p, options.sessions))));
  const inputs = propertyInputs(model, options.sessions);
  const builder = new RequestBuilder(model);
  const scope = resourceScope(model, builder, resourcePattern);
  const everyone = [...modelledCallers(model, options.sessions), { kind: 'anonymous' as const }];
  const fixed = everyone
    .filter((c) => !listed.has(identityOf(c)))
    .map((c) => modelledRequester(model, c, scope.owners));
  const modelled = new Set(model.accounts.list().map((a) => a.id));
  // Principals of unknown accounts only: unmodelled principals of modelled accounts are no one's to list.
  const pool = (seed: number) =>
    principalPool(
      {
        accounts: [],
        unknownAccounts: true,
        modelled,
        names: principalNames(model),
        tags: tagsArbitrary(inputs.pool.tags),
        services: servicePrincipals(inputs).filter((s) => !listed.has(s)),
        sourceAccounts: [...modelled],
      },
      seed,
    );
  const owners = scope.owners;
  const plan = planActions(actions, inputs, fixed, {
    ...(options.exhaustive ? { exhaustive: true } : {}),
    unbounded: owners === undefined,
    byResourceFormat: scope.generic,
  });
  const everyAccount = [...modelled];
  const spec = {
    builder,
    fixed,
    toRequester: (p: Parameters<typeof generatedRequester>[0]) => generatedRequester(p, owners),
    classes: plan.classes,
    skippedActions: plan.skipped,
    resourceGrants: options.exhaustive ? [() => true] : inputs.resourceGrants,
    scope,
    genericAccounts: () => everyAccount,
    violates: (r: { decision: string }) => r.decision === 'Allow',
  };
  return sweepProperty(
    spec,
    inputs,
    options,
    {
      expected: 'denied',
      why: (hit) =>
        `${hit.requester.label} is not listed, yet is allowed to call ${hit.actionClass.representative} on ${hit.resource}`,
    },
    pool,
  );
}
