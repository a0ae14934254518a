/** Where the separating colons of an ARN as written in a policy are. */
export interface ArnSourceLayout {
  /** Indexes of the first five colons that are not inside a `${...}` variable (R25). */
  readonly colons: readonly number[];
  /** Index where the resource part (after the fifth colon) starts, or -1 when there are fewer colons. */
  readonly resourceStart: number;
  /** True when a `${...}` variable appears before the resource part (R35). */
  readonly variableBeforeResource: boolean;
}

/**
 * Finds the ARN separators in policy text. A variable such as `${aws:username}` contains a colon that
 * separates nothing, so with `supportsVariables` each closed `${...}` is stepped over whole (R36: an
 * unclosed `${` is plain text).
 */
export function scanArnSource(source: string, supportsVariables: boolean): ArnSourceLayout {
  const colons: number[] = [];
  let variableBeforeResource = false;
  let i = 0;
  while (i < source.length && colons.length < 5) {
    if (supportsVariables && source.startsWith('${', i)) {
      const close = source.indexOf('}', i + 2);
      if (close >= 0) {
        variableBeforeResource = true;
        i = close + 1;
        continue;
      }
    }
    if (source.charCodeAt(i) === 0x3a) colons.push(i);
    i++;
  }
  const fifth = colons[4];
  return { colons, resourceStart: fifth === undefined ? -1 : fifth + 1, variableBeforeResource };
}
