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

/** A `${key}` or `${key, 'default'}` reference, parsed at compile time. */
interface Variable {
  /** Lowercased once here, as context keys are case-insensitive (R29). */
  readonly key: string;
  readonly fallback: string | undefined;
}

type Part = Piece | Variable;

/** R33: the predefined variables that stand for characters that otherwise have a meaning. */
const SPECIALS: ReadonlyMap<string, string> = new Map([
  ['*', '*'],
  ['?', '?'],
  ['$', '$'],
]);

/**
 * Reads the text between `${` and `}`. R30: `key, 'default'`; blanks around the key and the comma are
 * tolerated (iamspec decision). Anything else is taken whole as a key name, which no request carries.
 */
function parseVariable(body: string): Part {
  const special = SPECIALS.get(body);
  if (special !== undefined) return { text: special, wildcards: false };
  const comma = body.indexOf(',');
  if (comma >= 0) {
    const fallback = body.slice(comma + 1).trim();
    if (fallback.length >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
      return { key: body.slice(0, comma).trim().toLowerCase(), fallback: fallback.slice(1, -1) };
    }
  }
  return { key: body.trim().toLowerCase(), fallback: undefined };
}

/** Splits policy text into literal-with-wildcards text, specials and variables. */
function parseParts(source: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  while (from < source.length) {
    const open = source.indexOf('${', from);
    // R36: the variable ends at the first `}`; a `${` that is never closed is plain policy text.
    const close = open < 0 ? -1 : source.indexOf('}', open + 2);
    if (close < 0) {
      parts.push({ text: source.slice(from), wildcards: true });
      break;
    }
    if (open > from) parts.push({ text: source.slice(from, open), wildcards: true });
    parts.push(parseVariable(source.slice(open + 2, close)));
    from = close + 1;
  }
  return parts;
}

function isVariable(part: Part): part is Variable {
  return 'key' in part;
}

function isPiece(part: Part): part is Piece {
  return !isVariable(part);
}

/** Joins neighbouring pieces of the same kind so static patterns compile to as few runs as possible. */
function mergePieces(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.wildcards === piece.wildcards) {
      merged[merged.length - 1] = { text: last.text + piece.text, wildcards: piece.wildcards };
    } else if (piece.text !== '') {
      merged.push(piece);
    }
  }
  return merged;
}

/**
 * The text a variable stands for in this request, or undefined when it has none (R31). R32: a multivalued
 * key cannot be used as a variable, so an array value is unresolvable even when a default is given.
 */
function substitute(variable: Variable, ctx: RequestContext): string | undefined {
  const value: ContextValue | undefined = ctx.get(variable.key);
  if (typeof value === 'string') return value;
  return value === undefined ? variable.fallback : undefined;
}

function staticTemplate(source: string, pieces: readonly Piece[]): Template {
  const text = pieces.map((piece) => piece.text).join('');
  return {
    source,
    keys: [],
    staticPieces: pieces,
    renderPieces: () => pieces,
    renderText: () => text,
  };
}

function dynamicTemplate(source: string, parts: readonly Part[]): Template {
  const keys = [...new Set(parts.filter(isVariable).map((part) => part.key))];
  return {
    source,
    keys,
    staticPieces: undefined,
    renderPieces(ctx) {
      const pieces: Piece[] = [];
      for (const part of parts) {
        if (!isVariable(part)) {
          pieces.push(part);
          continue;
        }
        const value = substitute(part, ctx);
        if (value === undefined) return undefined;
        // R34: a substituted value is literal; its `*` and `?` are ordinary characters.
        pieces.push({ text: value, wildcards: false });
      }
      return pieces;
    },
    renderText(ctx) {
      let text = '';
      for (const part of parts) {
        const value = isVariable(part) ? substitute(part, ctx) : part.text;
        if (value === undefined) return undefined;
        text += value;
      }
      return text;
    },
  };
}

/** Compiles `${...}` variables in `source`. With `supportsVariables` false the text is literal (R3). */
export function compileTemplate(source: string, supportsVariables: boolean): Template {
  if (!supportsVariables) return staticTemplate(source, mergePieces([{ text: source, wildcards: true }]));
  const parts = parseParts(source);
  if (!parts.some(isVariable)) return staticTemplate(source, mergePieces(parts.filter(isPiece)));
  return dynamicTemplate(source, parts);
}

export type { ContextValue };
