import type { ConditionKeyCatalog } from '../catalog/condition-key-catalog.js';
import type { ConditionEntry } from '../policy/policy.js';
import type { CatalogFinding } from './catalog-finding.js';
import type { LintBudget } from './lint-budget.js';

/**
 * R40: compares the key of one condition entry with the catalogue's global and service keys, case-insensitively.
 * Tag keys and other placeholders (`aws:PrincipalTag/…`, `s3:ExistingObjectTag/…`) are free-form after the slash.
 * `known` holds lowercase keys to count as existing.
 */
export function lintConditionKey(
  entry: ConditionEntry,
  keys: ConditionKeyCatalog,
  known: ReadonlySet<string> | undefined,
  budget: LintBudget,
  report: CatalogFinding,
): void {
  if (known?.has(entry.key.toLowerCase()) === true || keys.exists(entry.key)) return;
  const suggestion = budget.suggest(`key ${entry.key}`, () => keys.suggest(entry.key));
  const hint = suggestion === undefined ? unknownHint(entry.key) : `did you mean '${suggestion}'?`;
  report('condition-key-unknown', entry.path, `${entry.path}: unknown condition key '${entry.key}'; ${hint}`);
}

function unknownHint(key: string): string {
  const colon = key.indexOf(':');
  if (colon <= 0) return "a condition key is written 'prefix:Name', e.g. 'aws:SourceIp' or 's3:prefix'";
  const slash = key.indexOf('/');
  if (slash === key.length - 1) return 'a tag key must follow the slash';
  return `no AWS service documents it under '${key.slice(0, colon)}'`;
}
