import type { CompiledPolicy } from './compiled-policy.js';
import type { CompiledStatement, PreparedRequest } from './compiled-statement.js';

/**
 * How strongly a resource-policy Allow grants to the caller (R74–R78):
 * - `direct`: names the caller itself (user ARN, session ARN, federated-user ARN, "*", a service) — not limited by
 *   implicit denies in identity policies, boundaries or session policies in the same account;
 * - `limited`: names the role of a session, or the IAM user who federated — limited by boundary and session policy;
 * - `account`: names the caller's account — delegates to the identity policies.
 */
export type GrantStrength = 'direct' | 'limited' | 'account';

/** What one layer said about a request. */
export interface LayerScan {
  allow: CompiledStatement | undefined;
  deny: CompiledStatement | undefined;
  /** For resource policies: the strongest grant among the matching Allows. */
  grant: GrantStrength | undefined;
}

/** Collects condition keys a request lacked, as written in the policies (allocated only when one is missing). */
export class MissingKeys {
  private found: Set<string> | undefined;

  note(statement: CompiledStatement, req: PreparedRequest): void {
    for (const key of statement.conditionKeys) {
      if (!req.context.has(key.lower)) {
        if (this.found === undefined) this.found = new Set();
        this.found.add(key.written);
      }
    }
  }

  list(): string[] {
    return this.found === undefined ? [] : [...this.found].sort();
  }
}

const STRENGTH: Readonly<Record<GrantStrength, number>> = { account: 1, limited: 2, direct: 3 };

/** Checks action, resource and conditions of one statement, noting missing condition keys on the way. */
function applies(statement: CompiledStatement, req: PreparedRequest, missing: MissingKeys): boolean {
  if (!statement.matchesAction(req.actionLower)) return false;
  if (!statement.matchesResource(req.resource, req.context)) return false;
  if (statement.conditions.always) return true;
  missing.note(statement, req);
  return statement.conditions.test(req.context);
}

function scanStatements(
  statements: readonly CompiledStatement[],
  req: PreparedRequest,
  missing: MissingKeys,
  out: LayerScan,
  grantFor: ((s: CompiledStatement) => GrantStrength | undefined) | undefined,
): void {
  for (const statement of statements) {
    if (!applies(statement, req, missing)) continue;
    if (statement.effect === 'Deny') {
      if (grantFor !== undefined && grantFor(statement) === undefined) continue;
      out.deny ??= statement;
      continue;
    }
    if (grantFor === undefined) {
      out.allow ??= statement;
      continue;
    }
    const grant = grantFor(statement);
    if (grant === undefined) continue;
    if (out.grant === undefined || STRENGTH[grant] > STRENGTH[out.grant]) {
      out.grant = grant;
      out.allow = statement;
    }
  }
}

/**
 * Scans policies for the first matching Deny and Allow, looking only at statements indexed under the request's
 * service plus those that may apply to any service. `grantFor` is given for resource policies: it checks the
 * principal part and says how strong an Allow is (undefined: the statement does not cover the caller).
 */
export function scanPolicies(
  policies: readonly CompiledPolicy[],
  req: PreparedRequest,
  missing: MissingKeys,
  grantFor?: (s: CompiledStatement) => GrantStrength | undefined,
): LayerScan {
  const out: LayerScan = { allow: undefined, deny: undefined, grant: undefined };
  for (const policy of policies) {
    scanStatements(policy.forService(req.service), req, missing, out, grantFor);
    scanStatements(policy.forAnyService, req, missing, out, grantFor);
  }
  return out;
}
