// Whole cucumber-js runs in a child process, as CI runs them: what a run of no scenario and the JUnit report do.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const CUCUMBER = 'node_modules/@cucumber/cucumber/bin/cucumber.js';
const FIXTURES = 'test/fixtures/cucumber-runs';

function cucumber(args: readonly string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [CUCUMBER, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The project's configuration, writing no report files. */
const PROJECT = ['--config', `${FIXTURES}/project.cucumber.mjs`];

const NO_SCENARIO = /^iamspec: this run executed no scenario, so it checked nothing and fails: .*$/m;

test('a tag expression that matches no scenario fails the run, with one line that says why', () => {
  const run = cucumber([...PROJECT, `${FIXTURES}/one.feature`, '--tags', '@no-such-tag']);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /0 scenarios/);
  assert.match(run.stderr, NO_SCENARIO);
});

test("the project's configuration with --tags @expected-failure runs nothing, and fails", () => {
  // The default profile's `not @expected-failure` and the command line's tag must both hold: no scenario does.
  const run = cucumber([...PROJECT, `${FIXTURES}/one.feature`, '--tags', '@expected-failure']);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, NO_SCENARIO);
});

test('a feature path that names no file fails the run', () => {
  const run = cucumber([...PROJECT, 'features/no-such-folder']);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, NO_SCENARIO);
});

test("the README's configuration fails a run of no scenario too", () => {
  const run = cucumber(['--config', `${FIXTURES}/readme.cucumber.mjs`, `${FIXTURES}/one.feature`, '--tags', '@none']);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, NO_SCENARIO);
});

/** The project's configuration with iamspec's JUnit formatter, which sees runs that the support hook cannot. */
function withJunit(): string[] {
  const out = join(mkdtempSync(join(tmpdir(), 'iamspec-junit-')), 'junit.xml');
  return [...PROJECT, '--format', `./steps/junit-formatter.ts:${out}`];
}

test('a parallel run of no scenario fails too: the JUnit formatter judges it in the coordinating process', () => {
  const run = cucumber([...withJunit(), '--parallel', '2', `${FIXTURES}/one.feature`, '--tags', '@no-such-tag']);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.equal(run.stderr.match(new RegExp(NO_SCENARIO.source, 'gm'))?.length, 1, 'the line is printed once');
});

test('a dry run of no scenario fails too, and a dry run of some scenarios does not', () => {
  const none = cucumber([...withJunit(), '--dry-run', `${FIXTURES}/one.feature`, '--tags', '@no-such-tag']);
  assert.equal(none.status, 1, none.stdout + none.stderr);
  assert.match(none.stderr, NO_SCENARIO);
  const some = cucumber([...withJunit(), '--dry-run', `${FIXTURES}/one.feature`]);
  assert.equal(some.status, 0, some.stdout + some.stderr);
  assert.doesNotMatch(some.stderr, NO_SCENARIO);
});

test('a run with scenarios is not touched by the check', () => {
  const run = cucumber([...PROJECT, `${FIXTURES}/one.feature`]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stderr, NO_SCENARIO);
});

test("the project's JUnit report gives undefined and ambiguous steps a failure message", () => {
  const out = join(mkdtempSync(join(tmpdir(), 'iamspec-junit-')), 'junit.xml');
  const run = cucumber(['--config', `${FIXTURES}/junit.cucumber.mjs`, `${FIXTURES}/undefined-and-ambiguous.feature`], {
    IAMSPEC_JUNIT_OUT: out,
  });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const xml = readFileSync(out, 'utf8');
  assert.doesNotMatch(xml, /<failure\s*\/>/, xml);
  assert.match(
    xml,
    /<failure type="UndefinedStep" message="undefined step &quot;Given a step that nobody defined&quot;: /,
  );
  assert.match(xml, /Given\('a step that nobody defined'/, 'the snippet to start from');
  assert.match(xml, /<failure type="AmbiguousStep" message="ambiguous step &quot;Given an account &quot;prod&quot;/);
});

test("the project's configuration has one formatter on standard output, progress, which ends with the summary", async () => {
  // cucumber-js keeps only the last formatter given for standard output: with `summary` after `progress`, a long run
  // printed nothing until its end. (A variable specifier: cucumber.mjs has no type declarations.)
  const config = '../../cucumber.mjs';
  const profiles = (await import(config)) as Record<string, { format: unknown[] }>;
  for (const name of ['default', 'expectedFailures']) {
    const toStdout = profiles[name]?.format.filter((f) => typeof f === 'string' && !f.includes(':'));
    assert.deepEqual(toStdout, ['progress'], `profile ${name}`);
  }
});

test('the world parameter iamspec.knownActions and knownConditionKeys declare names the catalogue lacks', () => {
  const feature = `${FIXTURES}/known-by-parameter.feature`;
  const without = cucumber([...PROJECT, feature]);
  assert.equal(without.status, 1, without.stdout);
  assert.match(without.stdout, /unknown action 's3:BrandNewAction'/);
  const parameters = { iamspec: { knownActions: ['s3:BrandNewAction'], knownConditionKeys: ['s3:BrandNewKey'] } };
  const declared = cucumber([...PROJECT, feature, '--world-parameters', JSON.stringify(parameters)]);
  assert.equal(declared.status, 0, declared.stdout + declared.stderr);
});

test('a malformed iamspec world parameter fails with an example of the right form', () => {
  const parameters = { iamspec: { knownActions: 's3:BrandNewAction' } };
  const run = cucumber([...PROJECT, `${FIXTURES}/one.feature`, '--world-parameters', JSON.stringify(parameters)]);
  assert.equal(run.status, 1);
  assert.match(run.stdout + run.stderr, /the world parameter iamspec\.knownActions must be a list of names, e\.g\./);
  assert.doesNotMatch(run.stderr, NO_SCENARIO, 'the scenario ran, and failed');
});
