import { readFile, stat } from 'node:fs/promises';
import { formatBytes } from '../policy/json-text.js';
import { MAX_JSON_BYTES } from '../policy/parse-json.js';
import type { CliIo } from './cli-io.js';

export type ReadInputResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

const STDIN = '-';

/** The name diagnostics show for an input argument. */
export function displayName(argument: string): string {
  return argument === STDIN ? '<stdin>' : argument;
}

/** R4: `exact` is false for standard input, which is abandoned as soon as it passes the limit. */
function tooLarge(bytes: number, exact: boolean): ReadInputResult {
  const size = exact ? `${formatBytes(bytes)} (${bytes} bytes)` : `over ${formatBytes(MAX_JSON_BYTES)}`;
  const message = `input is ${size}; iamspec reads policies up to ${formatBytes(MAX_JSON_BYTES)}, far above IAM's largest policy quota`;
  return { ok: false, code: 'json-too-large', message };
}

/**
 * Reads a policy file or standard input as UTF-8, refusing oversized input before it is all in memory (R4).
 * Failures are one-line messages, never exceptions.
 */
export async function readInput(argument: string, io: CliIo): Promise<ReadInputResult> {
  if (argument === STDIN) return readStdin(io);
  try {
    const info = await stat(argument);
    if (info.isDirectory())
      return {
        ok: false,
        code: 'input-unreadable',
        message: `cannot read '${argument}': it is a directory; give a policy JSON file`,
      };
    if (info.size > MAX_JSON_BYTES) return tooLarge(info.size, true);
    return { ok: true, text: await readFile(argument, 'utf8') };
  } catch (thrown) {
    return { ok: false, code: 'input-unreadable', message: `cannot read '${argument}': ${describeFsError(thrown)}` };
  }
}

async function readStdin(io: CliIo): Promise<ReadInputResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    // Stop collecting once over the limit; the rest of the stream is not worth holding.
    if (size > MAX_JSON_BYTES) return tooLarge(size, false);
    chunks.push(buffer);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}

function describeFsError(thrown: unknown): string {
  const code = typeof thrown === 'object' && thrown !== null ? (thrown as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return message.split('\n')[0] ?? message;
}
