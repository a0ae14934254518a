const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Index just past a run of digits starting at `i`. */
function skipDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/**
 * Parses an integer or decimal (R62): `[+-]digits[.digits][(e|E)[+-]digits]`, nothing else (no spaces,
 * hex, `Infinity`, `.5` or `5.`). The exponent is accepted because the policy parser turns JSON numbers
 * such as `1e21` into their JavaScript text. Scans by hand, so it is cheap enough for request values.
 */
export function parseNumber(text: string): number | undefined {
  let i = 0;
  const sign = text.charCodeAt(0);
  if (sign === PLUS || sign === MINUS) i = 1;
  let end = skipDigits(text, i);
  if (end === i) return undefined;
  if (text.charCodeAt(end) === DOT) {
    const fractionEnd = skipDigits(text, end + 1);
    if (fractionEnd === end + 1) return undefined;
    end = fractionEnd;
  }
  const e = text.charCodeAt(end);
  if (e === LOWER_E || e === UPPER_E) {
    let start = end + 1;
    const expSign = text.charCodeAt(start);
    if (expSign === PLUS || expSign === MINUS) start++;
    end = skipDigits(text, start);
    if (end === start) return undefined;
  }
  return end === text.length ? Number(text) : undefined;
}
