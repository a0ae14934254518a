/**
 * The grammar of a condition operator name: `[ForAllValues:|ForAnyValue:]Base[IfExists]` (R41, R42).
 * Operator names are matched case-sensitively, as AWS rejects `stringequals`.
 */

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** Every base operator AWS documents, with its family (reference_policies_elements_condition_operators.md). */
export const BASE_OPERATORS: Readonly<Record<string, OperatorFamily>> = Object.freeze({
  StringEquals: 'String',
  StringNotEquals: 'String',
  StringEqualsIgnoreCase: 'String',
  StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String',
  StringNotLike: 'String',
  NumericEquals: 'Numeric',
  NumericNotEquals: 'Numeric',
  NumericLessThan: 'Numeric',
  NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric',
  NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date',
  DateNotEquals: 'Date',
  DateLessThan: 'Date',
  DateLessThanEquals: 'Date',
  DateGreaterThan: 'Date',
  DateGreaterThanEquals: 'Date',
  Bool: 'Bool',
  BinaryEquals: 'Binary',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn',
  ArnLike: 'Arn',
  ArnNotEquals: 'Arn',
  ArnNotLike: 'Arn',
  Null: 'Null',
});

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

export interface ParsedOperator {
  /** The name as written. */
  readonly name: string;
  /** The base operator without qualifier or IfExists, e.g. `StringLike`. */
  readonly base: string;
  readonly family: OperatorFamily;
  readonly ifExists: boolean;
  readonly qualifier?: SetQualifier;
  /** Negated operators (StringNotEquals, NotIpAddress, ArnNotLike …) are true when the key is missing (R44). */
  readonly negated: boolean;
}

const IF_EXISTS = 'IfExists';

function isNegated(base: string): boolean {
  return base.includes('Not');
}

/** Parses an operator name, or returns undefined when it is not a documented operator. */
export function parseOperator(name: string): ParsedOperator | undefined {
  let rest = name;
  let qualifier: SetQualifier | undefined;
  for (const q of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
      break;
    }
  }
  let ifExists = false;
  if (rest.endsWith(IF_EXISTS) && rest !== IF_EXISTS) {
    const candidate = rest.slice(0, -IF_EXISTS.length);
    if (Object.hasOwn(BASE_OPERATORS, candidate)) {
      ifExists = true;
      rest = candidate;
    }
  }
  if (!Object.hasOwn(BASE_OPERATORS, rest)) return undefined;
  const family = BASE_OPERATORS[rest];
  if (family === undefined) return undefined;
  // R43: Null takes no IfExists suffix.
  if (family === 'Null' && ifExists) return undefined;
  const parsed: ParsedOperator = { name, base: rest, family, ifExists, negated: isNegated(rest) };
  return qualifier === undefined ? parsed : { ...parsed, qualifier };
}

/** All valid operator names a user might have meant, for suggestions. */
export function knownOperatorNames(): string[] {
  return Object.keys(BASE_OPERATORS);
}
