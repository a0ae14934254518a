import { Ipv4Ranges, Ipv6Ranges } from './ip-ranges.js';
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

/** The four 32-bit words of eight 16-bit groups. */
function wordsOf(groups: Uint16Array, out = new Uint32Array(4)): Uint32Array {
  for (let w = 0; w < 4; w++) out[w] = (((groups[2 * w] ?? 0) << GROUP_BITS) | (groups[2 * w + 1] ?? 0)) >>> 0;
  return out;
}

/** The request address as four words; the engine is synchronous, so one buffer suffices. */
const scratchWords = new Uint32Array(4);

/**
 * R151: the blocks become sorted, merged ranges of addresses, IPv4 and IPv6 apart, so a request address costs a
 * binary search (O(log P)) after it is parsed once. An IPv4 address never matches an IPv6 block or the reverse
 * (R66); a request value that is not an address matches nothing (R68).
 */
function blocksTest(blocks: readonly Cidr[]): ValueTest {
  const v4 = new Ipv4Ranges(
    blocks.filter((b) => !b.v6).map((b) => ({ first: b.net4, last: (b.net4 | ~b.mask4) >>> 0 })),
  );
  const v6 = new Ipv6Ranges(
    blocks
      .filter((b) => b.v6)
      .map((b) => {
        const last = new Uint16Array(GROUPS);
        for (let g = 0; g < GROUPS; g++) last[g] = ((b.net6[g] ?? 0) | ~(b.mask6[g] ?? 0)) & GROUP_MASK;
        return { first: wordsOf(b.net6), last: wordsOf(last) };
      }),
  );
  return (value) => {
    if (hasColon(value, value.length))
      return parseIpv6(value, 0, value.length, scratch) && v6.contains(wordsOf(scratch, scratchWords));
    const address = parseIpv4(value, 0, value.length);
    return address >= 0 && v4.contains(address);
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
