import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Caller } from '../../src/model/aws-model.js';
import { SessionStore } from '../../src/model/session.js';
import { ALLOW_EVERYTHING } from '../../src/properties/worst-case-policy.js';
import { RequestBuilder } from '../../src/properties/request-builder.js';
import { organization, PROD, policy } from './invariant-models.js';

function model() {
  const m = organization();
  m.addUser('alice', 'prod');
  m.addGroup('readers', 'prod');
  m.addUserToGroup('alice', 'readers');
  m.putInlinePolicy('group', 'readers', 'Read', policy({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }));
  m.setTags('user', 'alice', { team: 'payroll' });
  m.addRole('app', 'prod', policy({ Effect: 'Allow', Principal: { AWS: PROD }, Action: 'sts:AssumeRole' }));
  m.setTags('role', 'app', { team: 'ops' });
  m.addBucket('data', 'prod', policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }), {
    tier: 'gold',
  });
  m.addRole('remote', 'dev', policy({ Effect: 'Allow', Principal: { AWS: PROD }, Action: 'sts:AssumeRole' }));
  m.attachRcp('NoHttp', 'Root', policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }));
  return m;
}

describe('RequestBuilder.assemble', () => {
  const m = model();
  const builder = new RequestBuilder(m);
  const sessions = new SessionStore();
  const callers: Caller[] = ['alice', 'app', 'root of prod', 'root of dev', 'anonymous', 'lambda.amazonaws.com'].map(
    (ref) => m.resolveCaller(ref, sessions),
  );
  const requests: Array<[string, string]> = [
    ['s3:GetObject', 'arn:aws:s3:::data/report.csv'],
    ['s3:GetObject', 'data'],
    ['sts:AssumeRole', `arn:aws:iam::${PROD}:role/app`],
    ['iam:PassRole', `arn:aws:iam::${PROD}:role/app`],
    ['iam:GetRole', `arn:aws:iam::${PROD}:role/app`],
    ['sts:AssumeRole', 'arn:aws:iam::222222222222:role/remote'],
    ['ec2:RunInstances', '*'],
  ];
  for (const [action, resource] of requests) {
    it(`builds what model.bundleFor builds: ${action} on ${resource}`, () => {
      for (const caller of callers) {
        const resolved = builder.resolve(
          resource.startsWith('arn:') || resource === '*' ? resource : `arn:aws:s3:::${resource}`,
        );
        assert.ok(resolved !== undefined);
        assert.deepEqual(
          builder.assemble({ modelled: caller }, action, resolved),
          m.bundleFor(caller, action, resource),
        );
      }
    });
  }

  it('gives a resource the model does not hold to the account its ARN names, else to the home account', () => {
    const alice = m.resolveCaller('alice', sessions);
    const s3 = builder.prepare({ modelled: alice }, 's3:GetObject', 'arn:aws:s3:::unknown/x', '222222222222');
    assert.equal(s3.unmodelledResource, true);
    assert.equal(s3.bundle.request.resourceAccount, '222222222222');
    assert.deepEqual(s3.bundle.resourcePolicy, undefined);
    assert.equal(s3.bundle.rcps?.at(-1)?.name, 'account dev');
    const sqs = builder.prepare({ modelled: alice }, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:444455556666:q', PROD);
    assert.equal(sqs.bundle.request.resourceAccount, '444455556666');
    assert.equal(sqs.bundle.rcps, undefined);
  });

  it('gives a made-up principal every permission, its account SCPs and its organization', () => {
    const made = { generated: { kind: 'role-session' as const, account: PROD, name: 'x', tags: { a: 'b' } } };
    const { bundle } = builder.prepare(made, 's3:GetObject', 'arn:aws:s3:::data/y', PROD);
    assert.deepEqual(bundle.principal.identityPolicies, [ALLOW_EVERYTHING]);
    assert.equal(bundle.principal.roleArn, `arn:aws:iam::${PROD}:role/x`);
    assert.equal(bundle.principal.orgId, m.organization?.id);
    assert.equal(bundle.scps?.at(-1)?.name, 'account prod');
    assert.deepEqual(bundle.request.context['aws:PrincipalOrgPaths'], [m.organization?.orgPath(PROD)]);
  });
});
