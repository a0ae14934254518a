import { childPath, indexPath } from './json-path.js';
import { ElementPlaces, JsonPlaces, KeyPlaces, type Places } from './json-places.js';
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

/**
 * Where the reader is, as a chain from the member or element being read up to the root: building the path's text
 * for every value would cost a string per value, so the text is made only for a message (`pathText`).
 */
type Path = { readonly parent: Path; readonly key: string | number } | undefined;

/** The JSON path text of a reader position (`Statement[0].Effect`), made only when a message needs it. */
function pathText(path: Path): string {
  const keys: (string | number)[] = [];
  for (let at = path; at !== undefined; at = at.parent) keys.push(at.key);
  let text = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string | number;
    text = typeof key === 'number' ? indexPath(text, key) : childPath(text, key);
  }
  return text;
}

/** The path node of member `key` of `parent`, or `parent` itself for the document (`key` undefined). */
function at(parent: Path, key: string | number | undefined): Path {
  return key === undefined ? parent : { parent, key };
}

/** A key given twice in one object (R5): where each occurrence starts, and the member's path. */
export interface DuplicateKey {
  /** The second occurrence's key. */
  readonly offset: number;
  /** The earlier occurrence's key. */
  readonly firstOffset: number;
  readonly path: string;
}

/** Told of each duplicate key as it is read; throwing a JsonFailure from it stops the reader. */
export type DuplicateHandler = (duplicate: DuplicateKey) => void;

/**
 * A cursor over the text. Containers recurse, but only after the depth check. Nothing is keyed by JSON path (R141):
 * positions are kept per container in `places`.
 */
