import type { RequestContext } from '../context/request-context.js';
import { parseBool } from './parse-bool.js';
import { compileTemplateValues, piecesText } from './template-values.js';
import { type CompiledValues, type OperatorImpl, templatedValues, type ValueTest } from './value-test.js';

const VARIABLE_START = '${';

/**
 * Bool (R64): policy and request values are `true` or `false` in any case; anything else never matches
 * (R68). The operators page allows policy variables here, so a value may be `${...}` (R59).
 */
const bool: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    let matchesTrue = false;
    let matchesFalse = false;
    for (const pieces of fixed) {
      const parsed = parseBool(piecesText(pieces));
      if (parsed === true) matchesTrue = true;
      if (parsed === false) matchesFalse = true;
    }
    const fixedTest: ValueTest = (value) => {
      const request = parseBool(value);
      return request !== undefined && (request ? matchesTrue : matchesFalse);
    };
    const render = (ctx: RequestContext): ValueTest => {
      const rendered = new Set<boolean>();
      for (const template of dynamic) {
        const text = template.renderText(ctx);
        const parsed = text === undefined ? undefined : parseBool(text);
        if (parsed !== undefined) rendered.add(parsed);
      }
      return (value) => {
        const request = parseBool(value);
        return request !== undefined && rendered.has(request);
      };
    };
    return templatedValues(fixedTest, dynamic.length > 0 ? render : undefined, keys);
  },
  check: (value) =>
    parseBool(value) !== undefined || value.includes(VARIABLE_START) ? undefined : '"true" or "false"',
};

/** The Bool family. */
export const BOOL_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({ Bool: bool });
