import type { ActionCatalog } from '../catalog/action-catalog.js';
import { type KnownActions, knownActions } from '../catalog/action-problem.js';
import { defaultCatalog, defaultConditionKeys } from '../catalog/catalog.js';
import type { ConditionKeyCatalog } from '../catalog/condition-key-catalog.js';
import type { ConditionEntry } from '../policy/policy.js';
import type { PolicyDiagnostics } from '../policy/policy-diagnostics.js';
import type { CatalogFinding } from './catalog-finding.js';
import { type LintBudget, NAME_TEST_LIMIT } from './lint-budget.js';
import { lintActionPattern } from './lint-action-pattern.js';
import { lintConditionKey } from './lint-condition-key.js';

/** What the catalogue lint of one document needs: the catalogues, the caller's extra names, and where to report. */
export class CatalogLint {
  private readonly actions: ActionCatalog = defaultCatalog();
  private readonly keys: ConditionKeyCatalog = defaultConditionKeys();
  private readonly knownActions: KnownActions;
  private readonly report: CatalogFinding;

  constructor(
    private readonly options: {
      readonly catalogSeverity?: 'warning' | 'error';
      readonly knownActions?: ReadonlySet<string>;
      readonly knownConditionKeys?: ReadonlySet<string>;
    },
    private readonly budget: LintBudget,
    private readonly sink: PolicyDiagnostics,
  ) {
    this.knownActions = knownActions(options.knownActions);
    const asError = options.catalogSeverity === 'error';
    this.report = (code, path, text) => (asError ? sink.error(code, path, text) : sink.warn(code, path, text));
  }

  /** R19: one well-formed Action / NotAction entry. */
  action(pattern: string, path: string): void {
    lintActionPattern(pattern, path, this.actions, this.knownActions, this.budget, this.report);
  }

  /** R40, R154: the key of one condition entry. */
  conditionKey(entry: ConditionEntry): void {
    lintConditionKey(entry, this.keys, this.options.knownConditionKeys, this.budget, this.report);
  }

  /** R152: says, once, how many action patterns the name budget left uncompared, so that none is skipped silently. */
  finish(): void {
    const skipped = this.budget.skipped;
    if (skipped === 0) return;
    this.sink.warn(
      'catalog-lint-truncated',
      '',
      `${skipped} action ${skipped === 1 ? 'pattern was' : 'patterns were'} not compared with the catalogue, so a misspelling there goes unreported: comparing them would test more than ${withCommas(NAME_TEST_LIMIT)} catalogue names, the most one document may cost`,
    );
  }
}

/** `200000` as `200,000`, without the cost of loading locale data. */
function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
