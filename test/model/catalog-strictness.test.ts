import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AwsModel } from '../../src/model/aws-model.js';
import { ModelError } from '../../src/model/model-error.js';
import { DEV } from './model-builder.js';

// R159–R161: how strictly the model compares the policies it reads with the AWS catalogue.

const MISSPELT_ACTION = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }],
};
const MISSPELT_KEY = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransprot': 'false' } } },
  ],
};

function modelWith(catalog?: ConstructorParameters<typeof AwsModel>[0]): AwsModel {
  const m = new AwsModel(catalog);
  m.addAccount('dev', DEV);
  m.addUser('alice', 'dev');
  return m;
}

describe('catalogue strictness of the model', () => {
  it('by default, an unknown action or condition key is accepted, as AWS accepts it', () => {
    const m = modelWith();
    m.putInlinePolicy('user', 'alice', 'A', MISSPELT_ACTION);
    m.putInlinePolicy('user', 'alice', 'K', MISSPELT_KEY);
  });

  it('R159 with severity error, an unknown action makes the policy invalid, with the nearest real one', () => {
    const m = modelWith({ catalog: { severity: 'error' } });
    assert.throws(
      () => m.putInlinePolicy('user', 'alice', 'A', MISSPELT_ACTION),
      (e: Error) => e instanceof ModelError && e.message.includes("did you mean 's3:GetObject'?"),
    );
  });

  it('R160 with severity error, an unknown condition key makes the policy invalid', () => {
    const m = modelWith({ catalog: { severity: 'error' } });
    assert.throws(
      () => m.putInlinePolicy('user', 'alice', 'K', MISSPELT_KEY),
      (e: Error) => e instanceof ModelError && e.message.includes("did you mean 'aws:SecureTransport'?"),
    );
  });

  it('R161 names declared known, at construction or later, are accepted', () => {
    const m = modelWith({ catalog: { severity: 'error', knownActions: ['S3:GetObjekt'] } });
    m.putInlinePolicy('user', 'alice', 'A', MISSPELT_ACTION);
    m.documents.declareConditionKey('aws:SecureTransprot');
    m.putInlinePolicy('user', 'alice', 'K', MISSPELT_KEY);
    assert.ok(m.documents.knownActions.has('s3:getobjekt'));
  });

  it('R161 a declared name that is not an action name is refused with an example', () => {
    assert.throws(
      () => modelWith().documents.declareAction('GetObject'),
      (e: Error) => e instanceof ModelError && /write service:Action/.test(e.message),
    );
  });
});

describe('R159 catalogue strictness covers session policies passed to STS', () => {
  it('R159 with severity error, a session policy with an unknown action makes AssumeRole throw a ModelError', async () => {
    const { Sts } = await import('../../src/sts/sts.js');
    const { SessionStore } = await import('../../src/model/session.js');
    const m = modelWith({ catalog: { severity: 'error' } });
    m.addRole('app', 'dev', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEV}:root` }, Action: 'sts:AssumeRole' }],
    });
    m.putInlinePolicy('user', 'alice', 'Assume', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
    });
    const sts = new Sts(m, new SessionStore());
    assert.throws(
      () => sts.assumeRole('alice', 'app', { sessionName: 's1', sessionPolicy: MISSPELT_ACTION }),
      (e: Error) => e instanceof ModelError && e.message.includes("did you mean 's3:GetObject'?"),
    );
  });
});
