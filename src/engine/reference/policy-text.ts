import type { ReferenceContext } from './reference-context.js';
import type { TextPiece } from './text-piece.js';

/** A closed `${...}`: the variable ends at the first `}` after `${` (R36). */
const VARIABLE = /\$\{([^}]*)\}/g;

/** R33: the variables that stand for a character that otherwise has a meaning. */
const SPECIAL: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' };

/**
 * What one `${body}` stands for in this request: literal text, or undefined when it has no value (R31, R60).
 * R29: the body names a context key (case-insensitive); R30: `key, 'default'`, blanks around key and comma
 * tolerated, and a default that is not single-quoted is malformed, so the variable has no value; R32: a key whose value is a set cannot be
 * used, default or not.
 */
function substitute(body: string, context: ReferenceContext): string | undefined {
  const special = SPECIAL[body];
  if (special !== undefined) return special;
  const comma = body.indexOf(',');
  const key = (comma < 0 ? body : body.slice(0, comma)).trim();
  const written = comma < 0 ? '' : body.slice(comma + 1).trim();
  const quoted = written.length >= 2 && written.startsWith("'") && written.endsWith("'");
  if (comma >= 0 && !quoted) return undefined;
  const fallback = quoted ? written.slice(1, -1) : undefined;
  const value = context.get(key);
  if (value === undefined) return fallback;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Renders policy text for one request into pieces, or undefined when a variable has no value and no default
 * (R31, R60). Without variable support (R3: Version 2008-10-17 or none) the text is taken as written.
 */
export function renderPolicyText(
  text: string,
  context: ReferenceContext,
  supportsVariables: boolean,
): TextPiece[] | undefined {
  if (!supportsVariables) return [{ text, wildcards: true }];
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(VARIABLE)) {
    const at = match.index;
    pieces.push({ text: text.slice(from, at), wildcards: true });
    const value = substitute(match[1] ?? '', context);
    if (value === undefined) return undefined;
    pieces.push({ text: value, wildcards: false }); // R34
    from = at + match[0].length;
  }
  pieces.push({ text: text.slice(from), wildcards: true });
  return pieces;
}

/**
 * R35: true when a `${...}` appears before the resource part of an ARN pattern, that is before its fifth colon
 * (colons inside a variable separate nothing).
 */
export function hasVariableBeforeResourcePart(text: string, supportsVariables: boolean): boolean {
  if (!supportsVariables) return false;
  const marked = text.replace(VARIABLE, '\u0000');
  const firstVariable = marked.indexOf('\u0000');
  if (firstVariable < 0) return false;
  let colons = 0;
  for (let i = 0; i < firstVariable; i++) if (marked[i] === ':') colons++;
  return colons < 5;
}
