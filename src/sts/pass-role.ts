import type { ContextValue } from '../context/request-context.js';
import type { AwsModel } from '../model/aws-model.js';
import { accountOfCaller, type Caller } from '../model/caller.js';
import { ask } from './ask.js';
import { fail, type StsResult, succeed } from './sts-result.js';

/** A role handed to a service. */
export interface PassedRole {
  readonly role: string;
  readonly service: string;
}

/**
 * R137: passing a role to a service needs iam:PassRole on the role, with iam:PassedToService naming the service, and
 * only roles of the caller's own account can be passed. The service can then use the role only if the role's trust
 * policy lets the service assume it; that is asked of the engine as the service's own sts:AssumeRole.
 */
export function passRole(
  model: AwsModel,
  caller: Caller,
  roleRef: string,
  service: string,
  context: Readonly<Record<string, ContextValue>> = {},
): StsResult<PassedRole> {
  const role = model.role(roleRef);
  const account = accountOfCaller(caller);
  if (account === undefined) return fail(`passing role ${role.name} needs the credentials of an IAM principal (R137)`);
  if (account !== role.accountId) {
    return fail(
      `role ${role.arn} belongs to account ${role.accountId}: a role of another account cannot be passed (R137)`,
    );
  }
  const what = `passing role ${role.name} to ${service}`;
  const passed = ask(model, caller, 'iam:PassRole', role.arn, { 'iam:PassedToService': service, ...context }, what);
  if (!passed.allowed) return passed.failure;
  const trusted = ask(
    model,
    { kind: 'service', service },
    'sts:AssumeRole',
    role.arn,
    {},
    `${service} using role ${role.name}`,
  );
  if (!trusted.allowed) {
    const reason = `role ${role.name} was passed, but its trust policy does not let ${service} assume it, so the service cannot use it: ${trusted.failure.ok ? '' : trusted.failure.reason}`;
    return { ok: false, reason, decision: trusted.auth.result };
  }
  return succeed({ role: role.arn, service }, passed.auth.result);
}
