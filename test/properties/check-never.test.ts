import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';
import { ModelError } from '../../src/model/model-error.js';
import { checkNever, checkOnlyActions } from '../../src/properties/check-never.js';
import { describeFailure } from '../../src/properties/describe-failure.js';
import type { PropertyFailed, PropertyResult } from '../../src/properties/property-result.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import { run } from '../cli/run-cli.js';
import { BREAK_GLASS, internWith, PROD, READ_S3 } from './invariant-models.js';

function failed(result: PropertyResult): PropertyFailed {
  assert.equal(result.ok, false, `expected a counterexample, but the property held: ${result.ok && result.coverage}`);
  return result as PropertyFailed;
}

describe('checkNever', () => {
  it('holds when no statement can grant the actions, whatever the context', () => {
    const result = checkNever(internWith(READ_S3), 'intern', 'iam:*', '*', { seed: 1 });
    assert.equal(result.ok, true);
    assert.match(result.ok ? result.coverage : '', /190 more actions no Allow statement names/);
  });

  it('asks about conditions both ways: a grant behind a condition is found, whatever the seed', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = failed(checkNever(internWith(READ_S3, BREAK_GLASS), 'intern', 'iam:*', '*', { seed }));
      assert.equal(result.counterexample.result.decision, 'Allow');
    }
  });

  it('shrinks the counterexample to the one context key that matters', () => {
    const result = failed(checkNever(internWith(READ_S3, BREAK_GLASS), 'intern', 'iam:*', '*', { seed: 7 }));
    const c = result.counterexample;
    assert.deepEqual(c.generatedContext, { 'aws:RequestTag/break-glass': 'yes' });
    assert.equal(c.principal, `arn:aws:iam::${PROD}:user/intern`);
    assert.match(c.action, /^iam:/);
    assert.match(c.why, /intern is allowed to call iam:/);
  });

  it('the same seed finds the same counterexample, and the seed with its path replays it directly', () => {
    const model = internWith(READ_S3, BREAK_GLASS);
    const first = failed(checkNever(model, 'intern', 'iam:*', '*', { seed: 42 }));
    const again = failed(checkNever(model, 'intern', 'iam:*', '*', { seed: 42 }));
    assert.equal(again.path, first.path);
    assert.deepEqual(again.counterexample.bundleJson, first.counterexample.bundleJson);
    const replayed = failed(checkNever(model, 'intern', 'iam:*', '*', { seed: 42, path: first.path }));
    assert.deepEqual(replayed.counterexample.bundleJson, first.counterexample.bundleJson);
    assert.equal(replayed.runs, 1);
  });

  it('the counterexample is a bundle that `iamspec simulate` reads and decides the same way', async () => {
    const result = failed(checkNever(internWith(READ_S3, BREAK_GLASS), 'intern', 'iam:*', '*', { seed: 3 }));
    const json = result.counterexample.bundleJson;
    const parsed = parseBundle(JSON.parse(JSON.stringify(json)) as JsonValue);
    assert.deepEqual(parsed.diagnostics, []);
    assert.ok(parsed.bundle !== undefined);
    assert.equal(simulate(parsed.bundle).decision, 'Allow');
    const cli = await run(['simulate', '-', '--expect', 'Allow'], [JSON.stringify(json)]);
    assert.equal(cli.code, 0, cli.stderr);
  });

  it('a failure reads with the reasons, the bundle, the seed and the path', () => {
    const result = failed(checkNever(internWith(READ_S3, BREAK_GLASS), 'intern', 'iam:*', '*', { seed: 3 }));
    const text = describeFailure('"intern" can never call any "iam:*" action on "*"', result, ['replay me']);
    assert.match(text, /allowed by Allow statement `BreakGlass`/);
    assert.match(text, /iamspec simulate counterexample\.json/);
    assert.match(text, new RegExp(`Seed: ${result.seed}\\nPath: ${result.path}\\nReplay: replay me`));
  });

  it('a wildcard resource pattern is instantiated with generated names', () => {
    const model = internWith({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::payroll/public/*',
    });
    model.addBucket('payroll', 'prod');
    const result = failed(checkNever(model, 'intern', 's3:GetObject', 'arn:aws:s3:::payroll/*', { seed: 1 }));
    assert.match(result.counterexample.resource, /^arn:aws:s3:::payroll\/public\//);
  });

  it('a resource `*` includes a generic resource of the action type in the caller account', () => {
    const model = internWith({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: 'arn:aws:iam::*:user/*' });
    const result = failed(checkNever(model, 'intern', 'iam:*', '*', { seed: 1 }));
    assert.equal(result.counterexample.resource, `arn:aws:iam::${PROD}:user/iamspec-any`);
    assert.equal(result.counterexample.action, 'iam:CreateUser');
  });

  it('an action pattern that matches nothing in the catalogue is a scenario mistake', () => {
    assert.throws(() => checkNever(internWith(READ_S3), 'intern', 'iamm:*', '*'), ModelError);
  });
});

describe('grouping actions the policies treat alike', () => {
  const cases: Array<[string, object[], string]> = [
    ['a NotAction grant', [{ Effect: 'Allow', NotAction: ['iam:Create*', 's3:*'], Resource: '*' }], 'iam:*'],
    ['a grant with a deny carved out', [READ_S3, { Effect: 'Deny', Action: 's3:GetObject*', Resource: '*' }], 's3:*'],
    ['a conditional grant', [BREAK_GLASS], 'iam:*'],
    ['STS by name', [{ Effect: 'Allow', Action: 'sts:*', Resource: '*' }], 'sts:*'],
    ['nothing', [READ_S3], 'iam:*'],
  ];
  for (const [name, statements, pattern] of cases) {
    it(`decides as asking about every action on its own: ${name}`, () => {
      const model = internWith(...statements);
      const grouped = checkNever(model, 'intern', pattern, '*', { seed: 5, runs: 30 });
      const each = checkNever(model, 'intern', pattern, '*', { seed: 5, runs: 30, exhaustive: true });
      assert.equal(grouped.ok, each.ok);
      if (!grouped.ok && !each.ok)
        assert.deepEqual(grouped.counterexample.generatedContext, each.counterexample.generatedContext);
    });
  }
});

describe('checkOnlyActions', () => {
  it('holds when nothing outside the list can be granted', () => {
    const result = checkOnlyActions(internWith(READ_S3), 'intern', ['s3:Get*', 's3:List*'], '*', { seed: 1 });
    assert.equal(result.ok, true);
  });

  it('fails on an action outside the list', () => {
    const result = failed(checkOnlyActions(internWith(READ_S3), 'intern', ['s3:Get*'], '*', { seed: 1 }));
    assert.match(result.counterexample.action, /^s3:List/);
  });
});
