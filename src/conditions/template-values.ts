import { compileTemplate, type Piece, type Template } from '../match/policy-variables.js';

/** Policy values split by whether a request can change them. */
export interface TemplateValues {
  /** Values with no variables, as pieces (wildcard flags kept for Like operators, R61). */
  readonly fixed: readonly (readonly Piece[])[];
  /** Values with at least one variable; rendered per request (R59). */
  readonly dynamic: readonly Template[];
  /** Lowercased keys the dynamic values read. */
  readonly keys: readonly string[];
}

/** Compiles each value as a template once, so the hot path only renders the ones with variables. */
export function compileTemplateValues(values: readonly string[], supportsVariables: boolean): TemplateValues {
  const fixed: (readonly Piece[])[] = [];
  const dynamic: Template[] = [];
  const keys = new Set<string>();
  for (const value of values) {
    const template = compileTemplate(value, supportsVariables);
    if (template.keys.length === 0 && template.staticPieces !== undefined) {
      fixed.push(template.staticPieces);
      continue;
    }
    dynamic.push(template);
    for (const key of template.keys) keys.add(key);
  }
  return { fixed, dynamic, keys: [...keys] };
}

/** The text of pieces, wildcard flags dropped (for operators that compare whole strings). */
export function piecesText(pieces: readonly Piece[]): string {
  let text = '';
  for (const piece of pieces) text += piece.text;
  return text;
}
