import type { Caller } from '../context/caller.js';
import type { PrincipalSpec } from '../policy/policy.js';

/**
 * Compiles a NotPrincipal element into "is this caller exempt?".
 *
 * R85: with NotPrincipal the caller is exempt only when every identity it acts as is named: a role session acts as
 * its session ARN, its role ARN and its account; a user or federated user as its ARN and its account; the root user
 * as its account. The guide warns that leaving out the account or role "might deny access"; iamspec takes the
 * strict reading, so a security test flags the incomplete element instead of passing by luck.
 */
export function compileNotPrincipalExemption(spec: PrincipalSpec): (caller: Caller) => boolean {
  const arns = new Set(spec.aws);
  const accounts = new Set<string>();
  for (const value of spec.aws) {
    const account = accountOf(value);
    if (account !== undefined) accounts.add(account);
  }
  const services = new Set(spec.service);
  if (spec.wildcard || arns.has('*')) return () => true;
  return (caller) => {
    switch (caller.kind) {
      case 'anonymous':
        return false;
      case 'service':
        return caller.arn !== undefined && services.has(caller.arn);
      case 'root':
        return caller.account !== undefined && accounts.has(caller.account);
      default: {
        const arnNamed = caller.arn !== undefined && arns.has(caller.arn);
        const roleNamed = caller.kind !== 'role-session' || (caller.roleArn !== undefined && arns.has(caller.roleArn));
        const accountNamed = caller.account !== undefined && accounts.has(caller.account);
        return arnNamed && roleNamed && accountNamed;
      }
    }
  };
}

/** The account a Principal value names as a whole: a bare 12-digit id or an `arn:…:iam::ID:root`. */
function accountOf(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  const match = /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(value);
  return match?.[1];
}
