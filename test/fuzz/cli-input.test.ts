import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { MAX_JSON_BYTES } from '../../src/policy/parse-json.js';
import { bundle } from '../../src/testing/index.js';
import { type Run, run } from '../cli/run-cli.js';
import { SEED } from '../properties/replay.js';
import {
  expectNoPollution,
  hostileBundle,
  hostileText,
  LARGE_INPUT_MS,
  limitTexts,
  nestedArrays,
  prototypeSnapshot,
  SMALL_INPUT_MS,
  withinMsAsync,
} from './hostile-inputs.js';

// The command line on hostile input: an exit status of 0, 1 or 2 with one-line messages, never an exception, a hang
// or a stack trace (docs/cli.md). IAMSPEC_SEED replays a run.

const ROOT = join(import.meta.dirname, '../..');
const BEFORE = prototypeSnapshot();
const tmp = mkdtempSync(join(tmpdir(), 'iamspec-fuzz-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

let files = 0;
function file(text: string): string {
  const path = join(tmp, `input-${files++}.json`);
  writeFileSync(path, text);
  return path;
}

/** A line of a JavaScript stack trace. */
const STACK_LINE = /^\s+at /m;

/** True when stdout is a `validate --json` report with at least one diagnostic. */
function jsonReportWithDiagnostics(stdout: string): boolean {
  try {
    const report = JSON.parse(stdout) as { diagnostics?: unknown };
    return Array.isArray(report.diagnostics) && report.diagnostics.length > 0;
  } catch {
    return false;
  }
}

function expectCleanExit(result: Run, what: string): void {
  expect([0, 1, 2], `${what}: exit status`).to.include(result.code);
  expect(result.stdout, `${what}: stdout has a stack trace`).to.not.match(STACK_LINE);
  expect(result.stderr, `${what}: stderr has a stack trace`).to.not.match(STACK_LINE);
  // Exit 2 says why on stderr; `validate --json` reports unreadable JSON on stdout instead (docs/cli.md).
  const said = result.stderr !== '' || jsonReportWithDiagnostics(result.stdout);
  if (result.code === 2) expect(said, `${what}: exit 2 without saying why`).to.equal(true);
}

/** Runs the CLI in-process, bounded in time, and checks the exit. */
async function cli(argv: string[], stdin: string[] = [], bound = SMALL_INPUT_MS): Promise<Run> {
  const what = `iamspec ${argv.join(' ').slice(0, 80)}`;
  const result = await withinMsAsync(bound, what, () => run(argv, stdin));
  expectCleanExit(result, what);
  return result;
}

/** Every command on one text, from a file and from standard input. */
async function everyCommand(text: string): Promise<void> {
  const path = file(text);
  await cli(['validate', path]);
  await cli(['validate', '--json', '--kind', 'resource', path]);
  await cli(['validate', '-'], [text]);
  await cli(['simulate', path]);
  await cli(['simulate', '--batch', '--explain', path]);
  await cli(['simulate', '-', '--expect', 'Deny'], [text]);
}

const WORDS = [
  'validate',
  'simulate',
  '--kind',
  '--json',
  '--batch',
  '--explain',
  '--expect',
  '-',
  '--',
  '-h',
  '--help',
  '-V',
  '__proto__',
  'constructor',
  'toString',
  '--kind=__proto__',
  '--expect=constructor',
  '--expect=Deny',
  '--unknown',
  '',
];

describe('fuzz: the iamspec CLI never throws, hangs or prints a stack trace', () => {
  console.log(`fuzz cli input: seed=${SEED}`);
  after(() => expectNoPollution(BEFORE));

  it('random JSON, garbage and mutated policies, as files and on standard input, for validate and simulate', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, (text) => everyCommand(text)),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('broken bundles and random batches for simulate', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileBundle,
        fc.array(fc.oneof(bundle(), hostileBundle), { maxLength: 3 }),
        async (one, many) => {
          await cli(['simulate', '-', '--explain'], [JSON.stringify(one)]);
          await cli(['simulate', '--batch', '--expect', 'Allow', file(JSON.stringify(many))]);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('the R4 limit texts (but the heavy ones), and standard input over 1 MiB in many chunks', async () => {
    for (const { text, heavy } of limitTexts()) {
      if (heavy === true) continue; // test/fuzz/policy-input.test.ts reads those
      await cli(['validate', '--json', file(text)], [], LARGE_INPUT_MS);
      await cli(['simulate', '--batch', '-'], [text], LARGE_INPUT_MS);
    }
    const chunk = ' '.repeat(64 * 1024);
    const over = await cli(['validate', '-'], Array(Math.ceil((MAX_JSON_BYTES * 1.5) / chunk.length)).fill(chunk));
    expect(over.code).to.equal(2);
    expect(over.stderr).to.include('json-too-large');
  });

  it('random arguments, files that are missing or directories, and options in any order', async () => {
    const policy = file(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}',
    );
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS, policy, tmp, join(tmp, 'missing.json')) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), (argv) => cli(argv, ['{}']).then(() => undefined)),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('the real process prints one line for arrays nested 200,000 deep on standard input, not a stack trace', async () => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'simulate', '-'], { cwd: ROOT });
    child.stdin?.end(nestedArrays(200_000));
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: string) => (stdout += d));
    child.stderr?.on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stack: STACK_LINE.test(stdout + stderr), lines: stderr.trim().split('\n').length }).to.deep.equal({
      code: 2,
      stack: false,
      lines: 1,
    });
    expect(stderr).to.include('json-too-deep');
  });
});
