import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { Bundle, NamedPolicy } from '../engine/bundle.js';
import { principalFor } from './bundle-principal.js';
import { accountOfCaller, type Caller } from './caller.js';
import { derivedContext } from './derived-context.js';
import type { ModelState } from './model-state.js';
import { type ResolvedResource, resolveResource } from './resolve-resource.js';

/**
 * The engine input for one request (docs/design/model-api.md, `bundleFor`): the caller's policies, the resource's
 * policy, the SCP levels of the caller's account and the RCP levels of the resource's account, and the context the
 * model can derive, with the given context on top (R105). Checks nothing about credentials: see credential-limits.
 */
export function buildBundle(
  state: ModelState,
  caller: Caller,
  action: string,
  resourceRef: string,
  context: Readonly<Record<string, ContextValue>>,
): Bundle {
  const resource = resolveResource(state, resourceRef);
  const principal = principalFor(state, caller);
  const callerAccount = accountOfCaller(caller);
  const resourceAccount = resource.accountId ?? callerAccount;
  const org = state.organization;
  const resourcePolicy = resourcePolicyFor(resource, action);
  const bundle: Bundle = {
    principal,
    request: {
      action,
      resource: resource.arn,
      ...(resource.accountId === undefined ? {} : { resourceAccount: resource.accountId }),
      resourceTags: resourceTagsFor(resource, action),
      // R105: the given context over the scenario's defaults (R155–R158) over what the model derives; R4.
      context: nullRecord(
        derivedContext(state, caller, callerAccount, resourceAccount),
        state.requestDefaults.forAction(action),
        context,
      ),
    },
    ...(resourcePolicy === undefined ? {} : { resourcePolicy }),
    isManagementAccount: org !== undefined && callerAccount === org.managementAccountId,
    resourceIsManagementAccount: org !== undefined && resourceAccount === org.managementAccountId,
  };
  const scps = orgLevels(state, 'scp', callerAccount);
  const rcps = orgLevels(state, 'rcp', resourceAccount);
  return { ...bundle, ...(scps === undefined ? {} : { scps }), ...(rcps === undefined ? {} : { rcps }) };
}

/** R80: a role's trust policy is its resource policy for STS actions only; IAM actions on a role have none. */
function resourcePolicyFor(resource: ResolvedResource, action: string): NamedPolicy | undefined {
  if (resource.kind === 'role') return action.toLowerCase().startsWith('sts:') ? resource.policy : undefined;
  return resource.policy;
}

/** R137: iam:PassRole cannot be limited by the role's tags, so the request carries none. */
function resourceTagsFor(resource: ResolvedResource, action: string): Readonly<Record<string, string>> {
  return action.toLowerCase() === 'iam:passrole' ? {} : resource.tags;
}

/** R86, R90: the levels of a member account, root first; none outside an organization. */
function orgLevels(state: ModelState, kind: 'scp' | 'rcp', accountId: string | undefined) {
  const org = state.organization;
  if (org === undefined || accountId === undefined || !org.isMember(accountId)) return undefined;
  const account = state.accounts.byId(accountId);
  return org.levels(kind, accountId, account?.name ?? accountId);
}
