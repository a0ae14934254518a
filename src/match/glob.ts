import type { Piece } from './policy-variables.js';

/** A compiled wildcard pattern (`*` any run, `?` one character). Matching is linear in the input. */
export interface Glob {
  test(input: string): boolean;
}

export interface GlobOptions {
  /** Compare case-insensitively (actions, StringEqualsIgnoreCase …). Inputs must then be lowercased by the caller. */
  readonly ignoreCase?: boolean;
}

/** Compiles a pattern once; never builds a RegExp. */
export function compileGlob(pattern: string | readonly Piece[], options: GlobOptions = {}): Glob {
  void pattern;
  void options;
  throw new Error('compileGlob: not implemented yet');
}
