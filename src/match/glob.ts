import type { TextSlot } from './code-text.js';
import { ANY_CHAR, type Atom, Segment } from './glob-segment.js';
import type { Piece } from './policy-variables.js';

/**
 * A compiled wildcard pattern (`*` any run, `?` one character). R150: a test costs O(m + n) for segments of up to
 * 32 characters between `*`s, and at most O(m + n·⌈k/32⌉) for a longer segment of k characters with `?`.
 */
export interface Glob {
  /**
   * True when the input matches. `slot` lets tests of one input share its reading as code points (a glob set passes
   * one to each candidate); without it a test keeps its own.
   */
  test(input: string, slot?: TextSlot): boolean;
}

export interface GlobOptions {
  /** Compare case-insensitively (actions, StringEqualsIgnoreCase …). Inputs must then be lowercased by the caller. */
  readonly ignoreCase?: boolean;
}

const ALWAYS: Glob = { test: () => true };
const STAR = 0x2a;
const QUESTION = 0x3f;

/**
 * Splits pieces at each `*` of wildcard text into segments of literal runs and `?`. Consecutive `*` fold
 * into one, since `**` matches exactly what `*` does (R20).
 */
function toSegments(pieces: readonly Piece[], ignoreCase: boolean): Segment[] {
  const segments: Segment[] = [];
  let atoms: Atom[] = [];
  let run = '';
  for (const piece of pieces) {
    if (!piece.wildcards) {
      run += piece.text;
      continue;
    }
    // `*` and `?` are single units that no surrogate pair contains, so the text between them is sliced whole.
    const text = piece.text;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== STAR && code !== QUESTION) continue;
      run += text.slice(from, i);
      from = i + 1;
      if (run !== '') atoms.push(ignoreCase ? run.toLowerCase() : run);
      run = '';
      if (code === QUESTION) {
        atoms.push(ANY_CHAR);
        continue;
      }
      segments.push(new Segment(atoms));
      atoms = [];
    }
    run += text.slice(from);
  }
  if (run !== '') atoms.push(ignoreCase ? run.toLowerCase() : run);
  segments.push(new Segment(atoms));
  return segments;
}

/** A pattern with no `*`: the whole input must be the one segment. */
function wholeSegment(segment: Segment): Glob {
  const literal = segment.literal;
  if (literal !== undefined) return { test: (input) => input === literal };
  return { test: (input) => segment.matchAt(input, 0) === input.length };
}

/**
 * A pattern with at least one `*`: the first segment is anchored at the start, the last at the end, and the
 * middle ones are found leftmost in order between them. No step ever revisits a choice, hence linear time.
 */
function starredSegments(prefix: Segment, middles: readonly Segment[], suffix: Segment): Glob {
  if (middles.length === 0 && suffix.isEmpty) {
    if (prefix.isEmpty) return ALWAYS;
    const literal = prefix.literal;
    if (literal !== undefined) return { test: (input) => input.startsWith(literal) };
  }
  if (middles.length === 0 && prefix.isEmpty && suffix.literal !== undefined) {
    const literal = suffix.literal;
    return { test: (input) => input.endsWith(literal) };
  }
  // R150: the long middles of one test read the text as code points once, through one slot.
  const long = middles.some((middle) => middle.isLong);
  return {
    test(input, shared) {
      let pos = prefix.matchAt(input, 0);
      if (pos < 0) return false;
      const limit = suffix.matchEndingAt(input, input.length);
      if (limit < pos) return false;
      const slot: TextSlot | undefined = long ? (shared ?? {}) : undefined;
      for (const middle of middles) {
        pos = middle.findFrom(input, pos, limit, slot);
        if (pos < 0) return false;
      }
      return true;
    },
  };
}

/**
 * Compiles a pattern once; never builds a RegExp. A string pattern is policy text, so its `*` and `?` are
 * wildcards; pieces with `wildcards: false` are literal text (R34). With `ignoreCase` the pattern is
 * lowercased here and the caller must pass lowercased input.
 */
export function compileGlob(pattern: string | readonly Piece[], options: GlobOptions = {}): Glob {
  const pieces = typeof pattern === 'string' ? [{ text: pattern, wildcards: true }] : pattern;
  const segments = toSegments(pieces, options.ignoreCase === true);
  const prefix = segments[0];
  const suffix = segments[segments.length - 1];
  if (prefix === undefined || suffix === undefined) return ALWAYS; // unreachable: there is always one segment
  if (segments.length === 1) return wholeSegment(prefix);
  const middles = segments.slice(1, -1).filter((segment) => !segment.isEmpty);
  return starredSegments(prefix, middles, suffix);
}
