import type { ReferenceContext } from './reference-context.js';
import { hasVariableBeforeResourcePart, renderPolicyText } from './policy-text.js';
import { type TextPiece, wildcardMatch } from './text-piece.js';

/** Splits text at its first five colons into at most six segments (R25). */
function splitArn(text: string): string[] {
  const parts = text.split(':');
  return parts.length <= 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** Splits rendered pattern pieces at the first five colons, keeping each piece's wildcard flag. */
function splitPieces(pieces: readonly TextPiece[]): TextPiece[][] {
  const segments: TextPiece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split(':');
    for (const [i, part] of parts.entries()) {
      if (i > 0) {
        if (segments.length < 6) segments.push([]);
        else segments[5]?.push({ text: ':', wildcards: false });
      }
      segments[segments.length - 1]?.push({ text: part, wildcards: piece.wildcards });
    }
  }
  return segments;
}

/** True when the pattern is nothing but `*` wildcards (R20: `**` is `*`). */
function onlyStars(pieces: readonly TextPiece[]): boolean {
  const text = pieces.map((piece) => (piece.wildcards ? piece.text : piece.text.replace(/./gsu, '#'))).join('');
  return /^\*+$/.test(text);
}

/**
 * R23, R27: a pattern that is only `*` matches anything. R25, R26: otherwise pattern and value have the same number
 * of colon-separated segments (at most six, the sixth keeping further colons) and match segment by segment,
 * case-sensitively (R24).
 */
export function arnMatches(pattern: readonly TextPiece[], value: string): boolean {
  if (onlyStars(pattern)) return true;
  const segments = splitPieces(pattern);
  const values = splitArn(value);
  if (segments.length !== values.length) return false;
  return segments.every((segment, i) => wildcardMatch(segment, values[i] ?? ''));
}

/** One Resource / NotResource entry against the request's resource (R23–R35). */
export function resourceEntryMatches(
  entry: string,
  resource: string,
  context: ReferenceContext,
  supportsVariables: boolean,
): boolean {
  if (entry === '*') return true; // R23
  if (hasVariableBeforeResourcePart(entry, supportsVariables)) return false; // R35
  const pieces = renderPolicyText(entry, context, supportsVariables);
  return pieces !== undefined && arnMatches(pieces, resource); // R31: an unresolvable entry matches nothing
}
