import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expect } from 'chai';

// A reader that stops early (`iamspec simulate --batch big.json | head`) must not get Node's EPIPE stack trace.

const ROOT = join(import.meta.dirname, '../..');
const BUNDLE = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/bundles/cross-account-bucket.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'iamspec-pipe-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('the iamspec process when its standard output is closed early', () => {
  it('stops quietly with exit status 141, as a program killed by SIGPIPE does, and prints no stack trace', async () => {
    const file = join(tmp, 'many.json');
    writeFileSync(file, JSON.stringify(Array.from({ length: 600 }, () => BUNDLE)));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'simulate', '--batch', file],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Read the first chunk, then close our end, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr, 'standard error').to.not.match(/EPIPE|\n\s+at /);
    expect(code).to.equal(141);
  });
});
