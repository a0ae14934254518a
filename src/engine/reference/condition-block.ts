import type { ContextValue } from '../../context/request-context.js';
import type { ConditionEntry } from '../../policy/policy.js';
import { OPERATORS } from './condition-operators.js';
import type { ReferenceContext } from './reference-context.js';
import { parseBoolValue } from './value-parsers.js';

interface OperatorName {
  readonly qualifier: 'ForAllValues' | 'ForAnyValue' | undefined;
  readonly base: string;
  readonly ifExists: boolean;
}

/** R41: `[ForAllValues:|ForAnyValue:]Base[IfExists]`, case-sensitive; R43: `Null` takes no IfExists. */
function parseOperatorName(name: string): OperatorName | undefined {
  const m = /^(?:(ForAllValues|ForAnyValue):)?([A-Za-z]+?)(IfExists)?$/.exec(name);
  if (m === null) return undefined;
  const base = m[2] ?? '';
  const ifExists = m[3] !== undefined;
  if (base === 'Null' ? ifExists : !Object.hasOwn(OPERATORS, base)) return undefined;
  return { qualifier: m[1] as OperatorName['qualifier'], base, ifExists };
}

/** R50: an empty string or an empty list is null (an empty data set). */
function isNull(value: ContextValue): boolean {
  return value === '' || (Array.isArray(value) && value.length === 0);
}

/** R49, R56: Null asks whether the key is absent or null; with a set qualifier it is a constant. */
function nullHolds(entry: ConditionEntry, operator: OperatorName, value: ContextValue | undefined): boolean {
  if (operator.qualifier === 'ForAllValues') return true;
  if (operator.qualifier === 'ForAnyValue') return false;
  const absentOrNull = value === undefined || isNull(value);
  return entry.values.some((text) => {
    const wanted = parseBoolValue(text);
    return wanted === undefined ? false : wanted === absentOrNull; // R46: values ORed; R68: a bad value never holds
  });
}

/** True when one (operator, key) entry holds for the request. */
function entryHolds(entry: ConditionEntry, context: ReferenceContext, supportsVariables: boolean): boolean {
  const operator = parseOperatorName(entry.operator);
  if (operator === undefined) return false; // R68: an unknown operator is false
  const value = context.get(entry.key); // R40
  if (operator.base === 'Null') return nullHolds(entry, operator, value);
  if (operator.ifExists && value === undefined) return true; // R48, R54: IfExists decides first for a missing key
  const spec = OPERATORS[operator.base];
  if (spec === undefined) return false;
  const match = spec.match(supportsVariables);
  // R46: a request value matches when it matches any one policy value.
  const matches = (member: string) => entry.values.some((policyValue) => match(policyValue, member, context));
  // R47, R53: a negated operator holds for a value that matches none of the policy values.
  const passes = (member: string) => (spec.negated ? !matches(member) : matches(member));
  const members = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  if (operator.qualifier === 'ForAllValues') {
    return value === undefined || isNull(value) || members.every(passes); // R51
  }
  if (operator.qualifier === 'ForAnyValue') {
    return value !== undefined && !isNull(value) && members.some(passes); // R52
  }
  if (value === undefined) return spec.negated; // R44
  // R55: a set without a qualifier: a positive operator holds when any member matches, a negated one when none does.
  return spec.negated ? !members.some(matches) : members.some(matches);
}

/** R45: every entry of a Condition block must hold. */
export function conditionsHold(
  entries: readonly ConditionEntry[],
  context: ReferenceContext,
  supportsVariables: boolean,
): boolean {
  return entries.every((entry) => entryHolds(entry, context, supportsVariables));
}
