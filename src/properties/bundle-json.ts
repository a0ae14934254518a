import type { ContextValue } from '../context/request-context.js';
import type { Bundle, BundlePrincipal, NamedPolicy, OrgLevel } from '../engine/bundle.js';
import { type PrintedPolicy, printPolicy } from '../policy/print-policy.js';

/** A policy as a bundle names it: `{ "name": …, "document": {…} }`. */
export interface NamedPolicyJson {
  readonly name: string;
  readonly document: PrintedPolicy;
}

/** An SCP or RCP level as a bundle writes it. */
export interface OrgLevelJson {
  readonly name: string;
  readonly policies: readonly NamedPolicyJson[];
}

/** The JSON `iamspec simulate` reads (docs/cli.md, schema/bundle.schema.json). */
export interface BundleJson {
  readonly principal: Readonly<Record<string, unknown>>;
  readonly request: {
    readonly action: string;
    readonly resource: string;
    readonly resourceAccount?: string;
    readonly resourceTags: Readonly<Record<string, string>>;
    readonly context: Readonly<Record<string, ContextValue>>;
  };
  readonly resourcePolicy?: NamedPolicyJson;
  readonly scps?: readonly OrgLevelJson[];
  readonly rcps?: readonly OrgLevelJson[];
  readonly isManagementAccount: boolean;
  readonly resourceIsManagementAccount: boolean;
}

/** Writes an engine bundle back as `simulate` JSON, every policy named, so a counterexample can be replayed. */
export function bundleToJson(bundle: Bundle): BundleJson {
  const r = bundle.request;
  return {
    principal: principalJson(bundle.principal),
    request: {
      action: r.action,
      resource: r.resource,
      ...(r.resourceAccount === undefined ? {} : { resourceAccount: r.resourceAccount }),
      resourceTags: { ...r.resourceTags },
      context: { ...r.context },
    },
    ...(bundle.resourcePolicy === undefined ? {} : { resourcePolicy: policyJson(bundle.resourcePolicy) }),
    ...(bundle.scps === undefined ? {} : { scps: bundle.scps.map(levelJson) }),
    ...(bundle.rcps === undefined ? {} : { rcps: bundle.rcps.map(levelJson) }),
    isManagementAccount: bundle.isManagementAccount,
    resourceIsManagementAccount: bundle.resourceIsManagementAccount,
  };
}

function principalJson(p: BundlePrincipal): Record<string, unknown> {
  // The bundle reader refuses identity policies on principals that cannot hold any (root, anonymous, services).
  const holdsPolicies = p.kind !== 'root' && p.kind !== 'anonymous' && p.kind !== 'service';
  const out: Record<string, unknown> = { kind: p.kind };
  if (p.arn !== undefined) out.arn = p.arn;
  if (p.roleArn !== undefined) out.roleArn = p.roleArn;
  if (p.account !== undefined) out.account = p.account;
  if (holdsPolicies) out.identityPolicies = p.identityPolicies.map(policyJson);
  if (p.permissionsBoundary !== undefined) out.permissionsBoundary = policyJson(p.permissionsBoundary);
  if (p.sessionPolicy !== undefined) out.sessionPolicy = policyJson(p.sessionPolicy);
  out.tags = { ...p.tags };
  for (const key of ['userArn', 'uniqueId', 'orgId', 'provider'] as const) {
    const value = p[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function policyJson(named: NamedPolicy): NamedPolicyJson {
  return { name: named.name, document: printPolicy(named.policy) };
}

function levelJson(level: OrgLevel): OrgLevelJson {
  return { name: level.name, policies: level.policies.map(policyJson) };
}
