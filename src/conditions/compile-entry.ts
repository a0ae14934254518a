import type { ContextValue, RequestContext } from '../context/request-context.js';
import { type ParsedOperator, parseOperator } from '../policy/condition-operator.js';
import type { ConditionEntry } from '../policy/policy.js';
import { OPERATOR_REGISTRY } from './registry.js';
import type { CompiledValues } from './value-test.js';

/** One (operator, key) entry compiled once. */
export interface CompiledEntry {
  readonly entry: ConditionEntry;
  /** The condition key, lowercased once here (R40). */
  readonly key: string;
  /** The condition key and the keys its policy variables read, lowercased. */
  readonly keys: readonly string[];
  test(ctx: RequestContext): boolean;
}

/** Decides an entry from the request's value for its key (undefined when the request lacks it). */
type Evaluate = (value: ContextValue | undefined, ctx: RequestContext) => boolean;

/** R50: an empty string or an empty list is a null value (an empty data set). */
function isNull(value: ContextValue): boolean {
  return value.length === 0;
}

/** R51, R53: every request value passes the (possibly negated) operator; true when missing or null. */
function forAllValues(values: CompiledValues, negated: boolean): Evaluate {
  return (value, ctx) => {
    if (value === undefined) return true;
    if (typeof value === 'string') return value === '' || values.bind(ctx)(value) !== negated;
    const test = values.bind(ctx);
    for (let i = 0; i < value.length; i++) {
      const member = value[i];
      if (member !== undefined && test(member) === negated) return false;
    }
    return true;
  };
}

/** R52, R53: at least one request value passes the (possibly negated) operator; false when missing or null. */
function forAnyValue(values: CompiledValues, negated: boolean): Evaluate {
  return (value, ctx) => {
    if (value === undefined) return false;
    if (typeof value === 'string') return value !== '' && values.bind(ctx)(value) !== negated;
    const test = values.bind(ctx);
    for (let i = 0; i < value.length; i++) {
      const member = value[i];
      if (member !== undefined && test(member) !== negated) return true;
    }
    return false;
  };
}

/**
 * No set qualifier. R44: a missing key makes a positive operator false and a negated one true.
 * R46/R47: a positive operator holds when the value matches any policy value, a negated one when it
 * matches none. R55: a list holds for a positive operator when any member matches, and for a negated
 * one when no member does.
 */
function unqualified(values: CompiledValues, negated: boolean): Evaluate {
  return (value, ctx) => {
    if (value === undefined) return negated;
    if (typeof value === 'string') return values.bind(ctx)(value) !== negated;
    const test = values.bind(ctx);
    for (let i = 0; i < value.length; i++) {
      const member = value[i];
      if (member !== undefined && test(member)) return !negated;
    }
    return negated;
  };
}

/** R49: Null asks its values whether the key is absent or null; R56: with a qualifier it is constant. */
function nullCheck(values: CompiledValues, operator: ParsedOperator): Evaluate {
  if (operator.qualifier === 'ForAllValues') return () => true;
  if (operator.qualifier === 'ForAnyValue') return () => false;
  return (value, ctx) => values.bind(ctx)(value === undefined || isNull(value) ? 'true' : 'false');
}

function evaluator(values: CompiledValues, operator: ParsedOperator): Evaluate {
  if (operator.family === 'Null') return nullCheck(values, operator);
  const evaluate =
    operator.qualifier === 'ForAllValues'
      ? forAllValues(values, operator.negated)
      : operator.qualifier === 'ForAnyValue'
        ? forAnyValue(values, operator.negated)
        : unqualified(values, operator.negated);
  if (!operator.ifExists) return evaluate;
  // R48, R54: IfExists answers true for a missing key before any qualifier is consulted.
  return (value, ctx) => value === undefined || evaluate(value, ctx);
}

/**
 * Compiles one entry. R68: an unknown operator never matches; values that do not parse were compiled
 * by the family into tests that never match. Validation reports both (checkConditionEntry).
 */
export function compileEntry(entry: ConditionEntry, supportsVariables: boolean): CompiledEntry {
  const key = entry.key.toLowerCase();
  const operator = parseOperator(entry.operator);
  const impl = operator === undefined ? undefined : OPERATOR_REGISTRY.get(operator.base);
  if (operator === undefined || impl === undefined) {
    return { entry, key, keys: [key], test: () => false };
  }
  const values = impl.compile(entry.values, supportsVariables);
  const evaluate = evaluator(values, operator);
  const keys = [key, ...values.variableKeys.filter((variableKey) => variableKey !== key)];
  return { entry, key, keys, test: (ctx) => evaluate(ctx.get(key), ctx) };
}
