import { base64Equals, decodeBase64 } from './base64.js';
import { NEVER, staticValues, type OperatorImpl, type ValueTest } from './value-test.js';

const HINT = 'standard base64 such as "QmluYXJ5VmFsdWVJbkJhc2U2NA==" (BinaryEquals takes no policy variables)';

/**
 * BinaryEquals (R65): policy values are decoded once; a request value (given base64-encoded, as
 * context values are strings) matches when it encodes the same bytes.
 */
const binaryEquals: OperatorImpl = {
  compile(values) {
    const expected: Uint8Array[] = [];
    for (const text of values) {
      const bytes = decodeBase64(text);
      if (bytes !== undefined) expected.push(bytes);
    }
    if (expected.length === 0) return staticValues(NEVER);
    const test: ValueTest = (value) => {
      for (let i = 0; i < expected.length; i++) {
        const bytes = expected[i];
        if (bytes !== undefined && base64Equals(value, bytes)) return true;
      }
      return false;
    };
    return staticValues(test);
  },
  check: (value) => (decodeBase64(value) === undefined ? HINT : undefined),
};

/** The Binary family. */
export const BINARY_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({ BinaryEquals: binaryEquals });
