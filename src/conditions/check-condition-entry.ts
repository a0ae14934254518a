import { parseOperator } from '../policy/condition-operator.js';
import { type Diagnostic, error, warning } from '../policy/diagnostic.js';
import type { ConditionEntry } from '../policy/policy.js';
import { closestOperatorName } from './closest-operator-name.js';
import { OPERATOR_REGISTRY } from './registry.js';
import { isSingleValuedKey } from './single-valued-keys.js';

const IF_EXISTS = 'IfExists';

/** The operator without qualifier and IfExists, to recognise `NullIfExists` (R43). */
function isNullIfExists(name: string): boolean {
  const colon = name.indexOf(':');
  const rest = colon >= 0 ? name.slice(colon + 1) : name;
  return rest === `Null${IF_EXISTS}`;
}

/** Finds the valid operator nearest to an unknown one; callers may bound or remember the search (R152). */
export type SuggestOperator = (name: string) => string | undefined;

function unknownOperator(entry: ConditionEntry, suggest: SuggestOperator): Diagnostic {
  const quoted = JSON.stringify(entry.operator);
  if (isNullIfExists(entry.operator)) {
    return error(
      'condition-unknown-operator',
      entry.path,
      `${quoted} is not a condition operator: Null takes no IfExists suffix (R43); use "Null"`,
    );
  }
  const suggestion = suggest(entry.operator);
  const hint =
    suggestion === undefined
      ? 'use [ForAllValues:|ForAnyValue:]Operator[IfExists] with a documented operator such as "StringEquals"'
      : `did you mean ${JSON.stringify(suggestion)}?`;
  return error('condition-unknown-operator', entry.path, `${quoted} is not a condition operator; ${hint}`);
}

/**
 * Validates one (operator, key) entry: the operator name (R41, R43), each value against its operator
 * (R62–R66), and set qualifiers that AWS documents as always constant or overly permissive (R42, R56).
 */
export function checkConditionEntry(
  entry: ConditionEntry,
  suggest: SuggestOperator = closestOperatorName,
): Diagnostic[] {
  const operator = parseOperator(entry.operator);
  const impl = operator === undefined ? undefined : OPERATOR_REGISTRY.get(operator.base);
  if (operator === undefined || impl === undefined) return [unknownOperator(entry, suggest)];
  const diagnostics: Diagnostic[] = [];
  for (const value of entry.values) {
    const hint = impl.check(value);
    if (hint === undefined) continue;
    diagnostics.push(
      error(
        'condition-bad-value',
        entry.path,
        `${JSON.stringify(value)} is not a valid value for ${operator.base}; expected ${hint}`,
      ),
    );
  }
  if (operator.qualifier !== undefined && operator.family === 'Null') {
    const constant = operator.qualifier === 'ForAllValues' ? 'true' : 'false';
    diagnostics.push(
      warning(
        'condition-null-with-qualifier',
        entry.path,
        `${JSON.stringify(entry.operator)} is always ${constant} (R56); use "Null" without ${operator.qualifier}:`,
      ),
    );
  } else if (operator.qualifier !== undefined && isSingleValuedKey(entry.key.toLowerCase())) {
    diagnostics.push(
      warning(
        'condition-qualifier-on-single-valued-key',
        entry.path,
        `${JSON.stringify(entry.key)} is single-valued, so ${operator.qualifier}: can be overly permissive (R42); use "${operator.base}${operator.ifExists ? IF_EXISTS : ''}"`,
      ),
    );
  }
  return diagnostics;
}
