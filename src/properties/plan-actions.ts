import { type ActionClass, groupActions, mayBeGranted } from './action-classes.js';
import type { PropertyInputs } from './property-inputs.js';
import type { Requester } from './requester.js';

/** The actions a sweep asks the engine about. */
export interface ActionPlan {
  readonly classes: readonly ActionClass[];
  /** Actions no Allow statement names for any requester: they cannot be allowed (R71), so nobody asks. */
  readonly skipped: number;
}

/**
 * Leaves out actions that nothing can grant any of the requesters (unless one may hold every permission: a root
 * user, or a made-up principal in an account owning a resource), then groups the rest into classes.
 */
export function planActions(
  actions: readonly string[],
  inputs: PropertyInputs,
  requesters: readonly Requester[],
  options: { readonly exhaustive?: boolean; readonly unbounded?: boolean; readonly byResourceFormat: boolean },
): ActionPlan {
  const grants = [...requesters.flatMap((r) => r.grants), ...inputs.resourceGrants];
  const keepAll = options.exhaustive || options.unbounded || requesters.some((r) => r.unbounded);
  const candidates = keepAll ? actions : actions.filter((a) => mayBeGranted(a.toLowerCase(), grants));
  const classes = groupActions(candidates, inputs.statements, {
    ...(options.exhaustive ? { exhaustive: true } : {}),
    byResourceFormat: options.byResourceFormat,
  });
  return { classes, skipped: actions.length - candidates.length };
}
