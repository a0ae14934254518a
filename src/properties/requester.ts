import type { ContextValue } from '../context/request-context.js';
import type { NamedPolicy } from '../engine/bundle.js';
import type { AwsModel, Caller } from '../model/aws-model.js';
import { principalFor } from '../model/bundle-principal.js';
import { accountOfCaller } from '../model/caller.js';
import type { Refusal } from '../model/credential-limits.js';
import { describeCaller } from '../model/describe-caller.js';
import { type StatementActionTest, statementActionTest } from './action-classes.js';
import { type GeneratedPrincipal, generatedLabel } from './generated-principal.js';
import type { Who } from './request-builder.js';

/** A principal a property asks about, with what it needs to skip actions that nothing can grant it. */
export interface Requester {
  readonly who: Who;
  /** An ARN, or words for principals without one. */
  readonly label: string;
  readonly account: string | undefined;
  /**
   * Never skip an action for it: a root user (full access in its own account, R95), or a made-up principal
   * holding every permission in an account that may own a resource of the property.
   */
  readonly unbounded: boolean;
  /**
   * The Allow statements of its own policies that may grant it anything: none when it may not share an account
   * with a resource asked about, since across accounts only a resource policy can allow (R79, R95–R97). Those of
   * resource policies are added by the property.
   */
  readonly grants: readonly StatementActionTest[];
  /** Context keys that go with the principal and override generated ones (a service's aws:SourceAccount). */
  readonly context: Readonly<Record<string, ContextValue>>;
  /** What its credentials can never do (R131, R133, R134, R136). */
  refusal(action: string): Refusal | undefined;
}

/**
 * A principal of the model. A root user may hold every permission only in its own account (R95): with `owners`
 * (the accounts that may own a resource asked about), only when it is one of them.
 */
export function modelledRequester(model: AwsModel, caller: Caller, owners?: ReadonlySet<string>): Requester {
  const principal = principalFor(model, caller);
  const policies = [...principal.identityPolicies, ...(principal.sessionPolicy ? [principal.sessionPolicy] : [])];
  return {
    who: { modelled: caller },
    label: describeCaller(caller),
    account: accountOfCaller(caller),
    unbounded: principal.kind === 'root' && mayOwn(owners, principal.account),
    grants: mayOwn(owners, principal.account) ? allowTests(policies) : [],
    context: {},
    refusal: (action) => model.refusal(caller, action),
  };
}

/** A made-up principal; `unbounded` when its account may own a resource the property asks about. */
export function generatedRequester(p: GeneratedPrincipal, owners: ReadonlySet<string> | undefined): Requester {
  const account = 'account' in p ? p.account : undefined;
  return {
    who: { generated: p },
    label: generatedLabel(p),
    account,
    unbounded: mayOwn(owners, account),
    grants: [],
    context: p.kind === 'service' ? { 'aws:SourceAccount': p.sourceAccount } : {},
    refusal: () => undefined,
  };
}

function mayOwn(owners: ReadonlySet<string> | undefined, account: string | undefined): boolean {
  return account !== undefined && (owners === undefined || owners.has(account));
}

/** The action tests of the Allow statements of some policies. */
export function allowTests(policies: readonly NamedPolicy[]): StatementActionTest[] {
  return policies.flatMap((p) => p.policy.statements.filter((s) => s.effect === 'Allow').map(statementActionTest));
}
