/**
 * UTF-16 helpers for R20 and R153: `?` is one code point, so a surrogate pair is one character, and a lone surrogate (which
 * JSON `\u` escapes can produce) is one character of its own. No match may start or end between the two halves of
 * a pair.
 */

export function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Width in UTF-16 units of the character starting at `i`. */
export function widthAt(input: string, i: number): number {
  return isHigh(input.charCodeAt(i)) && isLow(input.charCodeAt(i + 1)) ? 2 : 1;
}

/** Width of the character ending just before `end`. */
export function widthBefore(input: string, end: number): number {
  return end >= 2 && isLow(input.charCodeAt(end - 1)) && isHigh(input.charCodeAt(end - 2)) ? 2 : 1;
}

/** True when `i` falls between the two halves of a surrogate pair, where no character starts. */
export function insidePair(input: string, i: number): boolean {
  return i > 0 && isLow(input.charCodeAt(i)) && isHigh(input.charCodeAt(i - 1));
}

/** The code point starting at `i` (a lone surrogate stands for itself). */
export function codePointAt(input: string, i: number): number {
  const code = input.charCodeAt(i);
  if (!isHigh(code)) return code;
  const next = input.charCodeAt(i + 1);
  return isLow(next) ? (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : code;
}

/**
 * True when a literal run that may begin with a low or end with a high surrogate could, by plain unit comparison,
 * match half of a pair in the text; such runs need the boundary checks of `keepsPairs`.
 */
export function hasLoneEdge(run: string): boolean {
  return run.length > 0 && (isLow(run.charCodeAt(0)) || isHigh(run.charCodeAt(run.length - 1)));
}

/** True when a match spanning `[start, end)` of `input` cuts no surrogate pair. */
export function keepsPairs(input: string, start: number, end: number): boolean {
  return !insidePair(input, start) && !insidePair(input, end);
}
