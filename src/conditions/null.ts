import { parseBool } from './parse-bool.js';
import { staticValues, type OperatorImpl, type ValueTest } from './value-test.js';

const HINT =
  '"true" (the key is absent or null) or "false" (the key is present and not null); Null takes no policy variables';

/**
 * Null (R49): the block evaluator asks it with the request value `"true"` when the key is absent or
 * null and `"false"` otherwise; each policy value `true`/`false` (any case) answers, and the values
 * are ORed (R46). Anything else never matches (R68).
 */
const nullCheck: OperatorImpl = {
  compile(values) {
    let whenNull = false;
    let whenPresent = false;
    for (const text of values) {
      const parsed = parseBool(text);
      if (parsed === true) whenNull = true;
      if (parsed === false) whenPresent = true;
    }
    const test: ValueTest = (value) => (value === 'true' ? whenNull : whenPresent);
    return staticValues(test);
  },
  check: (value) => (parseBool(value) === undefined ? HINT : undefined),
};

/** The Null family. */
export const NULL_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({ Null: nullCheck });