export class JsonReader {
  readonly places = new JsonPlaces();
  /** The places of the container the last value() read, or undefined when it read a scalar. */
  private lastPlaces: Places | undefined;
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly maxDepth: number,
    private readonly onDuplicate: DuplicateHandler,
  ) {}

  document(): JsonValue {
    // RFC 8259 §8.1 lets a parser ignore a byte order mark; editors on Windows still write one.
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipSpace();
    if (this.pos >= this.text.length)
      this.fail(
        undefined,
        'the input is empty; expected a JSON object such as {"Version": "2012-10-17", "Statement": […]}',
      );
    const rootOffset = this.pos;
    const value = this.value(undefined);
    this.places.root(rootOffset, this.lastPlaces);
    this.skipSpace();
    if (this.pos < this.text.length) {
      this.fail(
        undefined,
        `unexpected ${this.found()} after the end of the JSON document; a policy file holds exactly one JSON value`,
      );
    }
    return value;
  }

  /**
   * The value of the member `key` of `parent` (the document itself when `key` is undefined). Its path node is made
   * only for a container, which passes it down, or for a message: scalars, most of a document's values, need none.
   */
  private value(parent: Path, key?: string | number): JsonValue {
    this.skipSpace();
    this.lastPlaces = undefined;
    const c = this.text[this.pos];
    if (c === '{') return this.object(at(parent, key));
    if (c === '[') return this.array(at(parent, key));
    if (c === '"') return this.string(parent, key);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number(parent, key);
    for (const [word, literal] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return literal;
      }
    }
    const hint = c === "'" ? '; JSON strings use double quotes' : '';
    const path = at(parent, key);
    return this.fail(path, `expected a JSON value${this.where(path)}, found ${this.found()}${hint}`);
  }

  private object(path: Path): JsonValue {
    this.enter(path);
    const result = emptyJsonObject();
    const keys = new KeyPlaces();
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return this.leave(result, keys);
    }
    for (;;) {
      this.member(result, keys, path);
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === '}') return this.leave(result, keys);
      if (next !== ',') {
        const found = this.found(this.pos - 1);
        this.fail(path, `expected ',' or '}' after a property${this.where(path)}, found ${found}`, this.pos - 1);
      }
    }
  }

  /** Reads one `"key": value` pair into `result`, noting where its key starts in `keys`. */
  private member(result: Record<string, JsonValue>, keys: KeyPlaces, path: Path): void {
    this.skipSpace();
    if (this.text[this.pos] !== '"') {
      const found = this.text[this.pos];
      const hint =
        found === '}' ? "; JSON does not allow a comma before '}'" : found === "'" ? '; JSON uses double quotes' : '';
      this.fail(path, `expected a property name in double quotes${this.where(path)}, found ${this.found()}${hint}`);
    }
    const keyOffset = this.pos;
    const key = this.string(path);
    this.skipSpace();
    if (this.text[this.pos] !== ':') {
      this.fail(at(path, key), `expected ':' after property name ${JSON.stringify(key)}, found ${this.found()}`);
    }
    this.pos++;
    // Object.hasOwn first: most keys are new, and it needs no search of the offsets.
    const firstOffset = Object.hasOwn(result, key) ? keys.get(key)?.offset : undefined;
    if (firstOffset !== undefined) this.onDuplicate({ offset: keyOffset, firstOffset, path: pathText(at(path, key)) });
    const value = this.value(path, key);
    // R5: a repeated key is an error; when the reader goes on, the first occurrence stays, value and place alike.
    if (firstOffset !== undefined) return;
    keys.add(key, keyOffset, this.lastPlaces);
    setJsonMember(result, key, value);
  }

  private array(path: Path): JsonValue {
    this.enter(path);
    const result: JsonValue[] = [];
    const elements = new ElementPlaces();
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return this.leave(result, elements);
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']')
        this.fail(
          path,
          `expected an array element${this.where(path)}, found ']'; JSON does not allow a comma before ']'`,
        );
      const offset = this.pos;
      result.push(this.value(path, result.length));
      elements.add(offset, this.lastPlaces);
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === ']') return this.leave(result, elements);
      if (next !== ',')
        this.fail(
          path,
          `expected ',' or ']' after an array element${this.where(path)}, found ${this.found(this.pos - 1)}`,
          this.pos - 1,
        );
    }
  }

  private string(parent: Path, key?: string | number): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    let chunk = this.pos;
    for (;;) {
      if (this.pos >= this.text.length)
        this.fail(
          at(parent, key),
          `unterminated string${this.where(at(parent, key))}: no closing '"' for the string that starts at ${this.describeOffset(start)}`,
        );
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x22) break;
      if (c < 0x20)
        this.fail(
          at(parent, key),
          `control character ${this.found()} inside a string${this.where(at(parent, key))}; write it as an escape such as \\n or \\u0009`,
        );
      if (c === 0x5c) {
        out += this.text.slice(chunk, this.pos) + this.escape(parent, key);
        chunk = this.pos;
      } else this.pos++;
    }
    out += this.text.slice(chunk, this.pos);
    this.pos++;
    return out;
  }

  /** Reads one escape after a backslash; the cursor ends just past it. */
  private escape(parent: Path, key: string | number | undefined): string {
    const letter = this.text[this.pos + 1] ?? '';
    if (letter === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!HEX4.test(hex))
        this.fail(
          at(parent, key),
          `invalid escape '\\u${hex}' in a string${this.where(at(parent, key))}; \\u takes exactly four hex digits`,
        );
      this.pos += 6;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    const replacement = ESCAPES[letter];
    if (replacement === undefined)
      this.fail(
        at(parent, key),
        `invalid escape '\\${letter}' in a string${this.where(at(parent, key))}; valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`,
      );
    this.pos += 2;
    return replacement ?? '';
  }

  private number(parent: Path, key?: string | number): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null)
      return this.fail(
        at(parent, key),
        `invalid number${this.where(at(parent, key))}: found ${this.found()}; a JSON number looks like 10, -1.5 or 2e3`,
      );
    const next = this.text.charCodeAt(this.pos + match[0].length);
    if (next >= 0x30 && next <= 0x39) {
      this.fail(
        at(parent, key),
        `invalid number${this.where(at(parent, key))}: JSON numbers have no leading zeros; drop the leading 0 or quote the value as a string`,
      );
    }
    const value = Number(match[0]);
    if (!Number.isFinite(value))
      this.fail(at(parent, key), `number ${match[0]}${this.where(at(parent, key))} is too large to represent`);
    this.pos += match[0].length;
    return value;
  }

  private enter(path: Path): void {
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

  /** Leaves a container: its places become those of the value just read. */
  private leave<T extends JsonValue>(value: T, places: Places): T {
    this.depth--;
    this.lastPlaces = places;
    return value;
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

  private where(at: Path): string {
    if (at === undefined) return '';
    const path = pathText(at);
    // Deep paths (see json-too-deep) would swamp the line; the tail is the informative part.
    return path.length > 80 ? ` in …${path.slice(-60)}` : ` in ${path}`;
  }

  private describeOffset(offset: number): string {
    const { line, column } = this.lines.position(offset);
    return `line ${line}, column ${column}`;
  }

  private fail(path: Path, text: string, offset = this.pos, code = 'json-syntax'): never {
    throw new JsonFailure(code, offset, pathText(path), text);
  }
}
