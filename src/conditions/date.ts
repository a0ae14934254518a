import { parseDate } from './parse-date.js';
import { parsedOperator } from './parsed-operator.js';
import type { OperatorImpl } from './value-test.js';

// R69: no wildcards; R59: no policy variables.
const HINT =
  'a W3C ISO 8601 date such as "2020-01-01", "2020-01-01T00:00:01Z" or "2020-01-01T09:30:00.5+02:00", ' +
  'or epoch seconds such as "1577836800" (no wildcards or policy variables)';

const equals = parsedOperator(parseDate, 'equals', HINT);

/** The Date family (R63): values compare as instants; DateNotEquals shares DateEquals' test (R47). */
export const DATE_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({
  DateEquals: equals,
  DateNotEquals: equals,
  DateLessThan: parsedOperator(parseDate, 'less', HINT),
  DateLessThanEquals: parsedOperator(parseDate, 'lessOrEqual', HINT),
  DateGreaterThan: parsedOperator(parseDate, 'greater', HINT),
  DateGreaterThanEquals: parsedOperator(parseDate, 'greaterOrEqual', HINT),
});
