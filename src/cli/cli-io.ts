/** The streams the CLI talks to; `process` satisfies it, and tests pass strings in and collect strings out. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: AsyncIterable<string | Uint8Array>;
}

/** Exit codes (docs/cli.md): 0 clean or warnings only, 1 errors in the policy, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
