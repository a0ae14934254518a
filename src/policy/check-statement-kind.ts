import { childPath } from './json-path.js';
import type { JsonObject } from './json-value.js';
import type { Effect, PolicyKind, PrincipalSpec } from './policy.js';
import type { PolicyDiagnostics } from './policy-diagnostics.js';

/** Kinds written in identity-policy syntax: no Principal, and Resource is required (R11, R14). */
const IDENTITY_LIKE: ReadonlySet<PolicyKind> = new Set(['identity', 'boundary', 'session', 'scp']);

const KIND_NAMES: Readonly<Record<PolicyKind, string>> = {
  identity: 'an identity-based policy',
  resource: 'a resource-based policy',
  trust: 'a role trust policy',
  boundary: 'a permissions boundary',
  session: 'a session policy',
  scp: 'a service control policy (SCP)',
  rcp: 'a resource control policy (RCP)',
};

export interface StatementShape {
  readonly raw: JsonObject;
  readonly path: string;
  readonly effect: Effect | undefined;
  readonly principal: PrincipalSpec | undefined;
}

/** Rules that depend on the kind of policy (R11, R14–R16). None of them stops a `Policy` from being built. */
export function checkStatementKind(
  shape: StatementShape,
  kind: PolicyKind | undefined,
  diagnostics: PolicyDiagnostics,
): void {
  const has = (name: string): boolean => Object.hasOwn(shape.raw, name);
  const { path } = shape;
  const hasPrincipal = has('Principal') || has('NotPrincipal');
  // R15: warned for every kind, as AWS says most resource policies reject it and it may grant anonymous access.
  if (has('NotPrincipal') && shape.effect === 'Allow') {
    diagnostics.warn(
      'notprincipal-allow',
      childPath(path, 'NotPrincipal'),
      `${path} uses NotPrincipal with "Effect": "Allow", which grants access to every principal not listed, anonymous users included; use Principal, or NotPrincipal only with "Deny"`,
    );
  }
  // R11: without a Principal the statement can only live in an identity-style policy, which needs a Resource.
  const resourceOptional = kind === undefined ? hasPrincipal : !IDENTITY_LIKE.has(kind);
  if (!has('Resource') && !has('NotResource') && !resourceOptional) {
    const where = kind === undefined ? 'a statement without Principal' : KIND_NAMES[kind];
    diagnostics.error(
      'resource-missing',
      path,
      `${path} has neither Resource nor NotResource, which ${where} requires; add "Resource": "*" or the ARNs it applies to`,
    );
  }
  if (kind === undefined) return;
  const name = KIND_NAMES[kind];
  if (IDENTITY_LIKE.has(kind)) {
    // R14
    for (const element of ['Principal', 'NotPrincipal']) {
      if (has(element))
        diagnostics.error(
          'principal-not-allowed',
          childPath(path, element),
          `${childPath(path, element)} is not allowed in ${name}, whose principal is the identity it applies to; remove it`,
        );
    }
    return;
  }
  if (!hasPrincipal) {
    diagnostics.error(
      'principal-missing',
      path,
      `${path} has no Principal, which ${name} requires; add for example "Principal": {"AWS": "arn:aws:iam::111122223333:root"}`,
    );
  }
  checkTrustAndRcp(shape, kind, diagnostics);
}

function checkTrustAndRcp(shape: StatementShape, kind: PolicyKind, diagnostics: PolicyDiagnostics): void {
  const has = (name: string): boolean => Object.hasOwn(shape.raw, name);
  const notPrincipal = childPath(shape.path, 'NotPrincipal');
  if ((kind === 'trust' || kind === 'rcp') && has('NotPrincipal')) {
    // R15 (trust), R16 (rcp)
    diagnostics.error(
      'notprincipal-not-allowed',
      notPrincipal,
      `${notPrincipal} is not allowed in ${KIND_NAMES[kind]}; use Principal with a Condition on aws:PrincipalArn instead`,
    );
  }
  if (kind !== 'rcp') return;
  const principal = childPath(shape.path, 'Principal');
  // R16: an RCP applies to every principal; narrowing is done with conditions.
  if (has('Principal') && shape.principal !== undefined && !shape.principal.wildcard) {
    diagnostics.error(
      'principal-not-wildcard',
      principal,
      `${principal} must be "*" in a resource control policy (RCP); narrow the principals with a Condition such as aws:PrincipalOrgID instead`,
    );
  }
  if (has('NotAction')) {
    const at = childPath(shape.path, 'NotAction');
    diagnostics.error(
      'element-not-allowed',
      at,
      `${at} is not supported in a resource control policy (RCP); list the denied actions under Action`,
    );
  }
}
