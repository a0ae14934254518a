/**
 * A run of policy text after variable substitution. In policy text `*` and `?` are wildcards (R20); in text that a
 * variable stood for, and in `${*}`, `${?}` and `${$}`, they are ordinary characters (R33, R34, R61).
 */
export interface TextPiece {
  readonly text: string;
  readonly wildcards: boolean;
}

/** The text of pieces, wildcard flags dropped. */
export function joinPieces(pieces: readonly TextPiece[]): string {
  return pieces.map((piece) => piece.text).join('');
}

function escapeForRegExp(character: string): string {
  return character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Whole-text wildcard match, written the obvious way: the pattern becomes a regular expression in which `*` is `.*`
 * and `?` is one code point `.` (R20), everything else literal. Slow on hostile input; the reference only sees
 * small generated values.
 */
export function wildcardMatch(pieces: readonly TextPiece[], value: string): boolean {
  let source = '';
  for (const piece of pieces) {
    for (const character of piece.text) {
      if (piece.wildcards && character === '*') source += '.*';
      else if (piece.wildcards && character === '?') source += '.';
      else source += escapeForRegExp(character);
    }
  }
  return new RegExp(`^${source}$`, 'su').test(value);
}
