import { compileGlob, type Glob } from './glob.js';
import { ARN_SEGMENTS as SEGMENTS, isOnlyStars, splitArnPieces as splitPieces } from './arn-segments.js';
import type { Piece } from './policy-variables.js';

/** A compiled ARN pattern for the Resource element and for ArnEquals / ArnLike (R25, R27). */
export interface ArnPattern {
  test(value: string): boolean;
}

/** The text of a segment when it holds no wildcard, so it can be compared as a plain prefix. */
function literalText(segment: readonly Piece[]): string | undefined {
  let text = '';
  for (const piece of segment) {
    if (piece.wildcards && (piece.text.includes('*') || piece.text.includes('?'))) return undefined;
    text += piece.text;
  }
  return text;
}

const ANY: ArnPattern = { test: () => true };

/**
 * Segment by segment: each of the first segments is matched against the text up to the value's next colon,
 * so `*` and `?` never reach across one (R25). R26: pattern and value must have the same number of segments.
 */
function segmentwise(globs: readonly Glob[]): ArnPattern {
  const last = globs.length - 1;
  return {
    test(value) {
      let pos = 0;
      for (let i = 0; i < last; i++) {
        const end = value.indexOf(':', pos);
        if (end < 0 || globs[i]?.test(value.slice(pos, end)) !== true) return false;
        pos = end + 1;
      }
      if (last < SEGMENTS - 1 && value.indexOf(':', pos) >= 0) return false;
      return globs[last]?.test(value.slice(pos)) === true;
    },
  };
}

/**
 * Compiles an ARN pattern once (static text) or per request (rendered pieces); both are cheap and build no
 * RegExp. Matching is case-sensitive (R24).
 */
export function compileArnPattern(pattern: string | readonly Piece[]): ArnPattern {
  const pieces = typeof pattern === 'string' ? [{ text: pattern, wildcards: true }] : pattern;
  if (isOnlyStars(pieces)) return ANY;
  const segments = splitPieces(pieces);
  const resource = segments[SEGMENTS - 1];
  if (resource !== undefined) {
    // The common case: partition, service, region and account written without wildcards.
    const heads = segments.slice(0, SEGMENTS - 1).map(literalText);
    if (heads.every((head) => head !== undefined)) {
      const prefix = `${heads.join(':')}:`;
      const rest = compileGlob(resource);
      return { test: (value) => value.startsWith(prefix) && rest.test(value.slice(prefix.length)) };
    }
  }
  return segmentwise(segments.map((segment) => compileGlob(segment)));
}
