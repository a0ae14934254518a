import type { ContextValue, RequestContext } from '../context/request-context.js';

/**
 * A piece of rendered text. `wildcards: true` means `*` and `?` in it are wildcards (policy text);
 * `false` means it is literal (a substituted variable value, or `${*}`, `${?}`, `${$}`).
 */
export interface Piece {
  readonly text: string;
  readonly wildcards: boolean;
}

/** A policy string compiled once; variables are substituted per request. */
export interface Template {
  /** The text as written in the policy. */
  readonly source: string;
  /** Lowercased context keys the template reads; empty when no request can change it. */
  readonly keys: readonly string[];
  /** The pieces when `keys` is empty (rendering needs no context), otherwise undefined. */
  readonly staticPieces: readonly Piece[] | undefined;
  /** Pieces for this request, or undefined when a variable has no value and no default (R31). */
  renderPieces(ctx: RequestContext): readonly Piece[] | undefined;
  /** Plain text for this request (pieces joined), or undefined when unresolvable. */
  renderText(ctx: RequestContext): string | undefined;
}

/** Compiles `${...}` variables in `source`. With `supportsVariables` false the text is literal (R3). */
export function compileTemplate(source: string, supportsVariables: boolean): Template {
  void source;
  void supportsVariables;
  throw new Error('compileTemplate: not implemented yet');
}

export type { ContextValue };
