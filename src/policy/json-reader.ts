import type { Diagnostic } from './diagnostic.js';
import { childPath, indexPath } from './json-path.js';
import { describeFound, type LineIndex } from './json-text.js';
import { emptyJsonObject, type JsonValue, setJsonMember } from './json-value.js';

/** Unwinds the reader to `parseJson`, which turns it into a diagnostic; never escapes `parseJson`. */
export class JsonFailure {
  constructor(
    readonly code: string,
    readonly offset: number,
    readonly path: string,
    readonly text: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const LITERALS: readonly (readonly [string, JsonValue])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
];
const HEX4 = /^[0-9a-fA-F]{4}$/;

export type DuplicateReporter = (offset: number, path: string, key: string) => Diagnostic;

/** A cursor over the text. Containers recurse, but only after the depth check. */
export class JsonReader {
  readonly offsets = new Map<string, number>();
  readonly warnings: Diagnostic[] = [];
  readonly warningOffsets = new Map<Diagnostic, number>();
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly maxDepth: number,
    private readonly reportDuplicate: DuplicateReporter,
  ) {}

  document(): JsonValue {
    // RFC 8259 §8.1 lets a parser ignore a byte order mark; editors on Windows still write one.
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipSpace();
    if (this.pos >= this.text.length)
      this.fail('', 'the input is empty; expected a JSON object such as {"Version": "2012-10-17", "Statement": […]}');
    this.offsets.set('', this.pos);
    const value = this.value('');
    this.skipSpace();
    if (this.pos < this.text.length) {
      this.fail(
        '',
        `unexpected ${this.found()} after the end of the JSON document; a policy file holds exactly one JSON value`,
      );
    }
    return value;
  }

  private value(path: string): JsonValue {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return this.string(path);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number(path);
    for (const [word, literal] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return literal;
      }
    }
    const hint = c === "'" ? '; JSON strings use double quotes' : '';
    return this.fail(path, `expected a JSON value${this.where(path)}, found ${this.found()}${hint}`);
  }

  private object(path: string): JsonValue {
    this.enter(path);
    const result = emptyJsonObject();
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return this.leave(result);
    }
    for (;;) {
      this.member(result, path);
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === '}') return this.leave(result);
      if (next !== ',') {
        const found = this.found(this.pos - 1);
        this.fail(path, `expected ',' or '}' after a property${this.where(path)}, found ${found}`, this.pos - 1);
      }
    }
  }

  /** Reads one `"key": value` pair into `result`. */
  private member(result: Record<string, JsonValue>, path: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== '"') {
      const found = this.text[this.pos];
      const hint =
        found === '}' ? "; JSON does not allow a comma before '}'" : found === "'" ? '; JSON uses double quotes' : '';
      this.fail(path, `expected a property name in double quotes${this.where(path)}, found ${this.found()}${hint}`);
    }
    const keyOffset = this.pos;
    const key = this.string(path);
    const memberPath = childPath(path, key);
    this.skipSpace();
    if (this.text[this.pos] !== ':') {
      this.fail(memberPath, `expected ':' after property name ${JSON.stringify(key)}, found ${this.found()}`);
    }
    this.pos++;
    // Set on every occurrence, so a duplicate key points at the value that is kept: the last (R5).
    this.offsets.set(memberPath, keyOffset);
    const value = this.value(memberPath);
    if (Object.hasOwn(result, key)) this.duplicate(keyOffset, memberPath, key);
    setJsonMember(result, key, value);
  }

  private array(path: string): JsonValue {
    this.enter(path);
    const result: JsonValue[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return this.leave(result);
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']')
        this.fail(
          path,
          `expected an array element${this.where(path)}, found ']'; JSON does not allow a comma before ']'`,
        );
      const elementPath = indexPath(path, result.length);
      this.offsets.set(elementPath, this.pos);
      result.push(this.value(elementPath));
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === ']') return this.leave(result);
      if (next !== ',')
        this.fail(
          path,
          `expected ',' or ']' after an array element${this.where(path)}, found ${this.found(this.pos - 1)}`,
          this.pos - 1,
        );
    }
  }

  private string(path: string): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    let chunk = this.pos;
    for (;;) {
      if (this.pos >= this.text.length)
        this.fail(
          path,
          `unterminated string${this.where(path)}: no closing '"' for the string that starts at ${this.describeOffset(start)}`,
        );
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) break;
      if (c < 0x20)
        this.fail(
          path,
          `control character ${this.found()} inside a string${this.where(path)}; write it as an escape such as \\n or \\u0009`,
        );
      if (c === 0x5c) {
        out += this.text.slice(chunk, this.pos) + this.escape(path);
        chunk = this.pos;
      } else this.pos++;
    }
    out += this.text.slice(chunk, this.pos);
    this.pos++;
    return out;
  }

  /** Reads one escape after a backslash; the cursor ends just past it. */
  private escape(path: string): string {
    const letter = this.text[this.pos + 1] ?? '';
    if (letter === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!HEX4.test(hex))
        this.fail(path, `invalid escape '\\u${hex}' in a string${this.where(path)}; \\u takes exactly four hex digits`);
      this.pos += 6;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    const replacement = ESCAPES[letter];
    if (replacement === undefined)
      this.fail(
        path,
        `invalid escape '\\${letter}' in a string${this.where(path)}; valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`,
      );
    this.pos += 2;
    return replacement ?? '';
  }

  private number(path: string): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null)
      return this.fail(
        path,
        `invalid number${this.where(path)}: found ${this.found()}; a JSON number looks like 10, -1.5 or 2e3`,
      );
    const next = this.text.charCodeAt(this.pos + match[0].length);
    if (next >= 0x30 && next <= 0x39) {
      this.fail(
        path,
        `invalid number${this.where(path)}: JSON numbers have no leading zeros; drop the leading 0 or quote the value as a string`,
      );
    }
    const value = Number(match[0]);
    if (!Number.isFinite(value)) this.fail(path, `number ${match[0]}${this.where(path)} is too large to represent`);
    this.pos += match[0].length;
    return value;
  }

  private enter(path: string): void {
    // R4: the check comes before the recursive call, so the stack never grows past maxDepth frames.
    if (this.depth >= this.maxDepth) {
      this.fail(
        path,
        `nesting deeper than ${this.maxDepth} levels${this.where(path)}; IAM policies nest about six levels, so this is not a policy`,
        this.pos,
        'json-too-deep',
      );
    }
    this.depth++;
  }

  private leave<T extends JsonValue>(value: T): T {
    this.depth--;
    return value;
  }

  private duplicate(offset: number, path: string, key: string): void {
    const diagnostic = this.reportDuplicate(offset, path, key);
    this.warnings.push(diagnostic);
    this.warningOffsets.set(diagnostic, offset);
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  private found(offset = this.pos): string {
    return describeFound(this.text, offset);
  }

  private where(path: string): string {
    if (path === '') return '';
    // Deep paths (see json-too-deep) would swamp the line; the tail is the informative part.
    return path.length > 80 ? ` in …${path.slice(-60)}` : ` in ${path}`;
  }

  private describeOffset(offset: number): string {
    const { line, column } = this.lines.position(offset);
    return `line ${line}, column ${column}`;
  }

  private fail(path: string, text: string, offset = this.pos, code = 'json-syntax'): never {
    throw new JsonFailure(code, offset, path, text);
  }
}
