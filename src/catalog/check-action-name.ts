import { checkActionPattern } from '../match/check-action-pattern.js';
import { actionProblem, knownActions } from './action-problem.js';
import { defaultCatalog } from './catalog.js';

/**
 * R19: checks one action (`s3:GetObject`) or action pattern (`s3:Get*`) of a request or scenario against the AWS
 * catalogue. Undefined when the action exists or the pattern matches one; otherwise one line with the did-you-mean,
 * worded as `iamspec validate` words it (`unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?`), or the
 * validator's message for text that is not an action name at all (R22, R28). `known` holds lowercase
 * `service:action` names to count as existing (actions newer than the catalogue); a service named there counts as
 * existing too. `*` matches every action, so it is never a problem.
 */
export function checkActionName(action: string, known?: ReadonlySet<string>): string | undefined {
  const malformed = checkActionPattern(action, '')[0];
  if (malformed !== undefined) return malformed.message;
  return actionProblem(action, defaultCatalog(), knownActions(known))?.text;
}
