import { compileGlob, type Glob } from '../match/glob.js';
import type { Piece } from '../match/policy-variables.js';

/** A catalogue condition key written with placeholders, such as `s3:ExistingObjectTag/${TagKey}`. */
export interface KeyTemplate {
  /** The key as the catalogue spells it. */
  readonly canonical: string;
  /** The lowercased text before the first placeholder, for suggestions (`s3:existingobjecttag/`). */
  readonly head: string;
  /** Matches a lowercased key that fills every placeholder with at least one character. */
  readonly glob: Glob;
}

const OPEN = '${';

/**
 * Compiles a templated key once. A placeholder stands for free-form text of at least one character (a tag key,
 * an attribute name …), so it becomes `?*`; the text around it is literal, never a wildcard (R34's pieces).
 */
export function compileKeyTemplate(canonical: string): KeyTemplate {
  const lower = canonical.toLowerCase();
  const pieces: Piece[] = [];
  let from = 0;
  for (;;) {
    const open = lower.indexOf(OPEN, from);
    const close = open < 0 ? -1 : lower.indexOf('}', open + OPEN.length);
    if (close < 0) break;
    pieces.push({ text: lower.slice(from, open), wildcards: false }, { text: '?*', wildcards: true });
    from = close + 1;
  }
  pieces.push({ text: lower.slice(from), wildcards: false });
  const open = lower.indexOf(OPEN);
  return { canonical, head: open < 0 ? lower : lower.slice(0, open), glob: compileGlob(pieces) };
}

const TAG_KEY_TAIL = '/tag-key';

/**
 * The catalogue writes placeholders three ways: `${TagKey}`, `<key>` (`s3:ExistingObjectTag/<key>`) and a trailing
 * `/tag-key` (`aws:PrincipalTag/tag-key`); this rewrites the other two as `${…}`.
 */
export function placeholderForm(key: string): string {
  let text = key.endsWith(TAG_KEY_TAIL) ? `${key.slice(0, -TAG_KEY_TAIL.length)}/\${TagKey}` : key;
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
    const close = text.indexOf('>', open);
    if (close < 0) break;
    text = `${text.slice(0, open)}\${${text.slice(open + 1, close)}}${text.slice(close + 1)}`;
  }
  return text;
}

/** True when a catalogue key has a `${…}` placeholder. */
export function isTemplated(key: string): boolean {
  const open = key.indexOf(OPEN);
  return open >= 0 && key.indexOf('}', open) > open;
}
