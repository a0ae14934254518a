import { type Diagnostic, error, warning } from './diagnostic.js';
import { parentPath } from './json-path.js';
import { JsonFailure, JsonReader } from './json-reader.js';
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
}

/** A JSON text that was read: its value, warnings, and where each JSON path sits in the text. */
export interface JsonDocument {
  readonly value: JsonValue;
  /** Duplicate keys (`json-duplicate-key`); never errors. */
  readonly warnings: readonly Diagnostic[];
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
  const reader = new JsonReader(text, lines, options.maxDepth ?? MAX_JSON_DEPTH, (offset, path, key) =>
    warning('json-duplicate-key', path, `${prefix(offset)}${duplicateMessage(path, key)}`),
  );
  try {
    const value = reader.document();
    return { ok: true, document: makeDocument(value, reader, lines) };
  } catch (thrown) {
    if (!(thrown instanceof JsonFailure)) throw thrown;
    const position = lines.position(thrown.offset);
    return { ok: false, error: error(thrown.code, thrown.path, `${prefix(thrown.offset)}${thrown.text}`), position };
  }
}

function duplicateMessage(path: string, key: string): string {
  const where = parentPath(path) || 'the top level';
  return `duplicate key ${JSON.stringify(key)} in ${where}; the IAM grammar forbids repeated keys and only the last one takes effect (R5), so remove or merge the earlier ${JSON.stringify(key)}`;
}

function makeDocument(value: JsonValue, reader: JsonReader, lines: LineIndex): JsonDocument {
  const locate = (path: string): SourcePosition | undefined => {
    for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) {
      const offset = reader.offsets.get(p);
      if (offset !== undefined) return lines.position(offset);
    }
    return undefined;
  };
  return {
    value,
    warnings: reader.warnings,
    locate,
    positionOf: (d) => {
      const own = reader.warningOffsets.get(d);
      return own === undefined ? locate(d.path) : lines.position(own);
    },
  };
}
