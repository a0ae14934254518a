import type { Decision } from '../engine/decision.js';

/** How often each decision occurred among generated cases. */
export interface DecisionCoverage {
  readonly total: number;
  readonly counts: Readonly<Record<Decision, number>>;
  /** Each decision's share of the total, from 0 to 1 (0 when there were no cases). */
  readonly shares: Readonly<Record<Decision, number>>;
}

/**
 * Counts decisions, or results that carry one, so that a property can show it was not vacuous: a differential test
 * whose cases are all ImplicitDeny says little about Allow.
 */
export function coverageOf(results: Iterable<Decision | { readonly decision: Decision }>): DecisionCoverage {
  const counts: Record<Decision, number> = { Allow: 0, ExplicitDeny: 0, ImplicitDeny: 0 };
  let total = 0;
  for (const result of results) {
    counts[typeof result === 'string' ? result : result.decision]++;
    total++;
  }
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    total,
    counts,
    shares: {
      Allow: share(counts.Allow),
      ExplicitDeny: share(counts.ExplicitDeny),
      ImplicitDeny: share(counts.ImplicitDeny),
    },
  };
}
