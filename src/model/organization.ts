import type { NamedPolicy, OrgLevel } from '../engine/bundle.js';
import { ModelError, unknownName } from './model-error.js';
import { readDocument } from './read-document.js';
import { hashChars } from './unique-id.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const ROOT = 'Root';
export const FULL_AWS_ACCESS = 'FullAWSAccess';

/** An organizational unit, named by its path from the root (`Root/Workloads/Prod`). */
interface OrgUnit {
  readonly path: string;
  readonly id: string;
}

export type OrgPolicyKind = 'scp' | 'rcp';

/** Where a policy is attached: the root, an OU path, or an account id. */
export type OrgTarget =
  | { readonly kind: 'ou'; readonly path: string }
  | { readonly kind: 'account'; readonly id: string };

/**
 * An AWS Organizations organization: a root, OUs by path, where each member account sits, and the SCPs and RCPs
 * attached at each level. Levels come out root first (R86).
 */
export class Organization {
  readonly id: string;
  readonly rootId: string;
  readonly managementAccountId: string;
  private readonly units = new Map<string, OrgUnit>();
  private readonly placement = new Map<string, string>();
  private readonly attached: Record<OrgPolicyKind, Map<string, NamedPolicy[]>> = { scp: new Map(), rcp: new Map() };
  private readonly fullAccess: NamedPolicy;

  constructor(managementAccountId: string) {
    this.managementAccountId = managementAccountId;
    this.id = `o-${hashChars(managementAccountId, 10, LOWER)}`;
    this.rootId = `r-${hashChars(`${managementAccountId}/root`, 4, LOWER)}`;
    this.fullAccess = readDocument(FULL_AWS_ACCESS, 'scp', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    this.addUnit(ROOT, this.rootId);
  }

  /** Makes an account a member, directly under the root until placed. */
  join(accountId: string): void {
    if (this.placement.has(accountId)) return;
    this.placement.set(accountId, ROOT);
    this.attached.scp.set(accountKey(accountId), [this.fullAccess]); // R115
  }

  isMember(accountId: string): boolean {
    return this.placement.has(accountId);
  }

  /** Moves a member account into the OU at `path`, creating the OUs on the way. */
  place(accountId: string, path: string): void {
    if (!this.placement.has(accountId)) throw new ModelError(`account ${accountId} is not in the organization`);
    this.placement.set(accountId, this.ensurePath(path));
  }

  attach(kind: OrgPolicyKind, target: OrgTarget, policy: NamedPolicy): void {
    const key = this.keyOf(target);
    const list = this.attached[kind].get(key) ?? [];
    if (list.some((p) => p.name === policy.name)) {
      throw new ModelError(`${kind.toUpperCase()} "${policy.name}" is already attached to ${describeTarget(target)}`);
    }
    this.attached[kind].set(key, [...list, policy]);
  }

  detach(kind: OrgPolicyKind, target: OrgTarget, policyName: string): void {
    const key = this.keyOf(target);
    const list = this.attached[kind].get(key) ?? [];
    if (!list.some((p) => p.name === policyName)) {
      const there = list.length === 0 ? 'none' : names(list).join(', ');
      throw new ModelError(
        `no ${kind.toUpperCase()} "${policyName}" is attached to ${describeTarget(target)}; attached there: ${there}`,
      );
    }
    this.attached[kind].set(
      key,
      list.filter((p) => p.name !== policyName),
    );
  }

  /** The levels that apply to an account, root first: root, each OU down to the account's, then the account. */
  levels(kind: OrgPolicyKind, accountId: string, accountName: string): OrgLevel[] {
    const chain = this.unitChain(accountId);
    const levels: OrgLevel[] = chain.map((unit) => ({
      name: unit.path === ROOT ? ROOT : `OU ${unit.path.slice(ROOT.length + 1)}`,
      policies: this.attached[kind].get(unit.path) ?? [],
    }));
    levels.push({ name: `account ${accountName}`, policies: this.attached[kind].get(accountKey(accountId)) ?? [] });
    return levels;
  }

  /** aws:PrincipalOrgPaths / aws:ResourceOrgPaths: `o-…/r-…/ou-…/` for the account's OU (R116). */
  orgPath(accountId: string): string {
    return `${this.id}/${this.unitChain(accountId)
      .map((u) => u.id)
      .join('/')}/`;
  }

  /** OU paths that exist, for messages. */
  unitPaths(): string[] {
    return [...this.units.keys()];
  }

  hasUnit(path: string): boolean {
    return this.units.has(normalisePath(path));
  }

  private unitChain(accountId: string): OrgUnit[] {
    const path = this.placement.get(accountId);
    if (path === undefined) throw new ModelError(`account ${accountId} is not in the organization`);
    const parts = path.split('/');
    const chain: OrgUnit[] = [];
    for (let i = 1; i <= parts.length; i++) {
      const unit = this.units.get(parts.slice(0, i).join('/'));
      if (unit !== undefined) chain.push(unit);
    }
    return chain;
  }

  private ensurePath(raw: string): string {
    const path = normalisePath(raw);
    const parts = path.split('/');
    if (parts[0] !== ROOT || parts.some((p) => p.trim() === '')) {
      throw new ModelError(`OU path "${raw}" must start with "Root" and name each OU, e.g. Root/Workloads/Prod`);
    }
    for (let i = 2; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join('/');
      if (!this.units.has(sub)) this.addUnit(sub, `ou-${this.rootId.slice(2)}-${hashChars(sub, 8, LOWER)}`);
    }
    return path;
  }

  private addUnit(path: string, id: string): void {
    this.units.set(path, { path, id });
    this.attached.scp.set(path, [this.fullAccess]); // R115
  }

  private keyOf(target: OrgTarget): string {
    if (target.kind === 'account') {
      if (!this.placement.has(target.id)) throw new ModelError(`account ${target.id} is not in the organization`);
      return accountKey(target.id);
    }
    const path = normalisePath(target.path);
    if (!this.units.has(path)) throw unknownName('OU', target.path, this.units.keys());
    return path;
  }
}

function accountKey(id: string): string {
  return `account:${id}`;
}

function normalisePath(path: string): string {
  return path.trim().replace(/\/+$/, '');
}

function names(list: readonly NamedPolicy[]): string[] {
  return list.map((p) => p.name);
}

function describeTarget(target: OrgTarget): string {
  return target.kind === 'account' ? `account ${target.id}` : target.path;
}
