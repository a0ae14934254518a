import type { Piece } from './policy-variables.js';

/** An ARN has six segments: five colons separate them, and the sixth keeps any further colons (R25). */
export const ARN_SEGMENTS = 6;

/** Cuts pieces at the first five `:` into segments; a colon in a literal piece separates too. */
export function splitArnPieces(pieces: readonly Piece[]): Piece[][] {
  const segments: Piece[][] = [[]];
  for (const piece of pieces) {
    let from = 0;
    while (segments.length < ARN_SEGMENTS) {
      const colon = piece.text.indexOf(':', from);
      if (colon < 0) break;
      segments[segments.length - 1]?.push({ text: piece.text.slice(from, colon), wildcards: piece.wildcards });
      segments.push([]);
      from = colon + 1;
    }
    segments[segments.length - 1]?.push({ text: piece.text.slice(from), wildcards: piece.wildcards });
  }
  return segments;
}

/**
 * R27 (iamspec decision): a pattern of nothing but `*` matches any value, as `*` does in Resource (R23);
 * `**` is the same pattern (R20).
 */
export function isOnlyStars(pieces: readonly Piece[]): boolean {
  let stars = 0;
  for (const piece of pieces) {
    if (piece.text === '') continue;
    if (!piece.wildcards) return false;
    for (let i = 0; i < piece.text.length; i++) if (piece.text.charCodeAt(i) !== 0x2a) return false;
    stars += piece.text.length;
  }
  return stars > 0;
}
