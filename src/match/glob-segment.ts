/** Stands for one `?` wildcard inside a segment. */
export const ANY_CHAR: unique symbol = Symbol('?');

/** A literal run of text, or one `?`. */
export type Atom = string | typeof ANY_CHAR;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Width in UTF-16 units of the character starting at `i`: `?` matches one code point (R20). */
function widthAt(input: string, i: number): number {
  return isHigh(input.charCodeAt(i)) && isLow(input.charCodeAt(i + 1)) ? 2 : 1;
}

/** Width of the character ending just before `end`. */
function widthBefore(input: string, end: number): number {
  return end >= 2 && isLow(input.charCodeAt(end - 1)) && isHigh(input.charCodeAt(end - 2)) ? 2 : 1;
}

/** True when `i` falls between the two halves of a surrogate pair, where no character starts. */
function insidePair(input: string, i: number): boolean {
  return i > 0 && isLow(input.charCodeAt(i)) && isHigh(input.charCodeAt(i - 1));
}

/**
 * The text between two `*` of a glob: literal runs and `?`. Every method answers deterministically for a
 * given position, so a glob built from segments never backtracks.
 */
export class Segment {
  readonly atoms: readonly Atom[];
  /** The whole segment when it has no `?`, so callers can use `===`, `indexOf`, `startsWith`. */
  readonly literal: string | undefined;
  /** Fewest UTF-16 units the segment can match (each `?` takes at least one). */
  private readonly minLength: number;

  constructor(atoms: readonly Atom[]) {
    this.atoms = atoms;
    let literal: string | undefined = '';
    let minLength = 0;
    for (const atom of atoms) {
      if (atom === ANY_CHAR) {
        literal = undefined;
        minLength += 1;
      } else {
        if (literal !== undefined) literal += atom;
        minLength += atom.length;
      }
    }
    this.literal = literal;
    this.minLength = minLength;
  }

  get isEmpty(): boolean {
    return this.atoms.length === 0;
  }

  /** Matches the segment starting at `start`; returns the end index, or -1. */
  matchAt(input: string, start: number): number {
    let pos = start;
    for (const atom of this.atoms) {
      if (atom === ANY_CHAR) {
        if (pos >= input.length) return -1;
        pos += widthAt(input, pos);
      } else {
        if (!input.startsWith(atom, pos)) return -1;
        pos += atom.length;
      }
    }
    return pos;
  }

  /** Matches the segment ending at `end`; returns the start index, or -1. */
  matchEndingAt(input: string, end: number): number {
    let pos = end;
    for (let i = this.atoms.length - 1; i >= 0; i--) {
      const atom = this.atoms[i];
      if (atom === undefined) return -1;
      if (atom === ANY_CHAR) {
        if (pos <= 0) return -1;
        pos -= widthBefore(input, pos);
      } else {
        pos -= atom.length;
        if (pos < 0 || !input.startsWith(atom, pos)) return -1;
      }
    }
    return pos;
  }

  /**
   * The end of the leftmost match that starts at or after `from` and ends at or before `limit`, or -1.
   * Leftmost is always right for a middle segment of a glob: the `*` around it absorb the rest.
   */
  findFrom(input: string, from: number, limit: number): number {
    if (this.literal !== undefined) {
      const at = input.indexOf(this.literal, from);
      return at >= 0 && at + this.literal.length <= limit ? at + this.literal.length : -1;
    }
    const first = this.atoms[0];
    const last = limit - this.minLength;
    for (let start = from; start <= last; start++) {
      if (typeof first === 'string') {
        start = input.indexOf(first, start);
        if (start < 0 || start > last) return -1;
      }
      if (insidePair(input, start)) continue;
      const end = this.matchAt(input, start);
      if (end >= 0 && end <= limit) return end;
    }
    return -1;
  }
}
