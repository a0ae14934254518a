import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultResourceTypes } from '../../src/catalog/action-resource-types.js';
import { checkNever } from '../../src/properties/check-never.js';
import { checkOnlyPrincipals } from '../../src/properties/check-only-principals.js';
import { checkNoOutsider } from '../../src/properties/check-outsiders.js';
import type { PropertyResult } from '../../src/properties/property-result.js';
import { organization, policy } from './invariant-models.js';

// Property sweeps pair each action only with resources of the resource types it acts on (R162): AWS never
// authorizes s3:DeleteBucket against an object ARN, so a grant of it cannot break a sentence about objects.

const DELETE_BUCKETS = { Sid: 'DeleteBuckets', Effect: 'Allow', Action: 's3:DeleteBucket', Resource: '*' };
const DELETE_OBJECTS = { Sid: 'DeleteObjects', Effect: 'Allow', Action: 's3:DeleteObject', Resource: '*' };
const LIST_BUCKETS = { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' };

function opsWith(...statements: object[]) {
  const model = organization();
  model.addUser('ops', 'prod');
  model.addBucket('bkt', 'prod');
  model.putInlinePolicy('user', 'ops', 'Ops', policy(...statements));
  return model;
}

function held(result: PropertyResult): string {
  assert.equal(result.ok, true, result.ok ? '' : `counterexample: ${result.counterexample.why}`);
  return result.ok ? result.coverage : '';
}

function brokenBy(result: PropertyResult): string {
  assert.equal(result.ok, false, 'expected a counterexample');
  return result.ok ? '' : `${result.counterexample.action} on ${result.counterexample.resource}`;
}

describe('R162 resource types in property sweeps', () => {
  it('the catalogue tells an object ARN from a bucket ARN', () => {
    const types = defaultResourceTypes();
    assert.equal(types.actsOn('s3:DeleteBucket', 'arn:aws:s3:::b/iamspec-any'), false);
    assert.equal(types.actsOn('s3:DeleteBucket', 'arn:aws:s3:::bkt'), true);
    assert.equal(types.actsOn('s3:DeleteObject', 'arn:aws:s3:::b/key'), true);
    assert.equal(types.actsOn('s3:DeleteObject', 'arn:aws:s3:::bkt'), false);
    assert.equal(types.actsOn('iam:CreateUser', 'arn:aws:kms:us-east-1:111111111111:key/k'), false);
    assert.equal(types.actsOn('logs:PutLogEvents', 'arn:aws:logs:us-east-1:1:log-group:/a/b:log-stream:c'), true);
  });

  it("R162 a qualified Lambda ARN is asked about lambda:InvokeFunction: the action's own format matches it", () => {
    // The catalogue lists only `function` for InvokeFunction, and `function:f:prod` also matches the more specific
    // `function alias` format; AWS authorizes the invoke against the qualified ARN, so the pair must be kept.
    const types = defaultResourceTypes();
    const alias = 'arn:aws:lambda:us-east-1:111122223333:function:f:prod';
    assert.equal(types.actsOn('lambda:InvokeFunction', alias), true);
    assert.equal(types.actsOn('lambda:InvokeFunction', 'arn:aws:lambda:us-east-1:111122223333:function:f'), true);
  });

  it('R162 "can never call lambda:InvokeFunction on function:f:prod" fails when it is allowed', () => {
    const model = organization();
    model.addUser('ops', 'prod');
    const alias = 'arn:aws:lambda:us-east-1:111111111111:function:f:prod';
    model.addResource(alias);
    const invoke = { Sid: 'Invoke', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: alias };
    model.putInlinePolicy('user', 'ops', 'Ops', policy(invoke));
    const hit = brokenBy(checkNever(model, 'ops', 'lambda:InvokeFunction', alias, { seed: 1 }));
    assert.match(hit, /^lambda:InvokeFunction on arn:aws:lambda:/);
  });

  it('fails closed where the catalogue cannot tell: unknown actions, non-ARNs, ARNs of no known type', () => {
    const types = defaultResourceTypes();
    assert.equal(types.actsOn('s3:BrandNewAction', 'arn:aws:s3:::b/key'), true);
    assert.equal(types.actsOn('s3:GetObject', '*'), true);
    assert.equal(types.actsOn('s3:GetObject', 'arn:aws:nosuchservice:::thing'), true);
  });

  it('"ops can never call any s3:Delete* action on arn:aws:s3:::bkt/*" holds when ops may delete buckets only', () => {
    const coverage = held(checkNever(opsWith(DELETE_BUCKETS), 'ops', 's3:Delete*', 'arn:aws:s3:::bkt/*', { seed: 1 }));
    assert.doesNotMatch(coverage, /DeleteBucket/);
  });

  it('the same property fails, on an object, when ops may delete objects', () => {
    const hit = brokenBy(checkNever(opsWith(DELETE_OBJECTS), 'ops', 's3:Delete*', 'arn:aws:s3:::bkt/*', { seed: 1 }));
    assert.match(hit, /^s3:DeleteObject on arn:aws:s3:::bkt\//);
  });

  it('an action that takes no resource is checked on * and the coverage says so', () => {
    const model = opsWith(LIST_BUCKETS);
    assert.equal(
      brokenBy(checkNever(model, 'ops', 's3:List*', 'arn:aws:s3:::bkt/*', { seed: 1 })),
      's3:ListAllMyBuckets on *',
    );
    const listOneBucket = { Effect: 'Allow', Action: 's3:List*', Resource: 'arn:aws:s3:::bkt' };
    const coverage = held(checkNever(opsWith(listOneBucket), 'ops', 's3:List*', 'arn:aws:s3:::bkt/*', { seed: 1 }));
    assert.match(coverage, /; \d+ of them take no resource, checked on \*/);
  });

  it('the outsider and only-principals checks pair actions with resources of their types too', () => {
    const model = organization();
    model.addBucket(
      'bkt',
      'prod',
      policy({
        Sid: 'PartnerDeletesBuckets',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::333333333333:root' },
        Action: 's3:DeleteBucket',
        Resource: '*',
      }),
    );
    model.addUser('ops', 'prod');
    held(checkNoOutsider(model, { account: 'prod' }, 's3:Delete*', 'arn:aws:s3:::bkt/*', { seed: 1 }));
    held(checkOnlyPrincipals(model, ['ops', 'root of prod'], 's3:Delete*', 'arn:aws:s3:::bkt/*', { seed: 1 }));
    assert.match(
      brokenBy(checkNoOutsider(model, { account: 'prod' }, 's3:Delete*', 'arn:aws:s3:::bkt', { seed: 1 })),
      /^s3:DeleteBucket on arn:aws:s3:::bkt$/,
    );
  });
});
