/**
 * Parsers for typed condition values, written for clarity with regular expressions. Each returns undefined for text
 * that is not a value of its type, which then matches nothing (R68).
 */

/** R62: `[+-]digits[.digits][(e|E)[+-]digits]`, compared as an IEEE-754 double. */
export function parseNumberValue(text: string): number | undefined {
  return /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : undefined;
}

const W3C_DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Milliseconds since the epoch of a UTC calendar time; setUTCFullYear keeps years below 100 as written. */
function utc(year: number, month: number, day: number, hours: number, minutes: number, seconds: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, 0);
  return date.getTime();
}

/** `Z` or `±hh:mm` as milliseconds east of UTC, or undefined when out of range. */
function zoneOffset(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  const offset = (hours * 60 + minutes) * 60_000;
  return zone.startsWith('-') ? -offset : offset;
}

/**
 * R63: a W3C profile of ISO 8601 (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.s…]]` with `Z` or
 * `±hh:mm`) or epoch seconds written as digits, as milliseconds since 1970-01-01T00:00:00Z. A form without a time is
 * UTC midnight, and exactly four digits is a year.
 */
export function parseDateValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return text.length === 4 ? utc(Number(text), 1, 1, 0, 0, 0) : Number(text) * 1000;
  const m = W3C_DATE.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hours, minutes, seconds] = [m[1], m[2], m[3] ?? '01', m[4], m[5], m[6] ?? '00'].map((part) =>
    Number(part ?? '0'),
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const offset = m[8] === undefined ? 0 : zoneOffset(m[8]);
  if (offset === undefined) return undefined;
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  return utc(year, month, day, hours, minutes, seconds) + fraction - offset;
}

/** R64: `true` or `false` in any letter case. */
export function parseBoolValue(text: string): boolean | undefined {
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  return undefined;
}

/** R65: standard base64 (RFC 4648 §4), padding optional, as bytes. */
export function decodeBase64Value(text: string): Uint8Array | undefined {
  const padded = /^[A-Za-z0-9+/]*={1,2}$/.test(text);
  const unpadded = /^[A-Za-z0-9+/]*$/.test(text);
  if (padded ? text.length % 4 !== 0 : !unpadded) return undefined;
  if (text.replace(/=+$/, '').length % 4 === 1) return undefined;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** An IP address as a number and the count of its bits (32 or 128). */
export interface IpValue {
  readonly bits: 32 | 128;
  readonly value: bigint;
}

function parseIpv4(text: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (m === null) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return undefined;
  return octets.reduce((sum, octet) => sum * 256n + BigInt(octet), 0n);
}

/** Hex groups of one side of `::`, a dotted-quad tail counting as two groups; undefined when malformed. */
function groupsOf(text: string, mayEndInIpv4: boolean): bigint[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: bigint[] = [];
  for (const [i, part] of parts.entries()) {
    if (mayEndInIpv4 && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(part)) {
      groups.push(BigInt(`0x${part}`));
    } else {
      return undefined;
    }
  }
  return groups;
}

/** RFC 4291 §2.2 text: eight hex groups, at most one `::` standing for one or more zero groups, an IPv4 tail. */
function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const [left = '', right] = halves;
  const head = groupsOf(left, right === undefined);
  const tail = right === undefined ? [] : groupsOf(right, true);
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (right === undefined ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array.from({ length: right === undefined ? 0 : missing }, () => 0n), ...tail];
  return all.reduce((sum, group) => (sum << 16n) | group, 0n);
}

/** A bare IPv4 or IPv6 address (a request value). */
export function parseIpValue(text: string): IpValue | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

/** A CIDR block (R66): `address[/prefix]`; a bare address is the block of that one address. */
export interface CidrValue extends IpValue {
  readonly prefix: number;
}

export function parseCidrValue(text: string): CidrValue | undefined {
  const [address = '', prefixText, extra] = text.split('/');
  if (extra !== undefined) return undefined;
  const ip = parseIpValue(address);
  if (ip === undefined) return undefined;
  if (prefixText === undefined) return { ...ip, prefix: ip.bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > ip.bits) return undefined;
  return { ...ip, prefix: Number(prefixText) };
}

/** R66: same address family, and equal in the prefix's leading bits (host bits of the block are ignored). */
export function cidrContains(block: CidrValue, address: IpValue): boolean {
  if (block.bits !== address.bits) return false;
  const shift = BigInt(block.bits - block.prefix);
  return block.value >> shift === address.value >> shift;
}
