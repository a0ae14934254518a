import type { RequestContext } from '../context/request-context.js';
import { parseBool } from './parse-bool.js';
import { compileTemplateValues, piecesText } from './template-values.js';
import type { CompiledValues, OperatorImpl } from './value-test.js';

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
    const test = (value: string, ctx: RequestContext): boolean => {
      const request = parseBool(value);
      if (request === undefined) return false;
      if (request ? matchesTrue : matchesFalse) return true;
      for (let i = 0; i < dynamic.length; i++) {
        const text = dynamic[i]?.renderText(ctx);
        if (text !== undefined && parseBool(text) === request) return true;
      }
      return false;
    };
    return { test, variableKeys: keys };
  },
  check: (value) =>
    parseBool(value) !== undefined || value.includes(VARIABLE_START) ? undefined : '"true" or "false"',
};

/** The Bool family. */
export const BOOL_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({ Bool: bool });
