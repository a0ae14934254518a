import type { AwsModel, Caller } from '../model/aws-model.js';
import { SessionStore } from '../model/session.js';
import { rootArn } from '../model/session-arns.js';

/**
 * Every principal of the model that can make requests: each user, each role (as a fresh session of it), the root
 * user of each account, and the scenario's sessions whose credentials have not expired.
 */
export function modelledCallers(model: AwsModel, sessions?: SessionStore): Caller[] {
  const store = sessions ?? new SessionStore();
  const out: Caller[] = [
    ...model.iam.users.all().map((user) => ({ kind: 'user' as const, user })),
    ...model.iam.roles.all().map((role) => model.resolveCaller(role.arn, store)),
    ...model.accounts.list().map((account) => ({ kind: 'root' as const, account })),
  ];
  for (const session of store.values()) {
    const caller: Caller = { kind: 'session', session };
    if (model.refusal(caller, 'sts:GetCallerIdentity')?.rule !== 'R136') out.push(caller);
  }
  return out;
}

/**
 * Who a caller is, for telling whether a table lists it: the user, the role (for any session of it), the root
 * user, the service, or `anonymous`.
 */
export function identityOf(caller: Caller): string {
  switch (caller.kind) {
    case 'user':
      return caller.user.arn;
    case 'session':
      return caller.session.roleArn ?? caller.session.user ?? caller.session.arn;
    case 'root':
      return rootArn(caller.account.id);
    case 'anonymous':
      return 'anonymous';
    case 'service':
      return caller.service;
  }
}
