import { type Diagnostic, error } from './diagnostic.js';
import { type DuplicateKey, JsonFailure, JsonReader } from './json-reader.js';
import { formatBytes, LineIndex, utf8Length } from './json-text.js';
import type { JsonValue, SourcePosition } from './json-value.js';

/** R4: generous next to IAM's largest policy quota (10,240 characters), small enough to never strain memory. */
export const MAX_JSON_BYTES = 1024 * 1024;
/** R4: real policies nest about six levels deep; 64 leaves room and keeps recursion bounded. */
export const MAX_JSON_DEPTH = 64;

export interface ParseJsonOptions {
  /** File name for messages, e.g. `policy.json`. */
  readonly source?: string;
  readonly maxBytes?: number;
  readonly maxDepth?: number;
  /**
   * R5: what a key given twice in one object does. `'fail'` (the default) refuses the text at the second
   * occurrence, so no caller can act on an ambiguous document by accident; `'report'` reads on (the first value is
   * kept) and lists every duplicate as an error in `duplicates`, for validation that reports everything at once.
   */
  readonly duplicateKeys?: 'fail' | 'report';
}

/** A JSON text that was read: its value, its duplicate keys, and where each JSON path sits in the text. */
export interface JsonDocument {
  readonly value: JsonValue;
  /** Duplicate keys (`json-duplicate-key`, errors, R5); always empty unless `duplicateKeys: 'report'`. */
  readonly duplicates: readonly Diagnostic[];
  /** Line and column of the value at `path`, or of its nearest ancestor when the path is not in the text. */
  locate(path: string): SourcePosition | undefined;
  /** Where a diagnostic from this document points: its own position when known, else `locate(path)`. */
  positionOf(diagnostic: Diagnostic): SourcePosition | undefined;
}

export type ParseJsonResult =
  | { readonly ok: true; readonly document: JsonDocument }
  | { readonly ok: false; readonly error: Diagnostic; readonly position: SourcePosition };

/** Reads one JSON text (RFC 8259). Never throws; never recurses deeper than `maxDepth`. */
export function parseJson(text: string, options: ParseJsonOptions = {}): ParseJsonResult {
  const maxBytes = options.maxBytes ?? MAX_JSON_BYTES;
  const lines = new LineIndex(text);
  const prefix = (offset: number): string => {
    if (options.source === undefined) return '';
    const { line, column } = lines.position(offset);
    return `${options.source}:${line}:${column}: `;
  };
  // R4: UTF-8 length is never below the UTF-16 length, so the cheap test settles most large inputs.
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    const message = `input is ${formatBytes(bytes)} (${bytes} bytes); iamspec reads policies up to ${formatBytes(maxBytes)} (${maxBytes} bytes), far above IAM's largest policy quota`;
    return {
      ok: false,
      error: error('json-too-large', '', `${prefix(0)}${message}`),
      position: { line: 1, column: 1 },
    };
  }
  const duplicates = new Map<Diagnostic, number>();
  const onDuplicate = (d: DuplicateKey): void => {
    const message = duplicateMessage(d, lines);
    if (options.duplicateKeys !== 'report') throw new JsonFailure('json-duplicate-key', d.offset, d.path, message);
    duplicates.set(error('json-duplicate-key', d.path, `${prefix(d.offset)}${message}`), d.offset);
  };
  const reader = new JsonReader(text, lines, options.maxDepth ?? MAX_JSON_DEPTH, onDuplicate);
  try {
    const value = reader.document();
    return { ok: true, document: makeDocument(value, reader, lines, duplicates) };
  } catch (thrown) {
    if (!(thrown instanceof JsonFailure)) throw thrown;
    const position = lines.position(thrown.offset);
    return { ok: false, error: error(thrown.code, thrown.path, `${prefix(thrown.offset)}${thrown.text}`), position };
  }
}

/** R5: names the member and both places, since either value could be the one a reader keeps. */
function duplicateMessage(d: DuplicateKey, lines: LineIndex): string {
  const at = (offset: number) => {
    const { line, column } = lines.position(offset);
    return `${line}:${column}`;
  };
  return `${d.path} is given twice: first at ${at(d.firstOffset)}, again at ${at(d.offset)}; a repeated key is ambiguous (IAM Access Analyzer reports it as an error), so keep only one (R5)`;
}

function makeDocument(
  value: JsonValue,
  reader: JsonReader,
  lines: LineIndex,
  duplicates: ReadonlyMap<Diagnostic, number>,
): JsonDocument {
  const locate = (path: string): SourcePosition | undefined => {
    const offset = reader.places.offsetOf(path);
    return offset === undefined ? undefined : lines.position(offset);
  };
  return {
    value,
    duplicates: [...duplicates.keys()],
    locate,
    positionOf: (d) => {
      // Most documents have no duplicate: then no diagnostic is looked up by identity (which would give each one a hash).
      const own = duplicates.size === 0 ? undefined : duplicates.get(d);
      return own === undefined ? locate(d.path) : lines.position(own);
    },
  };
}
