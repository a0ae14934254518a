import type { ConditionEntry, Policy, PrincipalSpec, Statement } from './policy.js';

/** The canonical JSON shape `printPolicy` produces: arrays everywhere, Statement always an array. */
export interface PrintedPolicy {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: readonly PrintedStatement[];
}

export type PrintedPrincipal = '*' | { readonly [type: string]: readonly string[] };

export interface PrintedStatement {
  readonly Sid?: string;
  readonly Effect: string;
  readonly Principal?: PrintedPrincipal;
  readonly NotPrincipal?: PrintedPrincipal;
  readonly Action?: readonly string[];
  readonly NotAction?: readonly string[];
  readonly Resource?: readonly string[];
  readonly NotResource?: readonly string[];
  readonly Condition?: { readonly [operator: string]: { readonly [key: string]: readonly string[] } };
}

/**
 * Prints a Policy back as canonical JSON: every list an array, Statement an array, condition values strings.
 * `parsePolicy(printPolicy(p))` gives back `p` (for a policy whose Statement was already an array).
 */
export function printPolicy(policy: Policy): PrintedPolicy {
  return {
    ...(policy.version === undefined ? {} : { Version: policy.version }),
    ...(policy.id === undefined ? {} : { Id: policy.id }),
    Statement: policy.statements.map(printStatement),
  };
}

function printStatement(s: Statement): PrintedStatement {
  return {
    ...(s.sid === undefined ? {} : { Sid: s.sid }),
    Effect: s.effect,
    ...(s.principal === undefined ? {} : { Principal: printPrincipal(s.principal) }),
    ...(s.notPrincipal === undefined ? {} : { NotPrincipal: printPrincipal(s.notPrincipal) }),
    ...(s.action === undefined ? {} : { Action: [...s.action] }),
    ...(s.notAction === undefined ? {} : { NotAction: [...s.notAction] }),
    ...(s.resource === undefined ? {} : { Resource: [...s.resource] }),
    ...(s.notResource === undefined ? {} : { NotResource: [...s.notResource] }),
    ...(s.conditions.length === 0 ? {} : { Condition: printConditions(s.conditions) }),
  };
}

function printPrincipal(p: PrincipalSpec): PrintedPrincipal {
  if (p.wildcard) return '*';
  const out: Record<string, readonly string[]> = {};
  if (p.aws.length > 0) out.AWS = [...p.aws];
  if (p.service.length > 0) out.Service = [...p.service];
  if (p.federated.length > 0) out.Federated = [...p.federated];
  if (p.canonicalUser.length > 0) out.CanonicalUser = [...p.canonicalUser];
  return out;
}

/** Groups entries back under their operator, in the order they were written. */
function printConditions(entries: readonly ConditionEntry[]): NonNullable<PrintedStatement['Condition']> {
  // Null-prototype maps: operator and key names come from users and must not reach Object.prototype.
  const out: Record<string, Record<string, readonly string[]>> = Object.create(null);
  for (const entry of entries) {
    let block = out[entry.operator];
    if (block === undefined) {
      block = Object.create(null) as Record<string, readonly string[]>;
      Object.defineProperty(out, entry.operator, {
        value: block,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(block, entry.key, {
      value: [...entry.values],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}
