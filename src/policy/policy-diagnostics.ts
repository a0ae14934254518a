import { type Diagnostic, error, warning } from './diagnostic.js';
import type { SourcePosition } from './json-value.js';

/**
 * Collects the findings of one parse. `fail` records a structural error: the document cannot be represented
 * faithfully as a `Policy`, so none is returned. `error` records a rule violation in a document that is still
 * representable (the engine must refuse it, but lint can look at it). Messages start with the file name and,
 * for text input, the line and column.
 */
export class PolicyDiagnostics {
  readonly list: Diagnostic[] = [];
  private failures = 0;

  constructor(
    private readonly source: string | undefined,
    private readonly locate: (path: string) => SourcePosition | undefined,
  ) {}

  /** True when some structural error means no `Policy` can be built. */
  get structurallyBroken(): boolean {
    return this.failures > 0;
  }

  /** How many structural errors so far; a parser compares counts to see whether its part failed. */
  get failureCount(): number {
    return this.failures;
  }

  fail(code: string, path: string, text: string): void {
    this.failures++;
    this.list.push(error(code, path, this.message(path, text)));
  }

  error(code: string, path: string, text: string): void {
    this.list.push(error(code, path, this.message(path, text)));
  }

  warn(code: string, path: string, text: string): void {
    this.list.push(warning(code, path, this.message(path, text)));
  }

  /**
   * Adds a diagnostic from a checker that knows neither the file nor, in its message, the path: the message
   * gains both, so it reads like the parser's own.
   */
  adopt(diagnostic: Diagnostic): void {
    const text = diagnostic.path === '' ? diagnostic.message : `${diagnostic.path}: ${diagnostic.message}`;
    this.list.push({ ...diagnostic, message: this.message(diagnostic.path, text) });
  }

  /** Adds diagnostics produced elsewhere (JSON warnings), unchanged. */
  add(diagnostics: readonly Diagnostic[]): void {
    this.list.push(...diagnostics);
  }

  private message(path: string, text: string): string {
    if (this.source === undefined) return text;
    const at = this.locate(path);
    return at === undefined ? `${this.source}: ${text}` : `${this.source}:${at.line}:${at.column}: ${text}`;
  }
}
