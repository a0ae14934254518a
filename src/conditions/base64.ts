const PAD = 61;
const MAX_PAD = 2;
const BITS_PER_CHAR = 6;
const BITS_PER_BYTE = 8;
const BYTE_MASK = 0xff;
/** Enough bits for the longest pending run (two leftover bits plus one 6-bit digit) without overflow. */
const ACC_MASK = 0xfff;

/** The 6-bit value of a standard base64 digit (RFC 4648 §4), or -1. */
function sextet(code: number): number {
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 71;
  if (code >= 48 && code <= 57) return code + 4;
  if (code === 43) return 62;
  if (code === 47) return 63;
  return -1;
}

/** Length of the digits before `=` padding, or -1 when padding or length is impossible. */
function digitCount(text: string): number {
  let end = text.length;
  while (end > 0 && text.length - end < MAX_PAD && text.charCodeAt(end - 1) === PAD) end--;
  if (end !== text.length && text.length % 4 !== 0) return -1;
  return end % 4 === 1 ? -1 : end;
}

function byteCount(digits: number): number {
  return Math.floor((digits * BITS_PER_CHAR) / BITS_PER_BYTE);
}

/** Decodes the first `digits` base64 digits of `text` into `bytes`. False when a digit is invalid. */
function scan(text: string, digits: number, bytes: Uint8Array): boolean {
  let acc = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < digits; i++) {
    const value = sextet(text.charCodeAt(i));
    if (value < 0) return false;
    acc = ((acc << BITS_PER_CHAR) | value) & ACC_MASK;
    bits += BITS_PER_CHAR;
    if (bits < BITS_PER_BYTE) continue;
    bits -= BITS_PER_BYTE;
    const byte = (acc >> bits) & BYTE_MASK;
    bytes[index++] = byte;
  }
  return true;
}

/** Decodes standard base64 (padding optional, R65), or undefined when `text` is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const digits = digitCount(text);
  if (digits < 0) return undefined;
  const bytes = new Uint8Array(byteCount(digits));
  return scan(text, digits, bytes) ? bytes : undefined;
}
