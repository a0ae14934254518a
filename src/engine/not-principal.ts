import type { Caller } from '../context/caller.js';
import type { Effect, PrincipalSpec } from '../policy/policy.js';

/** Whether a NotPrincipal statement covers a caller; `hasBoundary`: the caller's entity has a permissions boundary. */
export type NotPrincipalTest = (caller: Caller, hasBoundary: boolean) => boolean;

/**
 * Compiles a NotPrincipal element into "does this statement cover the caller?". The guide evaluates a caller as
 * several identities (its account, then its role, then the session) and warns that leaving one out "might deny
 * access"; which identities must be named to leave a caller out depends on the effect, so that both fail closed:
 *
 * - Deny (R85, R84): the caller is exempt only when every identity it acts as is named (a role session: session ARN,
 *   role ARN and account; a user or federated user: its ARN and account; the root user: its account; a service: its
 *   name), and never when its entity has a permissions boundary. An incomplete element denies.
 * - Allow (R85): naming any one identity of the caller keeps the statement from granting to it: its ARN, its role,
 *   its account, the IAM user who federated it, its identity provider or its service name. An incomplete element
 *   grants nothing to the caller it names, and names are compared ignoring case, since IAM user and role names are
 *   unique ignoring case (R110): `user/TEST-USER` names `user/test-user`. The Deny reading compares exactly, since
 *   there a looser match would exempt more callers.
 */
export function compileNotPrincipal(spec: PrincipalSpec, effect: Effect): NotPrincipalTest {
  if (effect === 'Deny') {
    const named = new NamedIdentities(spec, exact);
    return (caller, hasBoundary) => hasBoundary || !named.every(caller);
  }
  const named = new NamedIdentities(spec, lowercase);
  return (caller) => !named.some(caller);
}

const exact = (value: string): string => value;
const lowercase = (value: string): string => value.toLowerCase();

/** The identities a NotPrincipal element names, in sets for lookups on the hot path. */
class NamedIdentities {
  /** R37: `"*"` or `{"AWS": "*"}` names everyone. */
  private readonly everyone: boolean;
  private readonly arns: ReadonlySet<string>;
  private readonly accounts: ReadonlySet<string>;
  private readonly services: ReadonlySet<string>;
  private readonly providers: ReadonlySet<string>;
  private readonly canonical: ReadonlySet<string>;

  /** How a name is compared: as written (the Deny reading) or lowercased (the Allow reading, R85). */
  private readonly fold: (value: string) => string;

  constructor(spec: PrincipalSpec, fold: (value: string) => string) {
    this.fold = fold;
    this.everyone = spec.wildcard || spec.aws.includes('*');
    this.arns = new Set(spec.aws.map(fold));
    const accounts = new Set<string>();
    for (const value of spec.aws) {
      const account = accountOf(value);
      if (account !== undefined) accounts.add(account);
    }
    this.accounts = accounts;
    this.services = new Set(spec.service.map(fold));
    this.providers = new Set(spec.federated.map(fold));
    this.canonical = new Set(spec.canonicalUser.map(fold));
  }

  /** R85, strict: every identity the caller acts as is named (the Deny reading). */
  every(caller: Caller): boolean {
    if (this.everyone) return true;
    switch (caller.kind) {
      case 'anonymous':
        return false;
      case 'service':
        return this.has(this.services, caller.arn);
      case 'root':
        return this.has(this.accounts, caller.account);
      default: {
        const roleNamed = caller.kind !== 'role-session' || this.has(this.arns, caller.roleArn);
        return this.has(this.arns, caller.arn) && roleNamed && this.has(this.accounts, caller.account);
      }
    }
  }

  /** R85, broad: some identity the caller acts as, or that vouches for it, is named (the Allow reading). */
  some(caller: Caller): boolean {
    if (this.everyone) return true;
    if (caller.kind === 'service') return this.has(this.services, caller.arn);
    if (caller.kind === 'anonymous') return this.has(this.providers, caller.provider);
    return (
      this.has(this.arns, caller.arn) ||
      (caller.kind === 'role-session' && this.has(this.arns, caller.roleArn)) ||
      this.has(this.accounts, caller.account) ||
      this.has(this.arns, caller.userArn) ||
      this.has(this.providers, caller.provider) ||
      this.has(this.canonical, caller.canonicalUser)
    );
  }

  private has(set: ReadonlySet<string>, value: string | undefined): boolean {
    return value !== undefined && set.has(this.fold(value));
  }
}

/** The account a Principal value names as a whole: a bare 12-digit id or an `arn:…:iam::ID:root`. */
function accountOf(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  const match = /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(value);
  return match?.[1];
}
