import { hasLoneEdge } from './code-points.js';
import type { Piece } from './policy-variables.js';

/** What a glob pattern looks like, for indexing many of them at once (R151). */
export type GlobShape =
  | { readonly kind: 'exact'; readonly text: string }
  | { readonly kind: 'all' }
  | { readonly kind: 'prefix'; readonly text: string }
  | { readonly kind: 'suffix'; readonly text: string }
  | { readonly kind: 'infix'; readonly text: string }
  /** Only `?` and `*`: the input must have exactly (no `*`) or at least (`*`) this many characters. */
  | { readonly kind: 'length'; readonly count: number; readonly orMore: boolean }
  /**
   * Anything else; `runs` are its literal runs in order, `leading`/`trailing` whether it starts or ends with one,
   * `key` its canonicalPattern.
   */
  | {
      readonly kind: 'general';
      readonly runs: readonly string[];
      readonly leading: boolean;
      readonly trailing: boolean;
      readonly key: string;
    };

const STAR = { star: true } as const;
const ANY = { any: true } as const;
type Token = string | typeof STAR | typeof ANY;

/** Literal runs and wildcards, as compileGlob reads them: literal pieces and `${*}` are text (R34). */
function tokens(pieces: readonly Piece[], ignoreCase: boolean): Token[] {
  const out: Token[] = [];
  let run = '';
  for (const piece of pieces) {
    if (!piece.wildcards) {
      run += piece.text;
      continue;
    }
    const text = piece.text;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 0x2a && code !== 0x3f) continue;
      run += text.slice(from, i);
      from = i + 1;
      if (run !== '') out.push(ignoreCase ? run.toLowerCase() : run);
      run = '';
      // `**` is `*` (R20).
      if (code === 0x3f) out.push(ANY);
      else if (out[out.length - 1] !== STAR) out.push(STAR);
    }
    run += text.slice(from);
  }
  if (run !== '') out.push(ignoreCase ? run.toLowerCase() : run);
  return out;
}

/**
 * The same text for two token lists exactly when they differ only in how their wildcard runs are spelt: a run of
 * `*` and `?` between literals means "exactly q characters" (or, with a `*`, "at least q") whatever its order (R20).
 */
function canonicalText(list: readonly Token[]): string {
  // Each literal run as its length, `'` and its text; each wildcard run as `#`, twice its `?` count plus one when it
  // holds a `*`, and `;`. The lengths keep the text unambiguous whatever the runs hold.
  let key = '';
  let run = -1;
  for (const token of list) {
    if (typeof token === 'string') {
      if (run >= 0) key += `#${run};`;
      run = -1;
      key += `${token.length}'${token}`;
    } else {
      const open = run < 0 ? 0 : run;
      run = token === STAR ? open | 1 : open + 2;
    }
  }
  return run >= 0 ? `${key}#${run};` : key;
}

/** R151: a key shared by exactly the patterns that match the same texts by their spelling (`a**?b` and `a?*b`). */
export function canonicalPattern(pieces: readonly Piece[], ignoreCase: boolean): string {
  return canonicalText(tokens(pieces, ignoreCase));
}

function literalOnly(text: string): boolean {
  return !hasLoneEdge(text);
}

/** Classifies one pattern; plain-text shapes need runs without lone surrogate edges, else they stay general. */
export function globShape(pieces: readonly Piece[], ignoreCase: boolean): GlobShape {
  const list = tokens(pieces, ignoreCase);
  const runs: string[] = [];
  let stars = 0;
  let anys = 0;
  for (const token of list) {
    if (typeof token === 'string') runs.push(token);
    else if (token === STAR) stars++;
    else anys++;
  }
  const [first, second, third] = list;
  if (runs.length === 0) {
    if (anys === 0) return stars === 0 ? { kind: 'exact', text: '' } : { kind: 'all' };
    return { kind: 'length', count: anys, orMore: stars > 0 };
  }
  if (anys === 0 && stars === 0 && typeof first === 'string') return { kind: 'exact', text: first };
  if (anys === 0 && list.length === 2 && typeof first === 'string' && literalOnly(first)) {
    return { kind: 'prefix', text: first };
  }
  if (anys === 0 && list.length === 2 && typeof second === 'string' && literalOnly(second)) {
    return { kind: 'suffix', text: second };
  }
  if (anys === 0 && list.length === 3 && first === STAR && third === STAR && typeof second === 'string') {
    if (literalOnly(second)) return { kind: 'infix', text: second };
  }
  return {
    kind: 'general',
    runs,
    leading: typeof first === 'string',
    trailing: typeof list[list.length - 1] === 'string',
    key: canonicalText(list),
  };
}
