import type { ContextValue } from '../context/request-context.js';
import type { AwsModel, ModelAuthorization } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { encodeAuthorizationMessage } from './authorization-message.js';
import { describeDenial } from './describe-denial.js';
import type { StsResult } from './sts-result.js';

/** The engine allowed the request, or the failure an STS operation returns for it. */
export type Asked =
  | { readonly allowed: true; readonly auth: ModelAuthorization }
  | { readonly allowed: false; readonly auth: ModelAuthorization; readonly failure: StsResult<never> };

/** Asks the model (and through it the engine) whether `caller` may make one request that an operation needs. */
export function ask(
  model: AwsModel,
  caller: Caller,
  action: string,
  resource: string,
  context: Readonly<Record<string, ContextValue>>,
  what: string,
): Asked {
  const auth = model.authorize(caller, action, resource, { ...context });
  if (auth.result.decision === 'Allow') return { allowed: true, auth };
  const failure: StsResult<never> = {
    ok: false,
    reason: `${what}: ${describeDenial(action, resource, auth.result)}`,
    decision: auth.result,
    encodedMessage: encodeAuthorizationMessage(auth.bundle, auth.result),
  };
  return { allowed: false, auth, failure };
}
