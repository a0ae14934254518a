import type { Diagnostic } from '../policy/diagnostic.js';
import type { SourcePosition } from '../policy/json-value.js';

/** One diagnostic with the place it points to, as the CLI prints it. */
export interface LocatedDiagnostic {
  readonly diagnostic: Diagnostic;
  readonly position?: SourcePosition;
}

/** `FILE:LINE:COL: error [code] message (at JSON.path)`; the position is left out when unknown. */
export function formatLine(file: string, item: LocatedDiagnostic): string {
  const { diagnostic: d, position } = item;
  const where = position === undefined ? file : `${file}:${position.line}:${position.column}`;
  const at = d.path === '' ? '' : ` (at ${d.path})`;
  return `${where}: ${d.severity} [${d.code}] ${d.message}${at}`;
}

/** `policy.json: 2 errors, 1 warning`, or `policy.json: no problems found`. */
export function formatSummary(file: string, items: readonly LocatedDiagnostic[]): string {
  const errors = items.filter((i) => i.diagnostic.severity === 'error').length;
  const warnings = items.length - errors;
  if (items.length === 0) return `${file}: no problems found`;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** The `--json` report: `{file, diagnostics: [{code, severity, message, path, line?, column?}]}`. */
export function formatJsonReport(file: string, items: readonly LocatedDiagnostic[]): string {
  const diagnostics = items.map(({ diagnostic: d, position }) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    path: d.path,
    ...(position === undefined ? {} : { line: position.line, column: position.column }),
  }));
  return `${JSON.stringify({ file, diagnostics }, null, 2)}\n`;
}
