import type { ConditionKeyType } from '../catalog/condition-key-types.js';
import { parseBool } from './parse-bool.js';
import { parseDate } from './parse-date.js';
import { parseIpv4, parseIpv6 } from './parse-ip.js';
import { parseNumber } from './parse-number.js';

const IPV6 = new Uint16Array(8);

/** What a value of each type looks like, for messages. */
export const VALUE_FORMS: Readonly<Record<ConditionKeyType, string>> = {
  String: 'any text',
  ARN: 'an ARN such as arn:aws:s3:::bucket',
  Bool: 'true or false',
  Numeric: 'a number such as 3600',
  Date: 'a date such as 2025-01-01T00:00:00Z, or epoch seconds',
  IPAddress: 'an IPv4 or IPv6 address such as 203.0.113.10',
  Binary: 'base64 text',
};

/**
 * True when a request value can be a value of a key of this type (R63, R64, R66): the text the condition operators of
 * that family would read. A request value AWS could never send would make a negated operator true for the wrong
 * reason (`aws:SecureTransport` = `ture` satisfies `BoolIfExists … false`?), so scenarios refuse it.
 */
export function isValueOfType(value: string, type: ConditionKeyType): boolean {
  switch (type) {
    case 'Bool':
      return parseBool(value) !== undefined;
    case 'Numeric':
      return parseNumber(value) !== undefined;
    case 'Date':
      return parseDate(value) !== undefined;
    case 'IPAddress':
      return parseIpv4(value, 0, value.length) >= 0 || parseIpv6(value, 0, value.length, IPV6);
    case 'ARN':
      return value.startsWith('arn:') && value.split(':', 6).length === 6;
    default:
      return true;
  }
}
