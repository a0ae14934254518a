import type { NamedPolicy } from '../engine/bundle.js';
import type { PolicyKind } from '../policy/policy.js';
import { ModelError } from './model-error.js';
import { type CatalogOptions, readDocument } from './read-document.js';

/** How the model compares the policies it reads with the AWS catalogue. */
export interface CatalogStrictness {
  /**
   * `error`: an unknown action, a pattern that matches no action and an unknown condition key make a policy
   * invalid, as in scenarios (R159, R160). `warning` (the default): they are accepted, as AWS accepts them.
   */
  readonly severity?: 'warning' | 'error';
  /** `service:Action` names to count as existing (actions newer than the catalogue), any case. */
  readonly knownActions?: Iterable<string>;
  /** Condition keys to count as existing, any case. */
  readonly knownConditionKeys?: Iterable<string>;
}

const ACTION_NAME = /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/;
const CONDITION_KEY = /^[A-Za-z0-9-]+:\S+$/;

/**
 * Reads the model's policy documents with its catalogue strictness, and holds the names declared as known. Each
 * declaration makes a new set, so that what the catalogue lint indexed per set stays true.
 */
export class DocumentReader {
  readonly severity: 'warning' | 'error';
  private actions: ReadonlySet<string>;
  private keys: ReadonlySet<string>;

  constructor(strictness: CatalogStrictness = {}) {
    this.severity = strictness.severity ?? 'warning';
    this.actions = new Set();
    this.keys = new Set();
    for (const name of strictness.knownActions ?? []) this.declareAction(name);
    for (const key of strictness.knownConditionKeys ?? []) this.declareConditionKey(key);
  }

  /** Lowercase `service:action` names declared as known. */
  get knownActions(): ReadonlySet<string> {
    return this.actions;
  }

  /** Lowercase condition keys declared as known. */
  get knownConditionKeys(): ReadonlySet<string> {
    return this.keys;
  }

  /** R161: counts an action the catalogue does not list yet as existing. */
  declareAction(name: string): void {
    if (!ACTION_NAME.test(name)) {
      throw new ModelError(`"${name}" is not an action name; write service:Action, e.g. "s3:BrandNewAction"`);
    }
    this.actions = new Set([...this.actions, name.toLowerCase()]);
  }

  /** R161: counts a condition key the catalogue does not list yet as existing. */
  declareConditionKey(key: string): void {
    if (!CONDITION_KEY.test(key)) {
      throw new ModelError(`"${key}" is not a condition key; write prefix:Name, e.g. "s3:BrandNewKey"`);
    }
    this.keys = new Set([...this.keys, key.toLowerCase()]);
  }

  /** Validates and names a document as `readDocument` does, with this reader's strictness. */
  read(name: string, kind: PolicyKind, document: unknown): NamedPolicy {
    return readDocument(name, kind, document, this.options());
  }

  /** The options that give validatePolicy this strictness. */
  options(): CatalogOptions {
    return { catalogSeverity: this.severity, knownActions: this.actions, knownConditionKeys: this.keys };
  }
}
