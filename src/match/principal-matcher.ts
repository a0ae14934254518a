import type { Caller } from '../context/caller.js';
import type { PrincipalSpec } from '../policy/policy.js';

/**
 * How a Principal element names a caller. The engine gives each kind its meaning (for example, a grant
 * to `account` needs the account's own identity policies too; a grant to `role` is narrowed by the
 * session's policies).
 */
export type PrincipalMatch = 'wildcard' | 'account' | 'exact' | 'role' | 'service' | 'federated' | 'canonical';

/** The compiled Principal (or NotPrincipal) element of one statement. */
export interface PrincipalMatcher {
  /**
   * How the element names the caller, or undefined when it does not. When several entries name the caller
   * the strongest wins, in this order: exact, service, federated, canonical, wildcard, role, account
   * (iamspec decision: an entry that names the caller itself or everyone is not narrowed the way a role ARN
   * or account grant is — reference_policies_evaluation-logic.md).
   */
  match(caller: Caller): PrincipalMatch | undefined;
}

const ACCOUNT_ID_LENGTH = 12;

function isAccountId(text: string): boolean {
  if (text.length !== ACCOUNT_ID_LENGTH) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** The account of `123456789012` or `arn:PARTITION:iam::123456789012:root`, else undefined. */
function accountOf(value: string): string | undefined {
  if (isAccountId(value)) return value;
  const parts = value.split(':');
  const [arn, , service, region, account, resource] = parts;
  if (parts.length !== 6 || arn !== 'arn' || service !== 'iam' || region !== '' || resource !== 'root') {
    return undefined;
  }
  return account !== undefined && isAccountId(account) ? account : undefined;
}

function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** Callers that belong to an account and can be named by it (R38). */
const ACCOUNT_KINDS: ReadonlySet<Caller['kind']> = new Set(['root', 'user', 'role-session', 'federated-user']);
/** Callers whose own ARN a Principal entry can name exactly (R39). */
const EXACT_KINDS: ReadonlySet<Caller['kind']> = new Set(['user', 'role-session', 'federated-user']);

export interface PrincipalMatcherOptions {
  /**
   * Compare user, role, session and federated-user ARNs ignoring case: for a Deny, where the looser match fails
   * closed (R39), since IAM user and role names are unique ignoring case (R110). The caller's ARNs are then
   * lowercased on each test.
   */
  readonly ignoreCase?: boolean;
}

/** Compiles a Principal element once into sets; matching is a few lookups. */
export function compilePrincipalMatcher(spec: PrincipalSpec, options: PrincipalMatcherOptions = {}): PrincipalMatcher {
  const fold = options.ignoreCase === true ? (text: string) => text.toLowerCase() : (text: string) => text;
  // R37: "*" and {"AWS": "*"} are the same element.
  const wildcard = spec.wildcard || spec.aws.includes('*');
  const accounts = new Set<string>();
  const arns = new Set<string>();
  for (const value of spec.aws) {
    const account = accountOf(value);
    if (account !== undefined) accounts.add(account);
    // R39: a wildcard cannot match part of a principal ARN, so such an entry names no one.
    else if (!hasWildcard(value)) arns.add(fold(value));
  }
  const services = new Set(spec.service);
  const federated = new Set(spec.federated);
  const canonical = new Set(spec.canonicalUser);
  return {
    match(caller) {
      const { kind, arn } = caller;
      if (arn !== undefined && EXACT_KINDS.has(kind) && arns.has(fold(arn))) return 'exact';
      if (arn !== undefined && kind === 'service' && services.has(arn)) return 'service';
      if (caller.provider !== undefined && federated.has(caller.provider)) return 'federated';
      if (caller.canonicalUser !== undefined && canonical.has(caller.canonicalUser)) return 'canonical';
      if (wildcard) return 'wildcard';
      if (kind === 'role-session' && caller.roleArn !== undefined && arns.has(fold(caller.roleArn))) return 'role';
      if (caller.account !== undefined && ACCOUNT_KINDS.has(kind) && accounts.has(caller.account)) return 'account';
      return undefined;
    },
  };
}
