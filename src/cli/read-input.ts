import { type FileHandle, open } from 'node:fs/promises';
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

/** R4: `exact` is false for a stream (standard input, a FIFO, a device), which is abandoned as it passes the limit. */
function tooLarge(bytes: number, exact: boolean): ReadInputResult {
  const size = exact ? `${formatBytes(bytes)} (${bytes} bytes)` : `over ${formatBytes(MAX_JSON_BYTES)}`;
  const message = `input is ${size}; iamspec reads policies up to ${formatBytes(MAX_JSON_BYTES)}, far above IAM's largest policy quota`;
  return { ok: false, code: 'json-too-large', message };
}

/**
 * Reads a policy file or standard input as UTF-8, refusing oversized input before it is all in memory (R4): a regular
 * file by its size, and anything else (standard input, a FIFO, a device such as /dev/zero) by counting the bytes as
 * they come and giving up at the limit plus one. Failures are one-line messages, never exceptions.
 */
export async function readInput(argument: string, io: CliIo): Promise<ReadInputResult> {
  if (argument === STDIN) return readStdin(io);
  let handle: FileHandle | undefined;
  try {
    handle = await open(argument, 'r');
    const info = await handle.stat();
    if (info.isDirectory())
      return {
        ok: false,
        code: 'input-unreadable',
        message: `cannot read '${argument}': it is a directory; give a policy JSON file`,
      };
    if (info.isFile() && info.size > MAX_JSON_BYTES) return tooLarge(info.size, true);
    const bytes = await readAtMost(handle, MAX_JSON_BYTES);
    return bytes === undefined ? tooLarge(0, false) : { ok: true, text: bytes.toString('utf8') };
  } catch (thrown) {
    return { ok: false, code: 'input-unreadable', message: `cannot read '${argument}': ${describeFsError(thrown)}` };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The bytes up to the end, or undefined as soon as there are more than `limit` (the rest is never read). */
async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer | undefined> {
  const buffer = Buffer.allocUnsafe(limit + 1);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) return buffer.subarray(0, filled);
    filled += bytesRead;
  }
  return undefined;
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
