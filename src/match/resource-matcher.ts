import type { RequestContext } from '../context/request-context.js';
import { compileArnPattern } from './arn-pattern.js';
import { compileArnSet } from './arn-set.js';
import { compileTemplate, type Piece, type Template } from './policy-variables.js';
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
  const fixed: (readonly Piece[])[] = [];
  const dynamic: ResourceMatcher[] = [];
  for (const pattern of patterns) {
    if (usesVariableOutsideResourcePart(pattern, supportsVariables)) continue;
    const template = compileTemplate(pattern, supportsVariables);
    if (template.staticPieces !== undefined) fixed.push(template.staticPieces);
    else dynamic.push(templated(template));
  }
  if (fixed.length === 0 && dynamic.length === 0) return NEVER;
  // R151: many static patterns are one ARN set, so a long Resource list costs about one pattern.
  const arns = compileArnSet(fixed);
  if (dynamic.length === 0) return { test: (resource) => arns.test(resource) };
  return {
    test(resource, ctx) {
      if (arns.test(resource)) return true;
      for (let i = 0; i < dynamic.length; i++) if (dynamic[i]?.test(resource, ctx) === true) return true;
      return false;
    },
  };
}
