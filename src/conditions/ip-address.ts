import { parseIpv4, parseIpv6 } from './parse-ip.js';
import { NEVER, staticValues, type OperatorImpl, type ValueTest } from './value-test.js';

const SLASH = 47;
const COLON = 58;
const GROUPS = 8;
const GROUP_BITS = 16;
const GROUP_MASK = 0xffff;
const IPV4_BITS = 32;
const IPV6_BITS = 128;
const MAX_PREFIX_DIGITS = 3;
const HINT =
  'an IPv4 or IPv6 address or CIDR block such as "203.0.113.0/24", "203.0.113.7" or "2001:DB8:1234:5678::/64" ' +
  '(IpAddress operators take no policy variables)';

/** A parsed CIDR block; host bits are already cleared (R66). */
interface Cidr {
  readonly v6: boolean;
  readonly prefix: number;
  /** IPv4 network and mask as unsigned 32-bit numbers. */
  readonly net4: number;
  readonly mask4: number;
  /** IPv6 network and mask as eight groups each. */
  readonly net6: Uint16Array;
  readonly mask6: Uint16Array;
}

/** Request addresses are parsed into this buffer: the engine is synchronous, so one suffices. */
const scratch = new Uint16Array(GROUPS);

function hasColon(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === COLON) return true;
  return false;
}

/** The prefix after `/`, or the full length for a bare address (R66); -1 when malformed. */
function prefixLength(text: string, slash: number, bits: number): number {
  if (slash === text.length) return bits;
  const digits = text.length - slash - 1;
  if (digits < 1 || digits > MAX_PREFIX_DIGITS) return -1;
  let value = 0;
  for (let i = slash + 1; i < text.length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value <= bits ? value : -1;
}

function v6GroupMask(prefix: number, group: number): number {
  const bits = prefix - group * GROUP_BITS;
  if (bits <= 0) return 0;
  return bits >= GROUP_BITS ? GROUP_MASK : (GROUP_MASK << (GROUP_BITS - bits)) & GROUP_MASK;
}

/** Parses `address[/prefix]`, or undefined when it is not a CIDR block. */
function parseCidr(text: string): Cidr | undefined {
  let slash = 0;
  while (slash < text.length && text.charCodeAt(slash) !== SLASH) slash++;
  const v6 = hasColon(text, slash);
  const prefix = prefixLength(text, slash, v6 ? IPV6_BITS : IPV4_BITS);
  if (prefix < 0) return undefined;
  const net6 = new Uint16Array(GROUPS);
  const mask6 = new Uint16Array(GROUPS);
  if (v6) {
    if (!parseIpv6(text, 0, slash, net6)) return undefined;
    for (let g = 0; g < GROUPS; g++) {
      mask6[g] = v6GroupMask(prefix, g);
      net6[g] = (net6[g] ?? 0) & (mask6[g] ?? 0);
    }
    return { v6, prefix, net4: 0, mask4: 0, net6, mask6 };
  }
  const address = parseIpv4(text, 0, slash);
  if (address < 0) return undefined;
  const mask4 = prefix === 0 ? 0 : (0xffffffff << (IPV4_BITS - prefix)) >>> 0;
  return { v6, prefix, net4: (address & mask4) >>> 0, mask4, net6, mask6 };
}

/** True when the address in `scratch` is inside an IPv6 block. */
function containsV6(cidr: Cidr): boolean {
  for (let g = 0; g < GROUPS; g++) {
    if (((scratch[g] ?? 0) & (cidr.mask6[g] ?? 0)) !== cidr.net6[g]) return false;
  }
  return true;
}

/**
 * Tests a request address against every block, parsing it once. An IPv4 address never matches an
 * IPv6 block or the reverse (R66); a request value that is not an address matches nothing (R68).
 */
function blocksTest(blocks: readonly Cidr[]): ValueTest {
  return (value) => {
    const v6 = hasColon(value, value.length);
    const address = v6 ? 0 : parseIpv4(value, 0, value.length);
    if (v6 ? !parseIpv6(value, 0, value.length, scratch) : address < 0) return false;
    for (let i = 0; i < blocks.length; i++) {
      const cidr = blocks[i];
      if (cidr === undefined || cidr.v6 !== v6) continue;
      if (v6 ? containsV6(cidr) : (address & cidr.mask4) >>> 0 === cidr.net4) return true;
    }
    return false;
  };
}

/** IpAddress (R66): blocks are parsed once; NotIpAddress shares the test and the evaluator negates it. */
const ipAddress: OperatorImpl = {
  compile(values) {
    const blocks: Cidr[] = [];
    for (const text of values) {
      const cidr = parseCidr(text);
      if (cidr !== undefined) blocks.push(cidr);
    }
    return staticValues(blocks.length === 0 ? NEVER : blocksTest(blocks));
  },
  check: (value) => (parseCidr(value) === undefined ? HINT : undefined),
};

/** The IpAddress family. */
export const IP_ADDRESS_OPERATORS: Readonly<Record<string, OperatorImpl>> = Object.freeze({
  IpAddress: ipAddress,
  NotIpAddress: ipAddress,
});
