/**
 * JSON paths as diagnostics show them: `Statement[2].Condition.StringEquals.aws:username`. The root is `''`.
 * A key that would be ambiguous in dotted form (empty, or holding `.`, `[`, `]`, `"` or white space) is written
 * in brackets as a JSON string: `Condition.StringEquals["aws:RequestTag/app.name"]`.
 */
const PLAIN_KEY = /^[^.[\]"\s]+$/;

/** Keys longer than this are far beyond any IAM name (tag keys have 128 characters at most). */
const LONG_KEY = 256;

/**
 * The path of member `key` of the object at `parent`. R141: a key longer than 256 characters is written by its start
 * and its length (`["kkkkkkkkkkkkkkkkkkkk…(16384 characters)"]`), so that a path, and every message that shows it,
 * costs the number of its steps rather than the length of a hostile key; such a path locates the key's object.
 */
export function childPath(parent: string, key: string): string {
  if (key.length > LONG_KEY) return `${parent}[${JSON.stringify(`${key.slice(0, 20)}…(${key.length} characters)`)}]`;
  if (!PLAIN_KEY.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** The path of element `index` of the array at `parent`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** The path one level up (`Statement[2].Effect` → `Statement[2]`), or undefined at the root. */
export function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  if (path.endsWith(']')) {
    const open = openingBracket(path);
    return path.slice(0, open);
  }
  const dot = path.lastIndexOf('.');
  const bracket = path.lastIndexOf(']');
  if (dot > bracket) return path.slice(0, dot);
  return bracket >= 0 ? path.slice(0, bracket + 1) : '';
}

/** Index of the `[` that opens the final bracketed segment, skipping over a quoted key. */
function openingBracket(path: string): number {
  if (path.endsWith('"]')) {
    // Walk back over the JSON string, honouring backslash escapes.
    let i = path.length - 3;
    while (i >= 0) {
      if (path[i] === '"') {
        let slashes = 0;
        for (let k = i - 1; k >= 0 && path[k] === '\\'; k--) slashes++;
        if (slashes % 2 === 0) return i - 1;
      }
      i--;
    }
    return 0;
  }
  return path.lastIndexOf('[');
}

/** One step of a JSON path: a member key or an array index. */
export type PathSegment = string | number;

/**
 * The steps of a path as `childPath` and `indexPath` write it (`a.b[2]["x.y"]`), or undefined when the text is not
 * such a path. Linear in the path's length.
 */
export function pathSegments(path: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      i++;
    } else if (c === '[') {
      const read = path[i + 1] === '"' ? quotedKey(path, i + 1) : index(path, i + 1);
      if (read === undefined) return undefined;
      out.push(read.segment);
      i = read.next;
    } else {
      let end = i;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      out.push(path.slice(i, end));
      i = end;
    }
  }
  return out;
}

/** `"…"]` from `start` (the opening quote): the key and where the path goes on. */
function quotedKey(path: string, start: number): { segment: string; next: number } | undefined {
  for (let j = start + 1; j < path.length; j++) {
    const c = path[j];
    if (c === '\\') j++;
    else if (c === '"') {
      if (path[j + 1] !== ']') return undefined;
      try {
        return { segment: JSON.parse(path.slice(start, j + 1)) as string, next: j + 2 };
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** `12]` from `start`: the index and where the path goes on. */
function index(path: string, start: number): { segment: number; next: number } | undefined {
  let j = start;
  while (j < path.length && path.charCodeAt(j) >= 0x30 && path.charCodeAt(j) <= 0x39) j++;
  if (j === start || path[j] !== ']') return undefined;
  return { segment: Number(path.slice(start, j)), next: j + 1 };
}
