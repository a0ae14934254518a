/**
 * JSON paths as diagnostics show them: `Statement[2].Condition.StringEquals.aws:username`. The root is `''`.
 * A key that would be ambiguous in dotted form (empty, or holding `.`, `[`, `]`, `"` or white space) is written
 * in brackets as a JSON string: `Condition.StringEquals["aws:RequestTag/app.name"]`.
 */
const PLAIN_KEY = /^[^.[\]"\s]+$/;

/** The path of member `key` of the object at `parent`. */
export function childPath(parent: string, key: string): string {
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
