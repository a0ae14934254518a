import type { RequestContext } from '../context/request-context.js';
import type { ArnPattern } from '../match/arn-pattern.js';
import { compileArnPattern } from '../match/resource-matcher.js';
import { compileTemplateValues } from './template-values.js';
import type { CompiledValues, OperatorImpl } from './value-test.js';

/**
 * ArnEquals and ArnLike behave identically (R67): each of the six colon-separated ARN parts is matched
 * on its own, case-sensitively, with `*` and `?`. Fixed patterns compile once; patterns with variables
 * are rendered per request so substituted text stays literal (R61).
 */
const arnLike: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const patterns: ArnPattern[] = fixed.map((pieces) => compileArnPattern(pieces));
    const test = (value: string, ctx: RequestContext): boolean => {
      for (let i = 0; i < patterns.length; i++) if (patterns[i]?.test(value) === true) return true;
      for (let i = 0; i < dynamic.length; i++) {
        const pieces = dynamic[i]?.renderPieces(ctx);
        // R60: an unresolvable variable matches no ARN.
        if (pieces !== undefined && compileArnPattern(pieces).test(value)) return true;
      }
      return false;
    };
    return { test, variableKeys: keys };
  },
  check: () => undefined,
};

/** The Arn family; the negated pair shares the test and the evaluator negates it (R47). */
export const ARN_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({
  ArnEquals: arnLike,
  ArnLike: arnLike,
  ArnNotEquals: arnLike,
  ArnNotLike: arnLike,
});
