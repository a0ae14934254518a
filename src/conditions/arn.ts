import type { RequestContext } from '../context/request-context.js';
import { compileArnSet } from '../match/arn-set.js';
import type { Piece } from '../match/policy-variables.js';
import { compileTemplateValues } from './template-values.js';
import { type CompiledValues, type OperatorImpl, templatedValues, type ValueTest } from './value-test.js';

/**
 * ArnEquals and ArnLike behave identically (R67): each of the six colon-separated ARN parts is matched
 * on its own, case-sensitively, with `*` and `?`. Fixed patterns compile once into one ARN set (R151); patterns
 * with variables are rendered once per request so substituted text stays literal (R61).
 */
const arnLike: OperatorImpl = {
  compile(values, supportsVariables): CompiledValues {
    const { fixed, dynamic, keys } = compileTemplateValues(values, supportsVariables);
    const patterns = compileArnSet(fixed);
    const render = (ctx: RequestContext): ValueTest => {
      const rendered: (readonly Piece[])[] = [];
      for (const template of dynamic) {
        // R60: an unresolvable variable matches no ARN.
        const pieces = template.renderPieces(ctx);
        if (pieces !== undefined) rendered.push(pieces);
      }
      const set = compileArnSet(rendered);
      return (value) => set.test(value);
    };
    return templatedValues((value) => patterns.test(value), dynamic.length > 0 ? render : undefined, keys);
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
