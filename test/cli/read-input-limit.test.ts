import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import { readInput } from '../../src/cli/read-input.js';
import { MAX_JSON_BYTES } from '../../src/policy/parse-json.js';
import { run } from './run-cli.js';

// R4: input is read with a byte counter and abandoned at 1 MiB + 1 byte, whatever the file is: a regular file, a
// character device such as /dev/zero (whose size says 0), a FIFO, or standard input. Before, `validate /dev/zero`
// read about 600 MB before it failed with "Invalid string length".

const tmp = mkdtempSync(join(tmpdir(), 'iamspec-limit-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const io = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdin: (async function* () {})(),
};

/** Runs `mkfifo` and resolves once it has made the FIFO. */
function mkfifo(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mkfifo', [path]);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mkfifo exited ${code}`))));
  });
}

describe('R4 the CLI stops reading at the 1 MiB limit, for every kind of input', () => {
  for (const command of ['validate', 'simulate']) {
    it(`R4 iamspec ${command} /dev/zero: one line naming the file, json-too-large, exit 2`, async () => {
      const started = performance.now();
      const result = await run([command, '/dev/zero']);
      expect(result.code).to.equal(2);
      expect(result.stdout).to.equal('');
      expect(result.stderr).to.equal(
        "/dev/zero: error [json-too-large] input is over 1 MiB; iamspec reads policies up to 1 MiB, far above IAM's largest policy quota\n",
      );
      // Generous: reading 1 MiB takes milliseconds; reading until V8's string limit took seconds.
      expect(performance.now() - started, 'milliseconds').to.be.below(1000);
    });
  }

  it('R4 readInput stops a FIFO that streams more than 1 MiB', async () => {
    const fifo = join(tmp, 'fifo');
    await mkfifo(fifo);
    // A writer that would send 8 MiB; the reader must give up after 1 MiB + 1 byte, which ends the writer with EPIPE.
    const writer = spawn('sh', ['-c', `head -c ${8 * MAX_JSON_BYTES} /dev/zero > '${fifo}'`], { stdio: 'ignore' });
    const result = await readInput(fifo, io);
    writer.kill();
    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.code).to.equal('json-too-large');
  });

  it('R4 readInput reads a FIFO under the limit whole', async () => {
    const fifo = join(tmp, 'small-fifo');
    await mkfifo(fifo);
    const writer = spawn('sh', ['-c', `printf '{"a": 1}' > '${fifo}'`], { stdio: 'ignore' });
    const result = await readInput(fifo, io);
    writer.kill();
    expect(result).to.deep.equal({ ok: true, text: '{"a": 1}' });
  });

  it('R4 a regular file of exactly 1 MiB is read, one byte more is refused with its exact size', async () => {
    const exact = join(tmp, 'exact.json');
    writeFileSync(exact, `"${'x'.repeat(MAX_JSON_BYTES - 2)}"`);
    const read = await readInput(exact, io);
    expect(read.ok && read.text.length).to.equal(MAX_JSON_BYTES);
    const over = join(tmp, 'over.json');
    writeFileSync(over, 'x'.repeat(MAX_JSON_BYTES + 1));
    const refused = await readInput(over, io);
    expect(refused.ok ? '' : refused.message).to.include('(1048577 bytes)');
  });

  it('R4 a sparse 4 GiB file is refused by its size without reading it', async () => {
    const huge = join(tmp, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 4 * 1024 * MAX_JSON_BYTES);
    const result = await run(['validate', huge]);
    expect(result.code).to.equal(2);
    expect(result.stderr.split('\n')).to.have.length(2);
    expect(result.stderr).to.equal(
      `${huge}: error [json-too-large] input is 4096 MiB (4294967296 bytes); iamspec reads policies up to 1 MiB, far above IAM's largest policy quota\n`,
    );
  });
});
