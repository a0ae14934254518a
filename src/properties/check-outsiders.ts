import type { AwsModel } from '../model/aws-model.js';
import { accountOfCaller } from '../model/caller.js';
import { ModelError } from '../model/model-error.js';
import { tagsArbitrary } from './context-arbitrary.js';
import { modelledCallers } from './modelled-callers.js';
import { planActions } from './plan-actions.js';
import { principalPool } from './principal-pool.js';
import { principalNames, servicePrincipals } from './principal-sources.js';
import { catalogueActions, propertyInputs } from './property-inputs.js';
import type { PropertyOptions } from './property-options.js';
import type { PropertyResult } from './property-result.js';
import { sweepProperty } from './property-sweep.js';
import { RequestBuilder } from './request-builder.js';
import { generatedRequester, modelledRequester } from './requester.js';
import { resourceScope } from './resource-scope.js';

/** Who is inside: one account (by name or id), or every account of the organization. */
export type Perimeter = { readonly account: string } | 'organization';

/**
 * No principal outside the perimeter can call any catalogue action matching `actionPattern` on `resourcePattern`.
 * Outsiders are the modelled principals of other accounts (users, role sessions, root users, the scenario's
 * sessions), anonymous callers, and in each generated case one made-up principal (see `principalPool`): a user,
 * role session, federated user or root user of another modelled account or of an account the model does not know
 * (assumed to hold every permission its account can grant), or an AWS service acting for such an account
 * (aws:SourceAccount). Resource `*` means the perimeter's modelled resources plus, per action, a generic resource
 * in each inside account.
 */
export function checkNoOutsider(
  model: AwsModel,
  perimeter: Perimeter,
  actionPattern: string,
  resourcePattern: string,
  options: PropertyOptions = {},
): PropertyResult {
  const actions = catalogueActions(actionPattern);
  const inside = insideAccounts(model, perimeter);
  const inputs = propertyInputs(model, options.sessions);
  const builder = new RequestBuilder(model);
  const scope = resourceScope(model, builder, resourcePattern, resourcePattern === '*' ? inside : undefined);
  const outsiders = modelledCallers(model, options.sessions).filter((c) => !inside.has(accountOfCaller(c) ?? ''));
  const fixed = [...outsiders, { kind: 'anonymous' as const }].map((c) => modelledRequester(model, c, scope.owners));
  const modelled = new Set(model.accounts.list().map((a) => a.id));
  const pool = (seed: number) =>
    principalPool(
      {
        accounts: [...modelled].filter((id) => !inside.has(id)),
        unknownAccounts: true,
        modelled,
        names: principalNames(model),
        tags: tagsArbitrary(inputs.pool.tags),
        services: servicePrincipals(inputs),
      },
      seed,
    );
  const owners = scope.owners;
  const plan = planActions(actions, inputs, fixed, {
    ...(options.exhaustive ? { exhaustive: true } : {}),
    // A made-up principal holds every permission in its own account: no action can be left out if it may own one.
    unbounded: owners === undefined || [...owners].some((o) => !inside.has(o)),
    byResourceFormat: scope.generic,
  });
  const where = perimeter === 'organization' ? 'the organization' : `account ${model.accountId(perimeter.account)}`;
  const spec = {
    builder,
    fixed,
    toRequester: (p: Parameters<typeof generatedRequester>[0]) => generatedRequester(p, owners),
    classes: plan.classes,
    skippedActions: plan.skipped,
    resourceGrants: options.exhaustive ? [() => true] : inputs.resourceGrants,
    scope,
    genericAccounts: () => [...inside],
    violates: (r: { decision: string }) => r.decision === 'Allow',
  };
  return sweepProperty(
    spec,
    inputs,
    options,
    {
      expected: 'denied',
      why: (hit) =>
        `${hit.requester.label}, outside ${where}, is allowed to call ${hit.actionClass.representative} on ${hit.resource}`,
    },
    pool,
  );
}

function insideAccounts(model: AwsModel, perimeter: Perimeter): ReadonlySet<string> {
  if (perimeter !== 'organization') return new Set([model.accountId(perimeter.account)]);
  const org = model.organization;
  if (org === undefined) {
    throw new ModelError(
      'there is no organization: add one with Given an organization whose management account is "…"',
    );
  }
  return new Set(
    model.accounts
      .list()
      .filter((a) => org.isMember(a.id))
      .map((a) => a.id),
  );
}
