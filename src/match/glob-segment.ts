import { anchoredFinder } from './anchored-finder.js';
import { codePointAt, hasLoneEdge, keepsPairs, widthAt, widthBefore } from './code-points.js';
import { codeTextOf, type TextSlot } from './code-text.js';
import { compileLiteralSearch } from './literal-search.js';
import { ANY_CODE, type SegmentFinder, shortFinder } from './shift-and.js';

/** Stands for one `?` wildcard inside a segment. */
export const ANY_CHAR: unique symbol = Symbol('?');

/** A literal run of text, or one `?`. */
export type Atom = string | typeof ANY_CHAR;

/** The most atoms one 32-bit word of shift-and state holds. */
const WORD = 32;
/** Literals up to this many units are searched with the native `indexOf` (see literal-search.ts). */
const SHORT_LITERAL = 32;

function codesOf(atoms: readonly Atom[]): Int32Array {
  let units = 0;
  for (const atom of atoms) units += atom === ANY_CHAR ? 1 : atom.length;
  const codes = new Int32Array(units);
  let n = 0;
  for (const atom of atoms) {
    if (atom === ANY_CHAR) {
      codes[n++] = ANY_CODE;
      continue;
    }
    for (let i = 0; i < atom.length; ) {
      const code = codePointAt(atom, i);
      codes[n++] = code;
      i += code > 0xffff ? 2 : 1;
    }
  }
  return codes.subarray(0, n);
}

/** R150: the cheapest search with a linear bound for the segment's shape. */
function finderFor(literal: string | undefined, codes: Int32Array): SegmentFinder {
  if (literal !== undefined) {
    const search = compileLiteralSearch(literal);
    return {
      find(text, from, limit) {
        const at = search.find(text, from, limit);
        return at < 0 ? -1 : at + literal.length;
      },
    };
  }
  if (codes.length <= WORD) return shortFinder(codes);
  const anchored = anchoredFinder(codes);
  return {
    find(text, from, limit, slot) {
      const view = codeTextOf(text, slot);
      const end = anchored.find(view, view.indexAt(from), view.indexAt(limit));
      return end < 0 ? -1 : view.unitAt(end);
    },
  };
}

/**
 * The text between two `*` of a glob: literal runs and `?`. Every method answers deterministically for a
 * given position, so a glob built from segments never backtracks.
 */
export class Segment {
  readonly atoms: readonly Atom[];
  /**
   * The whole segment when it has no `?`, so callers can use `===`, `indexOf`, `startsWith`. Undefined, too, for
   * a run that begins with a low or ends with a high surrogate, which plain unit comparison could match against
   * half of a pair.
   */
  readonly literal: string | undefined;
  /** Built on the first search: prefix and suffix segments, and globs compiled per request, never need one. */
  private finder: SegmentFinder | undefined;
  /** R153: some literal run begins with a low or ends with a high surrogate, so matches check pair boundaries. */
  private readonly loneEdges: boolean;

  constructor(atoms: readonly Atom[]) {
    this.atoms = atoms;
    let literal: string | undefined = '';
    let loneEdges = false;
    for (const atom of atoms) {
      literal = atom === ANY_CHAR || literal === undefined ? undefined : literal + atom;
      if (atom !== ANY_CHAR && hasLoneEdge(atom)) loneEdges = true;
    }
    this.loneEdges = loneEdges;
    this.literal = literal !== undefined && hasLoneEdge(literal) ? undefined : literal;
  }

  /** True when a literal run matches `input` at `pos` without cutting a surrogate pair (R153). */
  private runAt(input: string, run: string, pos: number): boolean {
    if (!input.startsWith(run, pos)) return false;
    return !this.loneEdges || keepsPairs(input, pos, pos + run.length);
  }

  get isEmpty(): boolean {
    return this.atoms.length === 0;
  }

  /** True when a search reads the text as code points (a segment with `?` of more than 32 characters, R150). */
  get isLong(): boolean {
    if (this.literal !== undefined) return false;
    let characters = 0;
    for (const atom of this.atoms) characters += atom === ANY_CHAR ? 1 : [...atom].length;
    return characters > WORD;
  }

  /** Matches the segment starting at `start`; returns the end index, or -1. O(m). */
  matchAt(input: string, start: number): number {
    let pos = start;
    for (const atom of this.atoms) {
      if (atom === ANY_CHAR) {
        if (pos >= input.length) return -1;
        pos += widthAt(input, pos);
      } else {
        if (!this.runAt(input, atom, pos)) return -1;
        pos += atom.length;
      }
    }
    return pos;
  }

  /** Matches the segment ending at `end`; returns the start index, or -1. O(m). */
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
        if (pos < 0 || !this.runAt(input, atom, pos)) return -1;
      }
    }
    return pos;
  }

  /**
   * The end of the leftmost match that starts at or after `from` and ends at or before `limit`, or -1.
   * Leftmost is always right for a middle segment of a glob: the `*` around it absorb the rest, and a segment
   * has a fixed number of characters, so the leftmost start also gives the leftmost end. R150: linear in the
   * text searched for segments up to 32 atoms and for literals, O(n·⌈m/32⌉) for longer segments with `?`.
   */
  findFrom(input: string, from: number, limit: number, slot?: TextSlot): number {
    const literal = this.literal;
    if (literal !== undefined && literal.length <= SHORT_LITERAL) {
      // The common case, kept free of calls: V8's indexOf is at most 32·n for a needle this short.
      const at = input.indexOf(literal, from);
      return at >= 0 && at + literal.length <= limit ? at + literal.length : -1;
    }
    this.finder ??= finderFor(literal, codesOf(this.atoms));
    return this.finder.find(input, from, limit, slot);
  }
}
