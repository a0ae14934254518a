/** IPv6 addresses as four unsigned 32-bit words, most significant first. */
const V6_WORDS = 4;

/** Compares four-word addresses: `a[i..i+4)` with `b[j..j+4)`. */
function compareV6(a: Uint32Array, i: number, b: Uint32Array, j: number): number {
  for (let w = 0; w < V6_WORDS; w++) {
    const x = a[i + w] ?? 0;
    const y = b[j + w] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/*
 * Both classes sort the blocks by their first address and merge those that overlap (CIDR blocks nest or lie apart),
 * so what remains is disjoint and sorted: the last range that starts at or before an address is the only one that
 * can hold it, found by binary search.
 */

/** R66, R151: the IPv4 blocks of one condition entry, looked up in O(log P). */
export class Ipv4Ranges {
  private readonly firsts: Float64Array;
  private readonly lasts: Float64Array;

  constructor(ranges: readonly { readonly first: number; readonly last: number }[]) {
    const sorted = [...ranges].sort((a, b) => a.first - b.first);
    const firsts: number[] = [];
    const lasts: number[] = [];
    for (const range of sorted) {
      const top = lasts.length - 1;
      if (top >= 0 && range.first <= (lasts[top] ?? -1)) lasts[top] = Math.max(lasts[top] ?? 0, range.last);
      else {
        firsts.push(range.first);
        lasts.push(range.last);
      }
    }
    this.firsts = Float64Array.from(firsts);
    this.lasts = Float64Array.from(lasts);
  }

  /** True when an unsigned 32-bit address lies in some block. */
  contains(address: number): boolean {
    let lo = 0;
    let hi = this.firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.firsts[mid] ?? 0) <= address) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && address <= (this.lasts[lo - 1] ?? -1);
  }
}

/** R66, R151: the IPv6 blocks of one condition entry, looked up in O(log P) four-word comparisons. */
export class Ipv6Ranges {
  private readonly firsts: Uint32Array;
  private readonly lasts: Uint32Array;
  private readonly count: number;

  constructor(ranges: readonly { readonly first: Uint32Array; readonly last: Uint32Array }[]) {
    const sorted = [...ranges].sort((a, b) => compareV6(a.first, 0, b.first, 0));
    const firsts: Uint32Array[] = [];
    const lasts: Uint32Array[] = [];
    for (const range of sorted) {
      const top = lasts[lasts.length - 1];
      if (top !== undefined && compareV6(range.first, 0, top, 0) <= 0) {
        if (compareV6(range.last, 0, top, 0) > 0) lasts[lasts.length - 1] = range.last;
      } else {
        firsts.push(range.first);
        lasts.push(range.last);
      }
    }
    this.count = firsts.length;
    this.firsts = new Uint32Array(this.count * V6_WORDS);
    this.lasts = new Uint32Array(this.count * V6_WORDS);
    for (let i = 0; i < this.count; i++) {
      this.firsts.set(firsts[i] ?? new Uint32Array(V6_WORDS), i * V6_WORDS);
      this.lasts.set(lasts[i] ?? new Uint32Array(V6_WORDS), i * V6_WORDS);
    }
  }

  /** True when an address (four words) lies in some block. */
  contains(address: Uint32Array): boolean {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareV6(this.firsts, mid * V6_WORDS, address, 0) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && compareV6(address, 0, this.lasts, (lo - 1) * V6_WORDS) <= 0;
  }
}
