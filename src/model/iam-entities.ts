import { nullRecord } from '../context/null-record.js';
import type { NamedPolicy } from '../engine/bundle.js';
import { ModelError } from './model-error.js';

/** Tags as key → value; keys compare case-insensitively when merged (R127). */
export type Tags = Readonly<Record<string, string>>;

/** Something with a name and an ARN that lives in one account. */
export interface Named {
  readonly name: string;
  readonly arn: string;
  readonly accountId: string;
}

/** A customer managed policy: it outlives the principals it is attached to (R114). */
export interface ManagedPolicy extends Named {
  readonly policy: NamedPolicy;
}

/** What users, groups and roles share: inline policies and attached managed policies. */
export interface PolicyHolder extends Named {
  readonly inline: Map<string, NamedPolicy>;
  readonly managed: Set<ManagedPolicy>;
}

export interface User extends PolicyHolder {
  readonly kind: 'user';
  readonly uniqueId: string;
  readonly groups: Set<Group>;
  boundary: NamedPolicy | undefined;
  tags: Tags;
  mfaDevices: number;
}

export interface Group extends PolicyHolder {
  readonly kind: 'group';
  readonly members: Set<User>;
}

export interface Role extends PolicyHolder {
  readonly kind: 'role';
  readonly uniqueId: string;
  trust: NamedPolicy;
  boundary: NamedPolicy | undefined;
  tags: Tags;
  /** Seconds, 3600–43200 (R113). */
  maxSessionDuration: number;
}

/** The policies of a holder in a stable order: inline (by insertion), then managed (by attachment). */
export function policiesOf(holder: PolicyHolder): NamedPolicy[] {
  return [...holder.inline.values(), ...[...holder.managed].map((m) => m.policy)];
}

/** `over` wins for keys that differ from a `base` key only in case (R127); no prototype, so `__proto__` is a tag (R140). */
export function mergeTags(base: Tags, over: Tags): Record<string, string> {
  const out = nullRecord<string>();
  const overKeys = new Set(Object.keys(over).map((k) => k.toLowerCase()));
  for (const [k, v] of Object.entries(base)) if (!overKeys.has(k.toLowerCase())) out[k] = v;
  for (const [k, v] of Object.entries(over)) out[k] = v;
  return out;
}

/**
 * R110: IAM user and role tag keys are unique ignoring case ("you cannot have separate Department and department tag
 * keys"), so one call that gives two keys differing only in case is an error naming both; `owner` names the entity.
 */
export function requireUniqueTagKeys(tags: Tags, owner: string): void {
  const seen = new Map<string, string>();
  for (const key of Object.keys(tags)) {
    const first = seen.get(key.toLowerCase());
    if (first !== undefined) {
      throw new ModelError(
        `the tag keys "${first}" and "${key}" of ${owner} differ only in case; IAM user and role tag keys are unique ` +
          'ignoring case, so give one of them (R110)',
      );
    }
    seen.set(key.toLowerCase(), key);
  }
}
