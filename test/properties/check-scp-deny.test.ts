import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ModelError } from '../../src/model/model-error.js';
import { checkScpDenyWins } from '../../src/properties/check-scp-deny.js';
import type { PropertyFailed, PropertyResult } from '../../src/properties/property-result.js';
import { MANAGEMENT, organization, policy } from './invariant-models.js';

function failed(result: PropertyResult): PropertyFailed {
  assert.equal(result.ok, false, `expected a counterexample, but the property held: ${result.ok && result.coverage}`);
  return result as PropertyFailed;
}

const NO_LEAVING = { Sid: 'NoLeaving', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' };
const KEEP_TRAIL = {
  Sid: 'KeepTheTrail',
  Effect: 'Deny',
  Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'],
  Resource: '*',
  Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/security-*' } },
};

function withScp(target: string, ...statements: object[]) {
  const model = organization();
  model.addUser('alice', 'prod');
  model.putInlinePolicy('user', 'alice', 'Admin', policy({ Effect: 'Allow', Action: '*', Resource: '*' }));
  model.addUser('max', 'management');
  model.attachScp('Guardrails', target, policy(...statements));
  return model;
}

describe('checkScpDenyWins', () => {
  it('holds for a Deny attached to an OU, and says how many requests it covered', () => {
    const result = checkScpDenyWins(withScp('Root/Workloads', NO_LEAVING, KEEP_TRAIL), 'Guardrails', { seed: 1 });
    assert.equal(result.ok, true);
    assert.ok(result.ok && result.evaluations > 50, result.ok ? result.coverage : '');
  });

  it('fails for a Deny attached to Root: SCPs never limit the management account (R87)', () => {
    const result = failed(checkScpDenyWins(withScp('Root', NO_LEAVING), 'Guardrails', { seed: 1 }));
    assert.equal(result.counterexample.bundle.principal.account, MANAGEMENT);
    assert.equal(result.counterexample.result.decision, 'Allow');
    assert.match(result.counterexample.why, /matches Deny statement NoLeaving of the SCP "Guardrails"/);
  });

  it('fails for a Deny on every STS action: sts:GetCallerIdentity is always allowed (R98)', () => {
    const noSts = { Sid: 'NoSts', Effect: 'Deny', Action: 'sts:*', Resource: '*' };
    const result = failed(checkScpDenyWins(withScp('Root/Workloads', noSts), 'Guardrails', { seed: 2 }));
    assert.equal(result.counterexample.action, 'sts:GetCallerIdentity');
  });

  it('the same seed finds the same counterexample, and its path replays it', () => {
    const model = withScp('Root', NO_LEAVING, KEEP_TRAIL);
    const a = failed(checkScpDenyWins(model, 'Guardrails', { seed: 77 }));
    const b = failed(checkScpDenyWins(model, 'Guardrails', { seed: 77 }));
    const c = failed(checkScpDenyWins(model, 'Guardrails', { seed: 77, path: a.path }));
    assert.equal(b.path, a.path);
    assert.deepEqual(c.counterexample.bundleJson, a.counterexample.bundleJson);
  });

  it('says so when no generated request can match a Deny statement', () => {
    const never = { ...NO_LEAVING, Condition: { StringEquals: { 'aws:PrincipalType': 'NoSuchType' } } };
    assert.throws(() => checkScpDenyWins(withScp('Root/Workloads', never), 'Guardrails', { seed: 1 }), /says nothing/);
  });

  it('names the SCPs that are attached when the name is wrong', () => {
    assert.throws(
      () => checkScpDenyWins(withScp('Root/Workloads', NO_LEAVING), 'Guardrail'),
      (e: unknown) => e instanceof ModelError && /FullAWSAccess, Guardrails/.test(e.message),
    );
  });
});
