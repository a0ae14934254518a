import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { judgeExpectedFailure } from '../../scripts/judge-expected-failure.js';
import type { ScenarioOutcome } from '../../scripts/scenario-outcomes.js';

function outcome(failsWith: string[], failure?: { status: string; message: string }): ScenarioOutcome {
  return { name: 'x.feature: S', failsWith, failure };
}

describe('judgeExpectedFailure', () => {
  it('a scenario that fails with every declared text is as expected', () => {
    const failed = { status: 'FAILED', message: 'the access table needs the header row | a |; its first row is | b |' };
    assert.equal(judgeExpectedFailure(outcome(['needs the header row', 'its first row is'], failed)), undefined);
  });

  it('a scenario that passes is a problem', () => {
    assert.match(judgeExpectedFailure(outcome(['x'])) ?? '', /passed, but it is tagged @expected-failure/);
  });

  it('a scenario that fails for another reason is a problem that says what it expected', () => {
    const problem = judgeExpectedFailure(outcome(['header row'], { status: 'FAILED', message: 'no account "p"' }));
    assert.match(problem ?? '', /failed for another reason: expected a message with "header row", got: no account "p"/);
  });

  it('a declaration of only short texts is a problem even when they match: "e" is in every message', () => {
    const unrelated = { status: 'FAILED', message: 'no role "app"; roles are: ops' };
    assert.match(judgeExpectedFailure(outcome(['e'], unrelated)) ?? '', /declares only short "Fails with:" texts/);
    // A short text next to a phrase is fine: the phrase says why.
    const failed = { status: 'FAILED', message: 'expected the request to be allowed, but it was ExplicitDeny: DenyX' };
    assert.equal(judgeExpectedFailure(outcome(['expected the request to be allowed', 'DenyX'], failed)), undefined);
  });

  it('an undefined step is a problem even when the text would match', () => {
    assert.match(judgeExpectedFailure(outcome([''], { status: 'UNDEFINED', message: '' })) ?? '', /UNDEFINED/);
  });

  it('without a declaration, only a property counterexample with seed, path and replay is as expected', () => {
    const counterexample = 'Property broken … iamspec simulate …\nSeed: 1\nPath: 0\nReplay: IAMSPEC_SEED=1 …';
    assert.equal(judgeExpectedFailure(outcome([], { status: 'FAILED', message: counterexample })), undefined);
    const other = judgeExpectedFailure(outcome([], { status: 'FAILED', message: 'boom' }));
    assert.match(other ?? '', /declares no "Fails with:" line/);
  });
});

describe('npm run scenarios:expected-failures', () => {
  it('fails, naming each scenario that passed or failed for another reason, and accepts the right failure', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/expected-failures.ts', 'test/fixtures/expected-failures/wrong-outcomes.feature'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /expected failures: 3 problem\(s\)/);
    assert.match(run.stderr, /A scenario that passes: passed, but it is tagged @expected-failure/);
    assert.match(run.stderr, /A scenario that fails for another reason: failed for another reason/);
    assert.match(run.stderr, /A failure that is not a property counterexample and declares no reason: failed without/);
    assert.doesNotMatch(run.stderr, /fails for its declared reason:/);
  });
});
