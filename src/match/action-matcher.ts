import { compileGlob, type Glob } from './glob.js';

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
  const globs: Glob[] = [];
  const services = new Set<string>();
  let anyService = false;
  for (const pattern of patterns) {
    const lower = pattern.toLowerCase();
    const service = serviceOf(lower);
    if (hasWildcard(service)) anyService = true;
    else services.add(service);
    if (hasWildcard(lower)) globs.push(compileGlob(lower, { ignoreCase: true }));
    else exact.add(lower);
  }
  if (patterns.includes('*')) return { test: () => true, services: 'any' };
  return {
    test: (actionLower) => exact.has(actionLower) || globs.some((glob) => glob.test(actionLower)),
    services: anyService ? 'any' : services,
  };
}
