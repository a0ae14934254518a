import { parseNumber } from './parse-number.js';
import { parsedOperator } from './parsed-operator.js';
import type { OperatorImpl } from './value-test.js';

const HINT = 'an integer or decimal number such as "10", "-3" or "2.5" (Numeric operators take no policy variables)';

const equals = parsedOperator(parseNumber, 'equals', HINT);

/** The Numeric family (R62); NumericNotEquals shares NumericEquals' test and the evaluator negates it (R47). */
export const NUMERIC_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({
  NumericEquals: equals,
  NumericNotEquals: equals,
  NumericLessThan: parsedOperator(parseNumber, 'less', HINT),
  NumericLessThanEquals: parsedOperator(parseNumber, 'lessOrEqual', HINT),
  NumericGreaterThan: parsedOperator(parseNumber, 'greater', HINT),
  NumericGreaterThanEquals: parsedOperator(parseNumber, 'greaterOrEqual', HINT),
});
