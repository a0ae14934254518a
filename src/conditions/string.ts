import type { RequestContext } from '../context/request-context.js';
import { compileGlobSet } from '../match/glob-set.js';
import type { Piece, Template } from '../match/policy-variables.js';
import { compileTemplateValues, piecesText } from './template-values.js';
import { type CompiledValues, type OperatorImpl, templatedValues, type ValueTest } from './value-test.js';

/** The rendered text of each template that resolves for this request (R60: one that does not equals nothing). */
function renderedTexts(dynamic: readonly Template[], ctx: RequestContext): string[] {
  const texts: string[] = [];
  for (const template of dynamic) {
    const text = template.renderText(ctx);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

/** Exact, case-sensitive comparison (R57); values go in a Set, so many values cost one lookup (R151). */
const stringEquals: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const texts = new Set(fixed.map(piecesText));
    const render = (ctx: RequestContext): ValueTest => {
      const rendered = new Set(renderedTexts(dynamic, ctx));
      return (value) => rendered.has(value);
    };
    return templatedValues((value) => texts.has(value), dynamic.length > 0 ? render : undefined, keys);
  },
  check: () => undefined,
};

/**
 * Case-insensitive comparison (R57): JavaScript's locale-independent lowercase forms are equal, so the values'
 * lowercase forms go in a Set and each request value is lowercased once (R151).
 */
const stringEqualsIgnoreCase: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const lowered = new Set(fixed.map((pieces) => piecesText(pieces).toLowerCase()));
    const render = (ctx: RequestContext): ValueTest => {
      const rendered = new Set(renderedTexts(dynamic, ctx).map((text) => text.toLowerCase()));
      return (value) => rendered.has(value.toLowerCase());
    };
    const test: ValueTest = (value) => lowered.size > 0 && lowered.has(value.toLowerCase());
    return templatedValues(test, dynamic.length > 0 ? render : undefined, keys);
  },
  check: () => undefined,
};

/**
 * Wildcard matching (R58): fixed patterns are compiled once into one glob set (R151); patterns with variables are
 * rendered to pieces once per request, so substituted text stays literal (R61).
 */
const stringLike: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const globs = compileGlobSet(fixed);
    const render = (ctx: RequestContext): ValueTest => {
      const rendered: (readonly Piece[])[] = [];
      for (const template of dynamic) {
        const pieces = template.renderPieces(ctx);
        if (pieces !== undefined) rendered.push(pieces);
      }
      const set = compileGlobSet(rendered);
      return (value) => set.test(value);
    };
    return templatedValues((value) => globs.test(value), dynamic.length > 0 ? render : undefined, keys);
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
