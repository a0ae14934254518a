import { actionsMatching } from '../catalog/catalog.js';
import { compileActionMatcher } from '../match/action-matcher.js';
import type { AwsModel } from '../model/aws-model.js';
import { planActions } from './plan-actions.js';
import { catalogueActions, propertyInputs } from './property-inputs.js';
import type { PropertyOptions } from './property-options.js';
import type { PropertyResult } from './property-result.js';
import { sweepProperty } from './property-sweep.js';
import { RequestBuilder } from './request-builder.js';
import { modelledRequester } from './requester.js';
import { type CallerRef, resolveCallerRef } from './resolve-caller-ref.js';
import { resourceScope } from './resource-scope.js';

/**
 * The principal can never call any catalogue action matching `actionPattern` on `resourcePattern`: for every such
 * action (exhaustively), every resource of the pattern (see `resourceScope`; `*` adds, for each action, a generic
 * resource of its type in the caller's account) and generated request contexts, the decision is a deny.
 */
export function checkNever(
  model: AwsModel,
  caller: CallerRef,
  actionPattern: string,
  resourcePattern: string,
  options: PropertyOptions = {},
): PropertyResult {
  return checkActions(model, caller, catalogueActions(actionPattern), resourcePattern, options);
}

/**
 * The principal can call no catalogue action except those matching `allowedPatterns` on `resourcePattern`: every
 * other action is denied, as in {@link checkNever}. sts:GetCallerIdentity needs no permission (R98) and is not
 * counted. It does not check that the listed actions are allowed.
 */
export function checkOnlyActions(
  model: AwsModel,
  caller: CallerRef,
  allowedPatterns: readonly string[],
  resourcePattern: string,
  options: PropertyOptions = {},
): PropertyResult {
  const listed = compileActionMatcher(allowedPatterns);
  const others = actionsMatching('*').filter((a) => {
    const lower = a.toLowerCase();
    return lower !== 'sts:getcalleridentity' && !listed.test(lower);
  });
  return checkActions(model, caller, others, resourcePattern, options);
}

function checkActions(
  model: AwsModel,
  callerRef: CallerRef,
  actions: readonly string[],
  resourcePattern: string,
  options: PropertyOptions,
): PropertyResult {
  const caller = resolveCallerRef(model, callerRef, options.sessions);
  const inputs = propertyInputs(model, options.sessions);
  const builder = new RequestBuilder(model);
  const scope = resourceScope(model, builder, resourcePattern);
  const requester = modelledRequester(model, caller, scope.owners);
  const everyAccount = model.accounts.list().map((a) => a.id);
  const plan = planActions(actions, inputs, [requester], {
    ...(options.exhaustive ? { exhaustive: true } : {}),
    byResourceFormat: scope.generic,
  });
  const spec = {
    builder,
    fixed: [requester],
    skippedActions: plan.skipped,
    classes: plan.classes,
    resourceGrants: options.exhaustive ? [() => true] : inputs.resourceGrants,
    scope,
    // Principals without an account (anonymous callers, services) meet generic resources in every account.
    genericAccounts: () => (requester.account === undefined ? everyAccount : [requester.account]),
    violates: (r: { decision: string }) => r.decision === 'Allow',
  };
  return sweepProperty(spec, inputs, options, {
    expected: 'denied',
    why: (hit) => `${hit.requester.label} is allowed to call ${hit.actionClass.representative} on ${hit.resource}`,
  });
}
