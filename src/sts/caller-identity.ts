import type { BundlePrincipal } from '../engine/bundle.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { ask } from './ask.js';
import { fail, type StsResult, succeed } from './sts-result.js';

/** What GetCallerIdentity returns. */
export interface CallerIdentity {
  readonly Account: string;
  readonly Arn: string;
  readonly UserId: string;
}

/**
 * R98, R139: needs no permission and is allowed even under an explicit deny; it needs valid credentials, so expired
 * ones (R136) and unsigned callers (R108, which the engine and the model answer too) are refused.
 */
export function getCallerIdentity(model: AwsModel, caller: Caller): StsResult<CallerIdentity> {
  if (caller.kind === 'anonymous' || caller.kind === 'service') {
    return fail(`GetCallerIdentity needs AWS credentials; ${caller.kind} callers have none (R108)`);
  }
  const asked = ask(model, caller, 'sts:GetCallerIdentity', '*', {}, 'getting the caller identity');
  if (!asked.allowed) return asked.failure;
  const p = asked.auth.bundle.principal;
  const account = p.account ?? '';
  return succeed({ Account: account, Arn: p.arn ?? '', UserId: userIdOf(p, account) }, asked.auth.result);
}

/** R139 (reference_policies_variables.md): AIDA… for users, `AROA…:session`, `ACCOUNT:name`, the account for root. */
function userIdOf(p: BundlePrincipal, account: string): string {
  const name = (p.arn ?? '').slice((p.arn ?? '').lastIndexOf('/') + 1);
  switch (p.kind) {
    case 'role-session':
      return `${p.uniqueId ?? ''}:${name}`;
    case 'federated-user':
      return `${account}:${name}`;
    case 'root':
      return account;
    default:
      return p.uniqueId ?? '';
  }
}
