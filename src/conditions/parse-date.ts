const ZERO = 48;
const NINE = 57;
const DASH = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;
const UPPER_T = 84;
const UPPER_Z = 90;
const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** Fraction digits past this add nothing a double can hold next to an epoch instant. */
const MAX_FRACTION_DIGITS = 9;

function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= ZERO && code <= NINE ? code - ZERO : -1;
}

/** The value of `count` digits at `i`, or -1. */
function digitsAt(text: string, i: number, count: number): number {
  let value = 0;
  for (let k = 0; k < count; k++) {
    const digit = digitAt(text, i + k);
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (civil-from-days inverse; no Date, no allocation). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** True when every character is a digit (the epoch form, or a bare year). */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (digitAt(text, i) < 0) return false;
  return true;
}

/** Milliseconds of `Z` or `±hh:mm` at `i` when it ends the text, as an offset to subtract; NaN otherwise. */
function zoneOffset(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === UPPER_Z) return i + 1 === text.length ? 0 : Number.NaN;
  if ((code !== PLUS && code !== DASH) || i + 6 !== text.length || text.charCodeAt(i + 3) !== COLON) return Number.NaN;
  const hours = digitsAt(text, i + 1, 2);
  const minutes = digitsAt(text, i + 4, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  const offset = hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
  return code === PLUS ? offset : -offset;
}

/** Milliseconds of `hh:mm[:ss[.s+]]TZD` starting at `i` (after the `T`), or NaN. */
function timeOfDay(text: string, i: number): number {
  const hours = digitsAt(text, i, 2);
  const minutes = digitsAt(text, i + 3, 2);
  if (text.charCodeAt(i + 2) !== COLON || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  let ms = hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
  let at = i + 5;
  if (text.charCodeAt(at) === COLON) {
    const seconds = digitsAt(text, at + 1, 2);
    if (seconds < 0 || seconds > 59) return Number.NaN;
    ms += seconds * MS_PER_SECOND;
    at += 3;
    if (text.charCodeAt(at) === DOT) {
      let numerator = 0;
      let denominator = 1;
      let k = at + 1;
      for (; digitAt(text, k) >= 0; k++) {
        if (k - at > MAX_FRACTION_DIGITS) continue;
        numerator = numerator * 10 + digitAt(text, k);
        denominator *= 10;
      }
      if (k === at + 1) return Number.NaN;
      ms += (numerator / denominator) * MS_PER_SECOND;
      at = k;
    }
  }
  return ms - zoneOffset(text, at);
}

/** Milliseconds since the epoch for the W3C forms YYYY-MM, YYYY-MM-DD and YYYY-MM-DDThh:mm…TZD. */
function parseW3c(text: string): number | undefined {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  if (year < 0 || text.charCodeAt(4) !== DASH || month < 1 || month > 12) return undefined;
  if (text.length === 7) return daysFromCivil(year, month, 1) * MS_PER_DAY;
  const day = digitsAt(text, 8, 2);
  if (text.charCodeAt(7) !== DASH || day < 1 || day > daysInMonth(year, month)) return undefined;
  const midnight = daysFromCivil(year, month, day) * MS_PER_DAY;
  if (text.length === 10) return midnight;
  if (text.charCodeAt(10) !== UPPER_T) return undefined;
  const time = timeOfDay(text, 11);
  return Number.isNaN(time) ? undefined : midnight + time;
}

/**
 * Parses a date value to milliseconds since 1970-01-01T00:00:00Z (R63): one of the W3C profiles of
 * ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mmTZD, YYYY-MM-DDThh:mm:ssTZD,
 * YYYY-MM-DDThh:mm:ss.sTZD with TZD `Z` or `±hh:mm`) or epoch seconds (a run of digits).
 * Forms without a time are UTC midnight; exactly four digits is a year, not an epoch (iamspec decision).
 */
export function parseDate(text: string): number | undefined {
  if (allDigits(text)) {
    if (text.length === 4) return daysFromCivil(Number(text), 1, 1) * MS_PER_DAY;
    return Number(text) * MS_PER_SECOND;
  }
  return parseW3c(text);
}
