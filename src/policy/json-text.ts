import type { SourcePosition } from './json-value.js';

/**
 * Turns offsets into line and column numbers. Line starts are found once; each lookup is a binary search,
 * so locating thousands of diagnostics in a large file stays cheap.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // "\r\n" is one line break; a lone "\r" (old Mac files) is one too.
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
    }
    this.starts = starts;
  }

  position(offset: number): SourcePosition {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/** UTF-8 size of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const CONTROL_NAMES = new Map([
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
]);
const WORD = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Describes the character at `offset` for "found …" in messages: `'"'`, `'\n'`, `end of input`. */
export function describeFound(text: string, offset: number): string {
  if (offset >= text.length) return 'end of input';
  const c = text.charCodeAt(offset);
  if (c < 0x20 || c === 0x7f) {
    const named = CONTROL_NAMES.get(c) ?? `\\u${c.toString(16).padStart(4, '0')}`;
    return `'${named}'`;
  }
  // A word (True, None, undefined …) reads better whole than as its first letter.
  const word = WORD.exec(text.slice(offset, offset + 20));
  if (word !== null && word[0].length > 1) return `'${word[0]}'`;
  if (c === 0x27) return `"'"`;
  return `'${String.fromCodePoint(text.codePointAt(offset) ?? c)}'`;
}

/** Formats a byte count as MiB/KiB for size messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}
