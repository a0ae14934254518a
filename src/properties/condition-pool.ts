import type { NamedPolicy } from '../engine/bundle.js';
import type { ConditionEntry } from '../policy/policy.js';
import { conditionValues, type ValueKind } from './condition-values.js';

/** A context key to generate, with candidate values taken from the policies. */
export interface KeyPool {
  /** The key as first written. */
  readonly key: string;
  readonly kind: ValueKind;
  /** A set of values (aws:TagKeys, keys under ForAnyValue/ForAllValues). */
  readonly multivalued: boolean;
  /** Values that make conditions match, and values just beside them that make them not match. */
  readonly values: readonly string[];
}

/** Tag keys and candidate values the policies and the model use, for request, principal and resource tags. */
export interface TagPool {
  readonly keys: readonly string[];
  readonly values: ReadonlyMap<string, readonly string[]>;
}

/** What a property generates request contexts and tags from. */
export interface ConditionPool {
  readonly keys: readonly KeyPool[];
  readonly tags: TagPool;
}

/**
 * Keys that are facts about the principal, the resource or the credentials, which the model and the engine derive
 * (R100–R104, R116–R120, R129, R135). Generating them would describe a request no principal can make.
 */
const DERIVED =
  /^aws:(principal|userid$|username$|resourceaccount$|resourceorg|resourcetag\/|epochtime$|tokenissuetime$|sourceidentity$|federatedprovider$)/i;
const TAG_KEY = /^aws:(requesttag|resourcetag|principaltag)\/(.+)$/i;

/** Keys every property generates, with a few telling values each, whether or not a policy reads them. */
function defaultKeys(now: string): KeyPool[] {
  return [
    { key: 'aws:SourceIp', kind: 'ip', multivalued: false, values: ['203.0.113.10', '10.0.0.1'] },
    { key: 'aws:MultiFactorAuthPresent', kind: 'bool', multivalued: false, values: ['true', 'false'] },
    { key: 'aws:MultiFactorAuthAge', kind: 'number', multivalued: false, values: ['0', '600', '86400'] },
    { key: 'aws:SecureTransport', kind: 'bool', multivalued: false, values: ['true', 'false'] },
    { key: 'aws:RequestedRegion', kind: 'string', multivalued: false, values: ['us-east-1', 'eu-west-1'] },
    { key: 'aws:CurrentTime', kind: 'date', multivalued: false, values: [now, '2020-01-01T00:00:00Z'] },
  ];
}

interface Building {
  key: string;
  kind: ValueKind;
  multivalued: boolean;
  readonly values: Set<string>;
}

/**
 * Collects the condition keys of the policies, with values drawn from the policies' own condition values (and
 * values just beside them), so that generated requests meet each condition both ways. Tag keys seen in conditions,
 * in aws:TagKeys values and on modelled entities become request tags (when a policy reads them) and tag pools.
 */
export function conditionPool(
  policies: readonly NamedPolicy[],
  options: { readonly now: string; readonly tags: ReadonlyArray<readonly [string, string]> },
): ConditionPool {
  const pool = new PoolBuilder(options.now);
  for (const [key, value] of options.tags) pool.addTag(key, value);
  for (const named of policies) {
    for (const statement of named.policy.statements) {
      for (const entry of statement.conditions) pool.addEntry(entry);
    }
  }
  return pool.build();
}

class PoolBuilder {
  private readonly keys = new Map<string, Building>();
  private readonly tags = new Map<string, Set<string>>();
  private readsRequestTags = false;

  constructor(now: string) {
    for (const k of defaultKeys(now)) this.keys.set(k.key.toLowerCase(), { ...k, values: new Set(k.values) });
  }

  addTag(key: string, value?: string): void {
    const set = this.tags.get(key) ?? new Set<string>();
    if (value !== undefined) set.add(value);
    this.tags.set(key, set);
  }

  addEntry(entry: ConditionEntry): void {
    if (entry.key.includes('${')) return;
    const { kind, multivalued, values } = conditionValues(entry.operator, entry.values);
    const tag = TAG_KEY.exec(entry.key);
    if (tag?.[1] !== undefined && tag[2] !== undefined) {
      this.addTag(tag[2]);
      for (const v of values) this.addTag(tag[2], v);
      if (tag[1].toLowerCase() === 'requesttag') this.readsRequestTags = true;
    } else if (entry.key.toLowerCase() === 'aws:tagkeys') {
      this.readsRequestTags = true;
      for (const v of entry.values) if (!/[*?$]/.test(v)) this.addTag(v);
    } else if (!DERIVED.test(entry.key)) {
      this.merge(entry.key, kind, multivalued, values);
    }
  }

  build(): ConditionPool {
    // aws:RequestTag/KEY for every tag key, and aws:TagKeys as a set of them.
    if (this.readsRequestTags) {
      for (const [tag, values] of this.tags) this.merge(`aws:RequestTag/${tag}`, 'string', false, [...values]);
      this.merge('aws:TagKeys', 'string', true, [...this.tags.keys()]);
    }
    return {
      keys: [...this.keys.values()].map((k) => ({ ...k, values: [...k.values] })),
      tags: { keys: [...this.tags.keys()], values: new Map([...this.tags].map(([k, v]) => [k, [...v]])) },
    };
  }

  private merge(key: string, kind: ValueKind, multivalued: boolean, values: readonly string[]): void {
    const lower = key.toLowerCase();
    const known = this.keys.get(lower);
    if (known === undefined) {
      this.keys.set(lower, { key, kind, multivalued, values: new Set(values) });
      return;
    }
    if (known.kind === 'string' && kind !== 'string') known.kind = kind;
    known.multivalued ||= multivalued;
    for (const v of values) known.values.add(v);
  }
}
