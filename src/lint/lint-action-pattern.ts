import type { ActionCatalog } from '../catalog/action-catalog.js';
import { actionProblem, type KnownActions } from '../catalog/action-problem.js';
import type { CatalogFinding } from './catalog-finding.js';
import type { LintBudget } from './lint-budget.js';

/**
 * R19: compares one well-formed Action / NotAction entry with the AWS catalogue. Findings are warnings by
 * default, since the catalogue can lag behind AWS and an unknown action only means the statement never matches
 * it; scenario policies report them as errors (`catalogSeverity`).
 */
export function lintActionPattern(
  pattern: string,
  path: string,
  catalog: ActionCatalog,
  known: KnownActions,
  budget: LintBudget,
  report: CatalogFinding,
): void {
  const problem = actionProblem(pattern, catalog, known, budget);
  if (problem?.code === 'action-not-compared') budget.skipped++;
  else if (problem !== undefined) report(problem.code, path, `${path}: ${problem.text}`);
}
