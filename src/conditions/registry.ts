import { ARN_OPERATORS } from './arn.js';
import { BINARY_OPERATORS } from './binary.js';
import { BOOL_OPERATORS } from './bool.js';
import { DATE_OPERATORS } from './date.js';
import { IP_ADDRESS_OPERATORS } from './ip-address.js';
import { NULL_OPERATORS } from './null.js';
import { NUMERIC_OPERATORS } from './numeric.js';
import { STRING_OPERATORS } from './string.js';
import type { OperatorImpl } from './value-test.js';

/** Every base operator (`BASE_OPERATORS` in src/policy/condition-operator.ts) mapped to its implementation. */
export const OPERATOR_REGISTRY: ReadonlyMap<string, OperatorImpl> = new Map(
  Object.entries({
    ...STRING_OPERATORS,
    ...NUMERIC_OPERATORS,
    ...DATE_OPERATORS,
    ...BOOL_OPERATORS,
    ...BINARY_OPERATORS,
    ...IP_ADDRESS_OPERATORS,
    ...ARN_OPERATORS,
    ...NULL_OPERATORS,
  }),
);
