const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COLON = 58;
const OCTET_MAX = 255;
const GROUP_COUNT = 8;
const GROUP_HEX_DIGITS = 4;
const OCTET_DIGITS = 3;

function decimalDigit(code: number): number {
  return code >= ZERO && code <= NINE ? code - ZERO : -1;
}

function hexDigit(code: number): number {
  const decimal = decimalDigit(code);
  if (decimal >= 0) return decimal;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Index of the first `code` in [from, end), or `end`. */
function indexOfCode(text: string, code: number, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) !== code) i++;
  return i;
}

/** Dotted-quad IPv4 in text[start, end) as an unsigned 32-bit number, or -1 (octets are decimal). */
export function parseIpv4(text: string, start: number, end: number): number {
  let value = 0;
  let i = start;
  for (let octet = 0; octet < 4; octet++) {
    const stop = octet < 3 ? indexOfCode(text, DOT, i, end) : end;
    if (stop === i || stop - i > OCTET_DIGITS || (octet < 3 && stop === end)) return -1;
    let part = 0;
    for (let k = i; k < stop; k++) {
      const digit = decimalDigit(text.charCodeAt(k));
      if (digit < 0) return -1;
      part = part * 10 + digit;
    }
    if (part > OCTET_MAX) return -1;
    value = value * 256 + part;
    i = stop + 1;
  }
  return value;
}

/** Hex group in text[start, stop) (1–4 digits), or -1. */
function hexGroup(text: string, start: number, stop: number): number {
  if (stop === start || stop - start > GROUP_HEX_DIGITS) return -1;
  let value = 0;
  for (let k = start; k < stop; k++) {
    const digit = hexDigit(text.charCodeAt(k));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** Moves the groups written after `::` to the end of `out` and zero-fills the gap. */
function expandGap(out: Uint16Array, gap: number, count: number): void {
  const tail = count - gap;
  for (let k = tail - 1; k >= 0; k--) out[GROUP_COUNT - tail + k] = out[gap + k] ?? 0;
  for (let k = gap; k < GROUP_COUNT - tail; k++) out[k] = 0;
}

/**
 * IPv6 text (RFC 4291 §2.2: hex groups, one `::`, an optional dotted-quad tail) in text[start, end)
 * into eight 16-bit groups in `out`. Returns false when the text is not an IPv6 address.
 */
export function parseIpv6(text: string, start: number, end: number, out: Uint16Array): boolean {
  let count = 0;
  let gap = -1;
  let i = start;
  if (text.charCodeAt(i) === COLON) {
    if (text.charCodeAt(i + 1) !== COLON) return false;
    gap = 0;
    i += 2;
  }
  while (i < end) {
    const stop = indexOfCode(text, COLON, i, end);
    if (stop === end && indexOfCode(text, DOT, i, end) < end) {
      const v4 = parseIpv4(text, i, end);
      if (v4 < 0 || count > GROUP_COUNT - 2) return false;
      out[count++] = Math.floor(v4 / 65536);
      out[count++] = v4 % 65536;
      break;
    }
    const group = hexGroup(text, i, stop);
    if (group < 0 || count === GROUP_COUNT) return false;
    out[count++] = group;
    if (stop === end) break;
    if (text.charCodeAt(stop + 1) === COLON) {
      if (gap >= 0) return false;
      gap = count;
      i = stop + 2;
    } else {
      i = stop + 1;
      if (i === end) return false;
    }
  }
  if (gap < 0) return count === GROUP_COUNT;
  if (count === GROUP_COUNT) return false;
  expandGap(out, gap, count);
  return true;
}
