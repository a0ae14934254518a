const UPPER_A = 65;
const UPPER_Z = 90;
const CASE_BIT = 32;
const ASCII_LIMIT = 128;

/**
 * Case-insensitive equality (R57) with an ASCII fast path that allocates nothing; other text falls
 * back to comparing JavaScript's locale-independent lowercase forms.
 */
export function equalsIgnoreCase(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return !isAscii(a) || !isAscii(b) ? a.toLowerCase() === b.toLowerCase() : false;
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= ASCII_LIMIT || y >= ASCII_LIMIT) return a.toLowerCase() === b.toLowerCase();
    if (x >= UPPER_A && x <= UPPER_Z) x |= CASE_BIT;
    if (y >= UPPER_A && y <= UPPER_Z) y |= CASE_BIT;
    if (x !== y) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= ASCII_LIMIT) return false;
  return true;
}
