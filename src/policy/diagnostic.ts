/** How bad a finding is: an `error` makes a policy unusable, a `warning` is advice. */
export type Severity = 'error' | 'warning';

/**
 * One finding about a policy or an input file. Bad input is data, never a thrown stack.
 * `path` is a JSON path into the document, e.g. `Statement[2].Condition.StringEquals`.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: string;
}

/** Builds an error diagnostic. */
export function error(code: string, path: string, message: string): Diagnostic {
  return { code, severity: 'error', message, path };
}

/** Builds a warning diagnostic. */
export function warning(code: string, path: string, message: string): Diagnostic {
  return { code, severity: 'warning', message, path };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
