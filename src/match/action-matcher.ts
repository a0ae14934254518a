import { compileGlobSet } from './glob-set.js';
import type { Piece } from './policy-variables.js';

/** The compiled Action (or NotAction) list of one statement. */
export interface ActionMatcher {
  /** True when the lowercased `service:name` action is listed. */
  test(actionLower: string): boolean;
  /**
   * Lowercased service prefixes the list can match, for indexing statements by service; `'any'` when a
   * pattern is `*` or has a wildcard in its service part. A pattern's service is the text before its first
   * colon, or the whole pattern when it has none.
   */
  readonly services: ReadonlySet<string> | 'any';
}

function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

function serviceOf(pattern: string): string {
  const colon = pattern.indexOf(':');
  return colon < 0 ? pattern : pattern.slice(0, colon);
}

/**
 * Compiles an Action list once. R21: prefix and name are case-insensitive, so patterns are lowercased here
 * and callers pass lowercased actions. R22: `*` alone matches every action; `*` and `?` inside a pattern
 * are wildcards.
 */
export function compileActionMatcher(patterns: readonly string[]): ActionMatcher {
  const exact = new Set<string>();
  const wildcards: Piece[][] = [];
  const services = new Set<string>();
  let anyService = false;
  for (const pattern of patterns) {
    const lower = pattern.toLowerCase();
    const service = serviceOf(lower);
    if (hasWildcard(service)) anyService = true;
    else services.add(service);
    if (hasWildcard(lower)) wildcards.push([{ text: lower, wildcards: true }]);
    else exact.add(lower);
  }
  if (patterns.includes('*')) return { test: () => true, services: 'any' };
  // R151: a long list of patterns (`ec2:Describe*`, `s3:Get*` …) is one glob set, linear in the action's length.
  const globs = compileGlobSet(wildcards, { ignoreCase: true });
  return {
    test: (actionLower) => exact.has(actionLower) || globs.test(actionLower),
    services: anyService ? 'any' : services,
  };
}
