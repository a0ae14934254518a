/** The type of value a condition key holds, which decides how random values for it look. */
export type ValueKind = 'string' | 'ip' | 'bool' | 'number' | 'date';

/** What a condition entry tells about its key: its type, whether it is a set, and values worth generating. */
export interface EntryValues {
  readonly kind: ValueKind;
  readonly multivalued: boolean;
  readonly values: string[];
}

const FAMILIES: ReadonlyArray<readonly [string, ValueKind]> = [
  ['notipaddress', 'ip'],
  ['ipaddress', 'ip'],
  ['numeric', 'number'],
  ['date', 'date'],
  ['bool', 'bool'],
];

/**
 * The values one condition entry suggests: each policy value, and beside it a value that just misses (one more,
 * one second later, the first address past a CIDR block, a wildcard filled in), so conditions are met both ways.
 */
export function conditionValues(operator: string, policyValues: readonly string[]): EntryValues {
  let op = operator.toLowerCase();
  const multivalued = op.startsWith('foranyvalue:') || op.startsWith('forallvalues:');
  if (multivalued) op = op.slice(op.indexOf(':') + 1);
  const kind = FAMILIES.find(([prefix]) => op.startsWith(prefix))?.[1] ?? 'string';
  if (op.startsWith('null')) return { kind, multivalued, values: [] };
  const values = policyValues.filter((v) => !v.includes('${')).flatMap((v) => neighbours(kind, v));
  return { kind, multivalued, values: [...new Set(values)] };
}

function neighbours(kind: ValueKind, value: string): string[] {
  switch (kind) {
    case 'bool':
      return ['true', 'false'];
    case 'number':
      return numberNeighbours(value);
    case 'date':
      return dateNeighbours(value);
    case 'ip':
      return ipNeighbours(value);
    case 'string':
      if (!/[*?]/.test(value)) return [value];
      return [value, value.replace(/\*/g, '').replace(/\?/g, 'a'), value.replace(/\*/g, 'x').replace(/\?/g, 'b')];
  }
}

function numberNeighbours(value: string): string[] {
  const n = Number(value);
  return Number.isFinite(n) ? [value, String(n - 1), String(n + 1)] : [value];
}

function dateNeighbours(value: string): string[] {
  if (/^\d+$/.test(value)) return numberNeighbours(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return [value];
  return [value, isoSeconds(ms - 1000), isoSeconds(ms + 1000)];
}

/** An ISO 8601 instant to the second, as aws:CurrentTime carries it. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

/** An address inside the block and the first one past it; IPv6 blocks give their base address only. */
function ipNeighbours(value: string): string[] {
  const m = IPV4_CIDR.exec(value.trim());
  if (m === null) return [value.split('/')[0] ?? value];
  const base = [m[1], m[2], m[3], m[4]].reduce((acc, part) => acc * 256 + Number(part), 0);
  const prefix = m[5] === undefined ? 32 : Number(m[5]);
  const size = 2 ** (32 - Math.min(32, prefix));
  const network = base - (base % size);
  const inside = size > 2 ? network + 1 : network;
  return [ipv4(inside), ipv4((network + size) % 2 ** 32)];
}

function ipv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}
