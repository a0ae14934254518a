import type { AwsModel } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { ask } from './ask.js';
import { decodeAuthorizationMessage, type DecodedMessage } from './authorization-message.js';
import { unsignedCallRefusal } from './signed-call.js';
import { fail, type StsResult, succeed } from './sts-result.js';

/**
 * R138: a signed call whose caller needs sts:DecodeAuthorizationMessage (R107 and R131 refuse federated users and
 * GetSessionToken sessions); the message must be one a denied request returned.
 */
export function decodeMessage(model: AwsModel, caller: Caller, encoded: string): StsResult<DecodedMessage> {
  const unsigned = unsignedCallRefusal(caller, 'DecodeAuthorizationMessage', 'R138');
  if (unsigned !== undefined) return fail(unsigned);
  const asked = ask(model, caller, 'sts:DecodeAuthorizationMessage', '*', {}, 'decoding the authorization message');
  if (!asked.allowed) return asked.failure;
  const message = decodeAuthorizationMessage(encoded);
  if (message === undefined)
    return fail('the text is not an encoded authorization message returned by a denied request');
  return succeed(message, asked.auth.result);
}
