import { decodeBase64 } from './base64.js';
import { NEVER, staticValues, type OperatorImpl, type ValueTest } from './value-test.js';

const HINT = 'standard base64 such as "QmluYXJ5VmFsdWVJbkJhc2U2NA==" (BinaryEquals takes no policy variables)';

/** The bytes as a string of one unit per byte, so that equal bytes give equal keys. */
function keyOf(bytes: Uint8Array): string {
  let key = '';
  for (let i = 0; i < bytes.length; i++) key += String.fromCharCode(bytes[i] ?? 0);
  return key;
}

/**
 * BinaryEquals (R65): policy values are decoded once into a Set keyed by their bytes; a request value (given
 * base64-encoded, as context values are strings) is decoded once and matches when some policy value holds the same
 * bytes. R151: a request value costs O(n) whatever the number of policy values.
 */
const binaryEquals: OperatorImpl = {
  compile(values) {
    const expected = new Set<string>();
    for (const text of values) {
      const bytes = decodeBase64(text);
      if (bytes !== undefined) expected.add(keyOf(bytes));
    }
    if (expected.size === 0) return staticValues(NEVER);
    const test: ValueTest = (value) => {
      const bytes = decodeBase64(value);
      return bytes !== undefined && expected.has(keyOf(bytes));
    };
    return staticValues(test);
  },
  check: (value) => (decodeBase64(value) === undefined ? HINT : undefined),
};

/** The Binary family. */
export const BINARY_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({ BinaryEquals: binaryEquals });
