import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { before, test } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';

/** Scenario name → the message of its failed step, or `passed`. */
type Outcomes = Map<string, string>;

const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });

async function run(features: string[]): Promise<Outcomes> {
  const { runConfiguration } = await loadConfiguration({
    file: false,
    provided: { paths: features, import: ['steps/**/*.ts'], format: [], strict: true },
  });
  const envelopes: Envelope[] = [];
  await runCucumber(runConfiguration, { stdout: quiet, stderr: quiet }, (e) => envelopes.push(e));
  const pickles = new Map<string, string>();
  const testCases = new Map<string, string>();
  const started = new Map<string, string>();
  const outcomes: Outcomes = new Map();
  for (const e of envelopes) {
    if (e.pickle) pickles.set(e.pickle.id, e.pickle.name);
    if (e.testCase) testCases.set(e.testCase.id, e.testCase.pickleId);
    if (e.testCaseStarted) started.set(e.testCaseStarted.id, e.testCaseStarted.testCaseId);
    if (e.testStepFinished) {
      const name = pickles.get(testCases.get(started.get(e.testStepFinished.testCaseStartedId) ?? '') ?? '') ?? '?';
      const result = e.testStepFinished.testStepResult;
      if (result.status !== 'PASSED' && !outcomes.has(name)) {
        outcomes.set(name, `${result.status}: ${result.exception?.message ?? result.message ?? ''}`);
      }
    }
    if (e.testCaseFinished) {
      const name = pickles.get(testCases.get(started.get(e.testCaseFinished.testCaseStartedId) ?? '') ?? '') ?? '?';
      if (!outcomes.has(name)) outcomes.set(name, 'passed');
    }
  }
  return outcomes;
}

let failures: Outcomes;

// One run for both files: step definitions are ES modules, which load once per process.
before(async () => {
  failures = await run(['test/fixtures/steps/failures.feature', 'test/fixtures/steps/passes.feature']);
});

function failureOf(scenario: string): string {
  const message = failures.get(scenario);
  assert.ok(message !== undefined, `no scenario "${scenario}"; ran: ${[...failures.keys()].join(', ')}`);
  assert.ok(message.startsWith('FAILED: '), `"${scenario}" should fail, but: ${message}`);
  return message;
}

test('an unknown account fails and lists the accounts', () => {
  const message = failureOf('an unknown account');
  assert.match(message, /"prd"/);
  assert.match(message, /prod/);
});

test('an unknown caller fails and lists users, roles and sessions', () => {
  const message = failureOf('an unknown caller');
  assert.match(message, /"alise"/);
  assert.match(message, /alice/);
});

test('an unknown role fails and lists the roles', () => {
  assert.match(failureOf('an unknown role'), /"ap"/);
});

test('a resource ARN that names no modelled resource fails and lists the resources', () => {
  const message = failureOf('an unknown bucket');
  assert.match(message, /nosuch/);
  assert.match(message, /arn:aws:s3:::data/);
});

test('a missing policy file fails and lists the files that are there', () => {
  const message = failureOf('a missing policy file');
  assert.match(message, /policies\/nosuch\.json/);
  assert.match(message, /holds: read\.json/);
});

test('a failing Then prints the decision and its reasons', () => {
  const message = failureOf('a failing Then prints the reasons');
  assert.match(message, /expected the request to be allowed, but it was ImplicitDeny/);
  assert.match(message, /ImplicitDeny: .*s3:GetObject on arn:aws:s3:::data\/x/);
  assert.match(message, /no identity policy/);
});

test('an access table reports every wrong row, not only the first', () => {
  const message = failureOf('every wrong row of an access table');
  assert.match(message, /2 of 3 rows/);
  assert.match(message, /row 1: expected allowed, got ImplicitDeny/);
  assert.match(message, /row 3: expected denied, got Allow/);
  assert.doesNotMatch(message, /row 2:/);
});

test('an invalid policy fails with its diagnostics', () => {
  assert.match(failureOf('an invalid policy'), /Allw/);
});

test('a Then about an operation that never ran says which step is missing', () => {
  assert.match(failureOf('an operation that never ran'), /no role assumption yet/);
});

test('a resource ARN naming a modelled account needs no declaration', () => {
  assert.equal(failures.get('a KMS key of a known account'), 'passed');
});
