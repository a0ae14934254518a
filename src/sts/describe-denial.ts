import type { AuthorizationResult, Reason } from '../engine/decision.js';
import { describeStatement, layerWords } from '../explain/describe.js';

/** One line on why the engine did not allow a request: the deciding reason in words. */
export function describeDenial(action: string, resource: string, result: AuthorizationResult): string {
  const reason = result.reasons.find((r) => r.kind !== 'near-miss' && r.kind !== 'allow');
  const why = reason === undefined ? 'no policy allows it' : words(reason);
  return `${action} on ${resource} is ${result.decision}: ${why}`;
}

function words(reason: Reason): string {
  switch (reason.kind) {
    case 'explicit-deny':
      return `explicitly denied by ${describeStatement(reason.statement)}`;
    case 'no-allow': {
      const name = reason.policyName === undefined ? '' : ` (\`${reason.policyName}\`)`;
      const at = reason.levelName === undefined ? '' : ` at \`${reason.levelName}\``;
      return `no ${layerWords(reason.layer)}${name}${at} allows it`;
    }
    case 'rule':
      return `${reason.rule}: ${reason.message}`;
    default:
      return 'no policy allows it';
  }
}
