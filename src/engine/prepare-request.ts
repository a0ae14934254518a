import type { Caller } from '../context/caller.js';
import type { RequestContext } from '../context/request-context.js';
import type { BundlePrincipal, BundleRequest } from './bundle.js';
import type { PreparedRequest } from './compiled-statement.js';
import { accountOfArn, requestContext } from './derive-context.js';

/** The caller a bundle's principal makes requests as. */
export function callerOf(p: BundlePrincipal): Caller {
  const caller: { -readonly [K in keyof Caller]: Caller[K] } = { kind: p.kind };
  if (p.arn !== undefined) caller.arn = p.arn;
  if (p.account !== undefined) caller.account = p.account;
  if (p.roleArn !== undefined) caller.roleArn = p.roleArn;
  if (p.kind === 'federated-user' && p.userArn !== undefined) caller.userArn = p.userArn;
  if (p.provider !== undefined) caller.provider = p.provider;
  return caller;
}

/**
 * A request made ready for matching once: the action lowercased and split from its service, the resource's account
 * resolved (R103), and the request's keys layered over the principal's derived ones (`principalContext`, R105).
 */
export function prepareRequest(
  request: BundleRequest,
  caller: Caller,
  principalContext: RequestContext,
  hasBoundary: boolean,
): PreparedRequest {
  const actionLower = request.action.toLowerCase();
  const colon = actionLower.indexOf(':');
  const resourceAccount = request.resourceAccount ?? accountOfArn(request.resource) ?? caller.account;
  return {
    action: request.action,
    actionLower,
    service: colon < 0 ? actionLower : actionLower.slice(0, colon),
    resource: request.resource,
    resourceAccount,
    context: principalContext.overLowered(requestContext(request, resourceAccount)),
    caller,
    hasBoundary,
  };
}
