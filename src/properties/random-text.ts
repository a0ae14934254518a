import fc from 'fast-check';

// Built once: arbitraries hold no state, and fc.stringMatching is slow to build.

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

function text(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
}

/** Twelve digits. */
export const ACCOUNT_ID: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 999_999_999_999 })
  .map((n) => String(n).padStart(12, '0'));

/** An IAM-style name: a lowercase letter, then up to nine letters, digits or hyphens. */
export const NAME: fc.Arbitrary<string> = fc
  .tuple(text(LOWER, 1, 1), text(`${LOWER}${DIGITS}-`, 0, 9))
  .map(([head, tail]) => head + tail);

/** A short lowercase word, for condition values. */
export const WORD: fc.Arbitrary<string> = text(`${LOWER}${DIGITS}-`, 1, 10);

/** A short path segment, for resource names. */
export const SEGMENT: fc.Arbitrary<string> = text(`${LOWER}${DIGITS}._-`, 1, 8);
