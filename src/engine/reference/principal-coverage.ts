import type { PrincipalSpec, Statement } from '../../policy/policy.js';
import type { BundlePrincipal } from '../bundle.js';

/**
 * How a resource-policy statement covers the caller (R74–R78):
 * - `direct`: it names the caller itself (its user, session or federated-user ARN, its service) or everyone;
 * - `limited`: it names the role of a role session, or the IAM user who federated;
 * - `account`: it names the caller's account.
 */
export type Coverage = 'direct' | 'limited' | 'account';

const STRENGTH: Readonly<Record<Coverage, number>> = { account: 1, limited: 2, direct: 3 };

/** The stronger of two coverages. */
export function stronger(a: Coverage | undefined, b: Coverage | undefined): Coverage | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

/** The account an AWS principal value names as a whole: a 12-digit id or `arn:PARTITION:iam::ID:root` (R38). */
function namedAccount(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  return /^arn:[^:]*:iam::(\d{12}):root$/.exec(value)?.[1];
}

const HAS_ACCOUNT = new Set(['user', 'role-session', 'federated-user', 'root']);

/**
 * How one AWS principal value names the caller (R37–R39, R76, R78), or undefined. With `ignoreCase` (a Deny, R39)
 * ARNs are compared in lowercase.
 */
function awsValueCovers(value: string, p: BundlePrincipal, ignoreCase: boolean): Coverage | undefined {
  const same = (a: string | undefined): boolean =>
    a !== undefined && (ignoreCase ? a.toLowerCase() === value.toLowerCase() : a === value);
  if (value === '*') return 'direct'; // R37
  const account = namedAccount(value);
  if (account !== undefined) return HAS_ACCOUNT.has(p.kind) && p.account === account ? 'account' : undefined; // R38
  if (value.includes('*') || value.includes('?')) return undefined; // R39: no wildcards inside a principal
  const own = p.kind === 'user' || p.kind === 'role-session' || p.kind === 'federated-user';
  if (own && same(p.arn)) return 'direct'; // R39, R75, R77, R78
  if (p.kind === 'role-session' && same(p.roleArn)) return 'limited'; // R76
  if (p.kind === 'federated-user' && same(p.userArn)) return 'limited'; // R78: the IAM user who federated
  return undefined;
}

/** How a Principal element names the caller: the strongest of its entries. */
function principalCovers(spec: PrincipalSpec, p: BundlePrincipal, ignoreCase: boolean): Coverage | undefined {
  let best: Coverage | undefined = spec.wildcard ? 'direct' : undefined; // R37
  for (const value of spec.aws) best = stronger(best, awsValueCovers(value, p, ignoreCase));
  if (p.kind === 'service' && p.arn !== undefined && spec.service.includes(p.arn)) best = 'direct'; // R39, R97
  if (p.provider !== undefined && spec.federated.includes(p.provider)) best = stronger(best, 'direct'); // R39
  return best; // CanonicalUser: a bundle caller has no canonical id, so it names no one here
}

/**
 * R85 for a Deny: NotPrincipal leaves a caller out only when every identity it acts as is listed: a role session's
 * session ARN, role ARN and account; a user's or federated user's ARN and account; the root user's account; a
 * service's name. `"*"` lists everyone; nothing lists an anonymous caller except `"*"`.
 */
function denyExempts(spec: PrincipalSpec, p: BundlePrincipal): boolean {
  if (spec.wildcard || spec.aws.includes('*')) return true;
  const listsAccount = p.account !== undefined && spec.aws.some((value) => namedAccount(value) === p.account);
  const listsArn = p.arn !== undefined && spec.aws.includes(p.arn);
  switch (p.kind) {
    case 'anonymous':
      return false;
    case 'service':
      return p.arn !== undefined && spec.service.includes(p.arn);
    case 'root':
      return listsAccount;
    case 'role-session':
      return listsArn && p.roleArn !== undefined && spec.aws.includes(p.roleArn) && listsAccount;
    default:
      return listsArn && listsAccount;
  }
}

/** The names a caller acts as or is vouched for by, lowercased: its ARN, role, federating user, provider, service. */
function identitiesIgnoringCase(p: BundlePrincipal): string[] {
  const names: (string | undefined)[] = [p.arn, p.provider];
  if (p.kind === 'role-session') names.push(p.roleArn);
  if (p.kind === 'federated-user') names.push(p.userArn);
  return names.flatMap((name) => (name === undefined ? [] : [name.toLowerCase()]));
}

/**
 * R85 for an Allow: NotPrincipal leaves the caller out when it names any identity of the caller, its account
 * included, and names are compared ignoring case because IAM user and role names are unique ignoring case (R110).
 * `"*"` names everyone.
 */
function allowLeavesOut(spec: PrincipalSpec, p: BundlePrincipal): boolean {
  if (spec.wildcard || spec.aws.includes('*')) return true;
  const own = identitiesIgnoringCase(p);
  const listed = [...spec.aws, ...spec.service, ...spec.federated, ...spec.canonicalUser];
  if (listed.some((value) => own.includes(value.toLowerCase()))) return true;
  const hasAccount = HAS_ACCOUNT.has(p.kind) && p.account !== undefined;
  return hasAccount && spec.aws.some((value) => namedAccount(value) === p.account);
}

/**
 * Whether a resource-policy statement applies to the caller, and how. A statement without Principal or NotPrincipal
 * (an RCP never has one, R16) does not restrict principals. NotPrincipal covers everyone it does not leave out, as
 * `*` does (`direct`), and what leaves a caller out depends on the effect (R85); R84: a Deny with NotPrincipal covers
 * every caller whose entity has a permissions boundary.
 */
export function statementCovers(statement: Statement, p: BundlePrincipal): Coverage | undefined {
  if (statement.principal !== undefined) return principalCovers(statement.principal, p, statement.effect === 'Deny');
  const spec = statement.notPrincipal;
  if (spec === undefined) return 'direct';
  if (statement.effect === 'Allow') return allowLeavesOut(spec, p) ? undefined : 'direct'; // R85
  if (p.permissionsBoundary !== undefined) return 'direct'; // R84
  return denyExempts(spec, p) ? undefined : 'direct';
}
