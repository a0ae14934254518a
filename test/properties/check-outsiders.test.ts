import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkOnlyPrincipals } from '../../src/properties/check-only-principals.js';
import { checkNoOutsider } from '../../src/properties/check-outsiders.js';
import type { PropertyFailed, PropertyResult } from '../../src/properties/property-result.js';
import { DEV, MANAGEMENT, organization, PROD, policy } from './invariant-models.js';

function failed(result: PropertyResult): PropertyFailed {
  assert.equal(result.ok, false, `expected a counterexample, but the property held: ${result.ok && result.coverage}`);
  return result as PropertyFailed;
}

const OBJECTS = 'arn:aws:s3:::reports/*';

function reportsBucket(...statements: object[]) {
  const model = organization();
  model.addUser('analyst', 'prod');
  model.addUser('dev-admin', 'dev');
  model.putInlinePolicy('user', 'dev-admin', 'Admin', policy({ Effect: 'Allow', Action: '*', Resource: '*' }));
  model.addBucket('reports', 'prod', policy(...statements));
  return model;
}

const OWN_ACCOUNT = {
  Sid: 'Analyst',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${PROD}:user/analyst` },
  Action: 's3:GetObject',
  Resource: OBJECTS,
};

describe('checkNoOutsider', () => {
  it('holds when the bucket policy grants only principals of the account', () => {
    const result = checkNoOutsider(reportsBucket(OWN_ACCOUNT), { account: 'prod' }, 's3:*', OBJECTS, { seed: 1 });
    assert.equal(result.ok, true);
  });

  it('finds a modelled principal of another account that a wide grant lets in', () => {
    const byAccount = {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: OBJECTS,
      Condition: { StringEquals: { 'aws:PrincipalAccount': [PROD, DEV] } },
    };
    const model = reportsBucket(byAccount);
    const result = failed(checkNoOutsider(model, { account: 'prod' }, 's3:*', OBJECTS, { seed: 1 }));
    assert.equal(result.counterexample.principal, `arn:aws:iam::${DEV}:user/dev-admin`);
    assert.equal(result.counterexample.action, 's3:GetObject');
    assert.match(result.counterexample.why, /outside account 111111111111/);
    // The organization is a wider perimeter: dev is inside it.
    assert.equal(checkNoOutsider(model, 'organization', 's3:*', OBJECTS, { seed: 1 }).ok, true);
  });

  it('finds anonymous callers of a public bucket', () => {
    const open = {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: OBJECTS,
      Condition: { StringEquals: { 'aws:PrincipalType': 'Anonymous' } },
    };
    const model = reportsBucket(open);
    const result = failed(checkNoOutsider(model, { account: 'prod' }, 's3:*', OBJECTS, { seed: 1 }));
    assert.equal(result.counterexample.principal, 'an anonymous caller');
  });

  it('finds an AWS service acting for another account (confused deputy), and not one acting for the account', () => {
    const trail = {
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: OBJECTS,
    };
    const result = failed(checkNoOutsider(reportsBucket(trail), { account: 'prod' }, 's3:*', OBJECTS, { seed: 9 }));
    assert.match(result.counterexample.principal, /^cloudtrail\.amazonaws\.com \(acting for account \d{12}\)$/);
    assert.notEqual(result.counterexample.generatedContext['aws:SourceAccount'], PROD);
    const guarded = { ...trail, Condition: { StringEquals: { 'aws:SourceAccount': PROD } } };
    assert.equal(checkNoOutsider(reportsBucket(guarded), { account: 'prod' }, 's3:*', OBJECTS, { seed: 9 }).ok, true);
  });

  it('finds a made-up principal of an unknown account that a cross-account grant lets in', () => {
    const anyAws = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: OBJECTS };
    const model = reportsBucket(anyAws);
    const result = failed(checkNoOutsider(model, 'organization', 's3:*', OBJECTS, { seed: 4 }));
    assert.doesNotMatch(result.counterexample.principal, new RegExp(`${PROD}|${DEV}|${MANAGEMENT}`));
  });

  it('the same seed finds the same counterexample', () => {
    const trail = {
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 's3:*',
      Resource: OBJECTS,
    };
    const model = reportsBucket(trail);
    const a = failed(checkNoOutsider(model, { account: 'prod' }, 's3:*', OBJECTS, { seed: 11 }));
    const b = failed(checkNoOutsider(model, { account: 'prod' }, 's3:*', OBJECTS, { seed: 11, path: a.path }));
    assert.deepEqual(b.counterexample.bundleJson, a.counterexample.bundleJson);
  });
});

describe('checkOnlyPrincipals', () => {
  it('holds when the bucket policy denies everyone but the listed principal', () => {
    const onlyAnalyst = {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: OBJECTS,
      Condition: { StringNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${PROD}:user/analyst` } },
    };
    const model = reportsBucket(OWN_ACCOUNT, onlyAnalyst);
    assert.equal(checkOnlyPrincipals(model, ['analyst'], 's3:*Object', OBJECTS, { seed: 1 }).ok, true);
  });

  it('fails on the root user of the bucket account, which has full access there (R95)', () => {
    const result = failed(
      checkOnlyPrincipals(reportsBucket(OWN_ACCOUNT), ['analyst'], 's3:GetObject', OBJECTS, { seed: 1 }),
    );
    assert.equal(result.counterexample.principal, `arn:aws:iam::${PROD}:root`);
  });
});
