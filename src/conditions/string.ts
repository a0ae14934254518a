import type { RequestContext } from '../context/request-context.js';
import { compileGlob, type Glob } from '../match/glob.js';
import { equalsIgnoreCase } from './equals-ignore-case.js';
import { compileTemplateValues, piecesText } from './template-values.js';
import type { CompiledValues, OperatorImpl } from './value-test.js';

/** Exact, case-sensitive comparison (R57); fixed values go in a Set so many values cost one lookup. */
const stringEquals: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const texts = new Set(fixed.map(piecesText));
    const test = (value: string, ctx: RequestContext): boolean => {
      if (texts.has(value)) return true;
      for (let i = 0; i < dynamic.length; i++) {
        // R60: an unresolvable variable renders undefined, which equals no request value.
        if (dynamic[i]?.renderText(ctx) === value) return true;
      }
      return false;
    };
    return { test, variableKeys: keys };
  },
  check: () => undefined,
};

/** Case-insensitive comparison (R57); fixed values are lowercased once, here. */
const stringEqualsIgnoreCase: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const lowered = fixed.map((pieces) => piecesText(pieces).toLowerCase());
    const test = (value: string, ctx: RequestContext): boolean => {
      for (let i = 0; i < lowered.length; i++) {
        const text = lowered[i];
        if (text !== undefined && equalsIgnoreCase(value, text)) return true;
      }
      for (let i = 0; i < dynamic.length; i++) {
        const text = dynamic[i]?.renderText(ctx);
        if (text !== undefined && equalsIgnoreCase(value, text)) return true;
      }
      return false;
    };
    return { test, variableKeys: keys };
  },
  check: () => undefined,
};

/**
 * Wildcard matching (R58): fixed patterns become globs once; a pattern with variables is rendered to
 * pieces per request so substituted text stays literal (R61).
 */
const stringLike: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const globs: Glob[] = fixed.map((pieces) => compileGlob(pieces));
    const test = (value: string, ctx: RequestContext): boolean => {
      for (let i = 0; i < globs.length; i++) if (globs[i]?.test(value) === true) return true;
      for (let i = 0; i < dynamic.length; i++) {
        const pieces = dynamic[i]?.renderPieces(ctx);
        if (pieces !== undefined && compileGlob(pieces).test(value)) return true;
      }
      return false;
    };
    return { test, variableKeys: keys };
  },
  check: () => undefined,
};

/** The String family; each negated operator shares its positive twin's test (R47). */
export const STRING_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({
  StringEquals: stringEquals,
  StringNotEquals: stringEquals,
  StringEqualsIgnoreCase: stringEqualsIgnoreCase,
  StringNotEqualsIgnoreCase: stringEqualsIgnoreCase,
  StringLike: stringLike,
  StringNotLike: stringLike,
});
