import type { RequestContext } from '../context/request-context.js';
import { type ArnPattern, compileArnPattern } from './arn-pattern.js';
import { compileTemplate, type Template } from './policy-variables.js';
import { scanArnSource } from './scan-arn-source.js';

export { compileArnPattern };

/** The compiled Resource (or NotResource) list of one statement. */
export interface ResourceMatcher {
  /** True when the resource ARN is listed; variables are read from `ctx`. Case-sensitive (R24). */
  test(resource: string, ctx: RequestContext): boolean;
}

const NEVER: ResourceMatcher = { test: () => false };

/** R35: a variable before the fifth colon cannot be used, so that pattern matches no resource. */
function usesVariableOutsideResourcePart(pattern: string, supportsVariables: boolean): boolean {
  return supportsVariables && scanArnSource(pattern, supportsVariables).variableBeforeResource;
}

/** A pattern whose text depends on the request: rendered, then compiled from pieces (no RegExp). */
function templated(template: Template): ResourceMatcher {
  return {
    test(resource, ctx) {
      const pieces = template.renderPieces(ctx);
      // R31: a variable with no value and no default matches no resource.
      return pieces !== undefined && compileArnPattern(pieces).test(resource);
    },
  };
}

/**
 * Compiles a Resource list once. R23: `*` alone matches every resource. Static patterns compile to ARN
 * matchers here; patterns with variables are rendered per request (R29).
 */
export function compileResourceMatcher(patterns: readonly string[], supportsVariables: boolean): ResourceMatcher {
  if (patterns.includes('*')) return { test: () => true };
  const fixed: ArnPattern[] = [];
  const dynamic: ResourceMatcher[] = [];
  for (const pattern of patterns) {
    if (usesVariableOutsideResourcePart(pattern, supportsVariables)) continue;
    const template = compileTemplate(pattern, supportsVariables);
    if (template.staticPieces !== undefined) fixed.push(compileArnPattern(template.staticPieces));
    else dynamic.push(templated(template));
  }
  if (fixed.length === 0 && dynamic.length === 0) return NEVER;
  return {
    test: (resource, ctx) =>
      fixed.some((arn) => arn.test(resource)) || dynamic.some((matcher) => matcher.test(resource, ctx)),
  };
}
