// Cases added for mutants that survived `npm run mutation` (docs/testing.md): each pins documented behaviour
// of the derived context keys that the existing tests did not reach.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { BundlePrincipal, BundleRequest } from '../../src/engine/bundle.js';
import { accountOfArn, principalContext, requestContext as lowered } from '../../src/engine/derive-context.js';
import {
  ARN,
  allow,
  anonymous,
  B,
  bundle,
  deny,
  doc,
  federatedUser,
  getObject,
  grant,
  named,
  rcpDeny,
  request as bundleRequest,
  root,
  run,
  service,
  user,
} from './bundle-builder.js';

const A = '111122223333';

function principal(parts: Partial<BundlePrincipal> & Pick<BundlePrincipal, 'kind'>): BundlePrincipal {
  return { identityPolicies: [], tags: {}, ...parts };
}

function request(context: BundleRequest['context'], resourceTags: BundleRequest['resourceTags'] = {}): BundleRequest {
  return { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', resourceTags, context };
}

describe('R100 R101 principalContext', () => {
  it('R100 R101 a user', () => {
    const p = principal({ kind: 'user', arn: `arn:aws:iam::${A}:user/path/alice`, account: A, uniqueId: 'AIDAX' });
    expect(principalContext(p)).to.deep.equal({
      'aws:PrincipalType': 'User',
      'aws:PrincipalIsAWSService': 'false',
      'aws:PrincipalArn': `arn:aws:iam::${A}:user/path/alice`,
      'aws:PrincipalAccount': A,
      'aws:userid': 'AIDAX',
      'aws:username': 'alice',
    });
  });
  it('R101 a user without a known unique id has no aws:userid', () => {
    const out = principalContext(principal({ kind: 'user', arn: `arn:aws:iam::${A}:user/alice`, account: A }));
    expect(out).to.not.have.property('aws:userid');
    expect(out['aws:username']).to.equal('alice');
  });
  it('R100 a user without an ARN has no aws:PrincipalArn or aws:username', () => {
    const out = principalContext(principal({ kind: 'user', account: A }));
    expect(out).to.not.have.property('aws:PrincipalArn');
    expect(out).to.not.have.property('aws:username');
  });
  it('R100 R101 a role session', () => {
    const p = principal({
      kind: 'role-session',
      arn: `arn:aws:sts::${A}:assumed-role/Admin/s1`,
      roleArn: `arn:aws:iam::${A}:role/Admin`,
      account: A,
      uniqueId: 'AROAX',
      orgId: 'o-abc',
      tags: { team: 'blue' },
    });
    expect(principalContext(p)).to.deep.equal({
      'aws:PrincipalType': 'AssumedRole',
      'aws:PrincipalIsAWSService': 'false',
      'aws:PrincipalArn': `arn:aws:iam::${A}:role/Admin`,
      'aws:PrincipalAccount': A,
      'aws:PrincipalOrgID': 'o-abc',
      'aws:userid': 'AROAX:s1',
      'aws:PrincipalTag/team': 'blue',
    });
  });
  it('R101 a role session without a unique id or ARN has no aws:userid', () => {
    const noId = principal({ kind: 'role-session', arn: `arn:aws:sts::${A}:assumed-role/R/s`, account: A });
    expect(principalContext(noId)).to.not.have.property('aws:userid');
    const noArn = principal({ kind: 'role-session', uniqueId: 'AROAX', account: A });
    expect(principalContext(noArn)).to.not.have.property('aws:userid');
    expect(principalContext(noArn)).to.not.have.property('aws:PrincipalArn');
  });
  it('R100 R101 a federated user', () => {
    const p = principal({ kind: 'federated-user', arn: `arn:aws:sts::${A}:federated-user/carol`, account: A });
    expect(principalContext(p)).to.deep.equal({
      'aws:PrincipalType': 'FederatedUser',
      'aws:PrincipalIsAWSService': 'false',
      'aws:PrincipalArn': `arn:aws:sts::${A}:federated-user/carol`,
      'aws:PrincipalAccount': A,
      'aws:userid': `${A}:carol`,
    });
  });
  it('R101 a federated user without account or ARN has no aws:userid', () => {
    const noAccount = principal({ kind: 'federated-user', arn: `arn:aws:sts::${A}:federated-user/carol` });
    expect(principalContext(noAccount)).to.not.have.property('aws:userid');
    const noArn = principal({ kind: 'federated-user', account: A });
    expect(principalContext(noArn)).to.not.have.property('aws:userid');
  });
  it('R100 R101 the root user', () => {
    const p = principal({ kind: 'root', arn: `arn:aws:iam::${A}:root`, account: A });
    expect(principalContext(p)).to.deep.equal({
      'aws:PrincipalType': 'Account',
      'aws:PrincipalIsAWSService': 'false',
      'aws:PrincipalArn': `arn:aws:iam::${A}:root`,
      'aws:PrincipalAccount': A,
      'aws:userid': A,
    });
  });
  it('R100 R101 an anonymous caller', () => {
    expect(principalContext(principal({ kind: 'anonymous' }))).to.deep.equal({
      'aws:PrincipalType': 'Anonymous',
      'aws:PrincipalAccount': 'anonymous',
      'aws:userid': 'anonymous',
    });
  });
  it('R100 a service principal', () => {
    expect(principalContext(principal({ kind: 'service', arn: 'ecs.amazonaws.com' }))).to.deep.equal({
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': 'ecs.amazonaws.com',
    });
    expect(principalContext(principal({ kind: 'service' }))).to.deep.equal({ 'aws:PrincipalIsAWSService': 'true' });
  });
  it('R100 a name without a slash is the text after the last colon', () => {
    const out = principalContext(principal({ kind: 'user', arn: 'arn:aws:iam::111122223333:bob' }));
    expect(out['aws:username']).to.equal('bob');
  });
});

/** The per-request keys as a record, for comparison: lowercased names (R40), as the context keeps them. */
function requestContext(...args: Parameters<typeof lowered>): Record<string, unknown> {
  return Object.fromEntries(lowered(...args));
}

describe('R103 R104 R105 requestContext', () => {
  it('R103 resource account and tags', () => {
    expect(requestContext(request({}, { env: 'prod' }), A)).to.deep.equal({
      'aws:resourceaccount': A,
      'aws:resourcetag/env': 'prod',
    });
    expect(requestContext(request({}), undefined)).to.deep.equal({});
  });
  it('R104 aws:EpochTime follows from aws:CurrentTime', () => {
    const out = requestContext(request({ 'aws:CurrentTime': '2024-01-02T03:04:05Z' }), undefined);
    expect(out['aws:epochtime']).to.equal('1704164645');
    const lower = requestContext(request({ 'AWS:CURRENTTIME': '2024-01-02T03:04:05.900Z' }), undefined);
    expect(lower['aws:epochtime']).to.equal('1704164645');
  });
  it('R104 aws:CurrentTime follows from aws:EpochTime', () => {
    const out = requestContext(request({ 'aws:EpochTime': '1704164645' }), undefined);
    expect(out['aws:currenttime']).to.equal('2024-01-02T03:04:05Z');
    const upper = requestContext(request({ 'AWS:EPOCHTIME': '0' }), undefined);
    expect(upper['aws:currenttime']).to.equal('1970-01-01T00:00:00Z');
    const nines = requestContext(request({ 'aws:EpochTime': '999' }), undefined);
    expect(nines['aws:currenttime']).to.equal('1970-01-01T00:16:39Z');
  });
  it('R104 nothing is derived when both or neither are given, or the value cannot be read', () => {
    const both = requestContext(
      request({ 'aws:CurrentTime': '2024-01-02T03:04:05Z', 'aws:EpochTime': '5' }),
      undefined,
    );
    expect(both).to.deep.equal({ 'aws:currenttime': '2024-01-02T03:04:05Z', 'aws:epochtime': '5' });
    for (const bad of ['', 'x', '12a', '1.5', '-1', ' 1', '1/']) {
      const out = requestContext(request({ 'aws:EpochTime': bad }), undefined);
      expect(out, bad).to.not.have.property('aws:currenttime');
    }
    const notDate = requestContext(request({ 'aws:CurrentTime': 'yesterday' }), undefined);
    expect(notDate).to.not.have.property('aws:epochtime');
    const tooLate = requestContext(request({ 'aws:EpochTime': '99999999999999999' }), undefined);
    expect(tooLate).to.not.have.property('aws:currenttime');
    const set = requestContext(request({ 'aws:EpochTime': ['1'] }), undefined);
    expect(set).to.not.have.property('aws:currenttime');
  });
  it('R40 only the time keys themselves count, in any letter case', () => {
    const near = requestContext(request({ 'aws:CurrentTimes': '2024-01-02T03:04:05Z' }), undefined);
    expect(near).to.not.have.property('aws:epochtime');
    const other = requestContext(request({ 'aws:currenttimf': '2024-01-02T03:04:05Z' }), undefined);
    expect(other).to.not.have.property('aws:epochtime');
    const at = requestContext(request({ 'aws:@urrentTime': '2024-01-02T03:04:05Z' }), undefined);
    expect(at).to.not.have.property('aws:epochtime');
    const bracket = requestContext(request({ 'aws:currenttim[': '2024-01-02T03:04:05Z' }), undefined);
    expect(bracket).to.not.have.property('aws:epochtime');
    const mixed = requestContext(request({ 'Aws:CurrentTimE': '2024-01-02T03:04:05Z' }), undefined);
    expect(mixed['aws:epochtime']).to.equal('1704164645');
    const z = requestContext(request({ 'aws:EPOCHTIMZ': '5' }), undefined);
    expect(z).to.not.have.property('aws:currenttime');
  });
  it('R105 given keys override derived ones', () => {
    const out = requestContext(
      request({ 'aws:ResourceAccount': '999999999999', 'aws:ResourceTag/env': 'dev' }, { env: 'prod' }),
      A,
    );
    expect(out['aws:resourceaccount']).to.equal('999999999999');
    expect(out['aws:resourcetag/env']).to.equal('dev');
  });
});

describe('R103 accountOfArn', () => {
  const rows: readonly (readonly [arn: string, account: string | undefined])[] = [
    [`arn:aws:sqs:us-east-1:${A}:q`, A],
    [`arn:aws:iam::${A}:role/x`, A],
    [`arn:aws:iam::${A}`, A],
    ['arn:aws:s3:::bucket', undefined],
    ['arn:aws:iam::11112222333:role/x', undefined],
    ['arn:aws:iam::1111222233334:role/x', undefined],
    ['arn:aws:iam::11112222333a:role/x', undefined],
    ['arn:aws:iam::11112222333/:role/x', undefined],
    ['arn:aws:iam::11112222333::role/x', undefined],
    ['arn:aws:iam', undefined],
    ['arn:aws:iam:', undefined],
    [`:aws:iam::${A}:x`, A],
    [`${A}`, undefined],
    [`a:b:c:d:${A}:e`, A],
  ];
  for (const [arn, account] of rows) {
    it(`R103 ${arn} → ${String(account)}`, () => {
      expect(accountOfArn(arn)).to.equal(account);
    });
  }
});

describe('R95 R106 R107 rules that decide whatever the policies say', () => {
  const trust = { resourcePolicy: doc(grant(A, 'sts:AssumeRole*'), grant(A, 'sts:*')) };
  it('R106 the root user cannot assume a role, and the reason names the rule', () => {
    const result = run(bundle(root(), bundleRequest('sts:AssumeRole', ARN.targetRole), trust), true);
    expect(result.decision).to.equal('ImplicitDeny');
    expect(result.reasons).to.deep.equal([
      { kind: 'rule', rule: 'R106', message: 'the root user cannot assume a role' },
    ]);
  });
  it('R106 holds for every AssumeRole variant', () => {
    const result = run(bundle(root(), bundleRequest('sts:AssumeRoleWithWebIdentity', ARN.targetRole), trust), true);
    expect(result.reasons.map((r) => (r.kind === 'rule' ? r.rule : r.kind))).to.deep.equal(['R106']);
  });
  it('R107 a federated user session cannot call STS, and the reason names the rule', () => {
    const result = run(
      bundle(
        federatedUser({ identityPolicies: [named('All', allow('*'))] }),
        bundleRequest('sts:GetSessionToken', '*'),
      ),
      true,
    );
    expect(result.decision).to.equal('ImplicitDeny');
    expect(result.reasons).to.deep.equal([
      {
        kind: 'rule',
        rule: 'R107',
        message: 'a federated user session cannot call AWS STS operations except GetCallerIdentity',
      },
    ]);
  });
  it('R95 the root user is allowed in its own account by rule', () => {
    const result = run(bundle(root(), getObject()), true);
    expect(result.decision).to.equal('Allow');
    expect(result.reasons.map((r) => (r.kind === 'rule' ? r.rule : r.kind))).to.deep.equal(['R95']);
  });
});

describe('R79 R96 R97 who must be named by the resource policy', () => {
  const OBJ = 'arn:aws:s3:::data/*';
  it('R79 across accounts the Allow names the identity and the resource policy statements', () => {
    const result = run(
      bundle(
        user({ identityPolicies: [named('Mine', allow('s3:GetObject', OBJ))] }),
        getObject({ resourceAccount: B }),
        { resourcePolicy: doc(grant(A, 's3:GetObject', OBJ)) },
      ),
      true,
    );
    expect(result.decision).to.equal('Allow');
    expect(result.reasons.map((r) => r.kind)).to.deep.equal(['allow', 'allow']);
    const types = result.reasons.flatMap((r) => (r.kind === 'allow' ? [r.statement.policy.type] : []));
    expect(types).to.deep.equal(['identity', 'resource']);
  });
  it('R96 an anonymous caller needs a resource policy naming "*"; an account grant is not enough', () => {
    const accountOnly = run(bundle(anonymous(), getObject(), { resourcePolicy: doc(grant(A, 's3:GetObject', OBJ)) }));
    expect(accountOnly.decision).to.equal('ImplicitDeny');
    const everyone = run(
      bundle(anonymous(), getObject(), { resourcePolicy: doc(allow('s3:GetObject', OBJ, { Principal: '*' })) }),
      true,
    );
    expect(everyone.decision).to.equal('Allow');
    expect(everyone.reasons.map((r) => r.kind)).to.deep.equal(['allow']);
  });
  it('R97 a service principal needs a resource policy naming it', () => {
    const trail = 'cloudtrail.amazonaws.com';
    const none = run(bundle(service(trail), getObject()), true);
    expect(none.decision).to.equal('ImplicitDeny');
    expect(none.reasons).to.deep.include({ kind: 'no-allow', layer: 'resource' });
    const named_ = run(
      bundle(service(trail), getObject(), {
        resourcePolicy: doc(allow('s3:GetObject', OBJ, { Principal: { Service: trail } })),
      }),
    );
    expect(named_.decision).to.equal('Allow');
  });
});

describe('R78 a resource policy naming the IAM user who federated', () => {
  const OBJ = 'arn:aws:s3:::data/*';
  const readOnlySession = { sessionPolicy: doc(allow('s3:GetObject')) };
  const ec2Session = { sessionPolicy: doc(allow('ec2:*')) };
  const policy = (...principals: string[]) => ({ resourcePolicy: doc(grant(principals, 's3:GetObject', OBJ)) });
  it('R78 naming the federated user as well grants directly, past a session policy without Allow', () => {
    const result = run(bundle(federatedUser(ec2Session), getObject(), policy(ARN.fed, ARN.alice)));
    expect(result.decision).to.equal('Allow');
  });
  it('R78 naming the account and the IAM user is the IAM-user grant, limited by the session policy only', () => {
    expect(run(bundle(federatedUser(readOnlySession), getObject(), policy(A, ARN.alice))).decision).to.equal('Allow');
    expect(run(bundle(federatedUser(ec2Session), getObject(), policy(A, ARN.alice))).decision).to.equal('ImplicitDeny');
  });
  it('R78 R75 naming only the account is an account grant: the identity policies must allow too', () => {
    expect(run(bundle(federatedUser(readOnlySession), getObject(), policy(A))).decision).to.equal('ImplicitDeny');
    const withIdentity = federatedUser({
      ...readOnlySession,
      identityPolicies: [named('Read', allow('s3:GetObject'))],
    });
    expect(run(bundle(withIdentity, getObject(), policy(A))).decision).to.equal('Allow');
  });
  it('R78 a grant to another IAM user does not cover the federated user', () => {
    expect(run(bundle(federatedUser(readOnlySession), getObject(), policy(ARN.bob))).decision).to.equal('ImplicitDeny');
  });
});

describe('R71 explicit denies name the type of the policy that denied', () => {
  it('R71 a session policy Deny is reported as a session policy', () => {
    const p = user({
      identityPolicies: [named('All', allow('*'))],
      sessionPolicy: named('Session', allow('*'), deny('s3:GetObject')),
    });
    const result = run(bundle({ ...p, kind: 'role-session', arn: ARN.session, roleArn: ARN.role }, getObject()), true);
    expect(result.decision).to.equal('ExplicitDeny');
    const types = result.reasons.flatMap((r) => (r.kind === 'explicit-deny' ? [r.statement.policy.type] : []));
    expect(types).to.deep.equal(['session']);
  });
  it('R71 an RCP Deny is reported as an RCP', () => {
    const rcps = [
      { name: 'Root', policies: [named('NoGet', rcpDeny('s3:GetObject'))] },
      { name: 'account', policies: [] },
    ];
    const result = run(
      bundle(user({ identityPolicies: [named('All', allow('*'))] }), getObject({ resourceAccount: A }), { rcps }),
      true,
    );
    expect(result.decision).to.equal('ExplicitDeny');
    const types = result.reasons.flatMap((r) => (r.kind === 'explicit-deny' ? [r.statement.policy.type] : []));
    expect(types).to.deep.equal(['rcp']);
  });
});

describe('R80 which requests need the resource policy to allow', () => {
  const all = { identityPolicies: [named('All', allow('*'))] };
  it('R80 a non-trust action on a role ARN is governed by identity policies', () => {
    expect(run(bundle(user(all), bundleRequest('iam:GetRole', ARN.targetRole))).decision).to.equal('Allow');
  });
  it('R80 sts:TagSession on a role needs the trust policy', () => {
    expect(run(bundle(user(all), bundleRequest('sts:TagSession', ARN.targetRole))).decision).to.equal('ImplicitDeny');
  });
  it('R80 a KMS alias is not a key: identity policies suffice', () => {
    const alias = `arn:aws:kms:us-east-1:${A}:alias/app`;
    expect(run(bundle(user(all), bundleRequest('kms:CreateAlias', alias))).decision).to.equal('Allow');
  });
  it('R80 a key of another service is not a KMS key', () => {
    const key = `arn:aws:payment-cryptography:us-east-1:${A}:key/abc`;
    expect(run(bundle(user(all), bundleRequest('payment-cryptography:GetKey', key))).decision).to.equal('Allow');
  });
  it('R80 a KMS key needs its key policy', () => {
    expect(run(bundle(user(all), bundleRequest('kms:Decrypt', ARN.keyA))).decision).to.equal('ImplicitDeny');
  });
});

describe('R96 why an anonymous caller is refused', () => {
  it('R96 the reason is the resource policy, not the identity policies it cannot have', () => {
    const OBJ = 'arn:aws:s3:::data/*';
    const result = run(bundle(anonymous(), getObject(), { resourcePolicy: doc(grant(A, 's3:GetObject', OBJ)) }), true);
    expect(result.decision).to.equal('ImplicitDeny');
    expect(
      result.reasons.filter((r) => r.kind === 'no-allow').map((r) => r.kind === 'no-allow' && r.layer),
    ).to.deep.equal(['resource']);
  });
});
