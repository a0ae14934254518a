import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  A,
  ARN,
  allow,
  anonymous,
  B,
  bundle,
  decisionOf,
  deny,
  doc,
  explainText,
  federatedUser,
  getObject,
  type Json,
  request,
  root,
  roleSession,
  run,
  service,
  user,
  when,
} from './bundle-builder.js';

// Derived request-context keys (R100–R105) and the report of keys a condition asked for but the request lacked.
// Page: reference_policies_condition-keys.md.

/**
 * True when a condition `operator {key: value}` holds for this principal and request. The probe is a bucket-policy
 * Deny for "*" with that condition: it works for every kind of caller, root and anonymous included.
 */
function holds(
  principal: Json,
  operator: string,
  key: string,
  value: string | string[],
  req: Json = getObject(),
): boolean {
  const probe = { resourcePolicy: doc(deny('*', '*', { Principal: '*', ...when(operator, key, value) })) };
  return decisionOf(bundle(principal, req, probe)) === 'ExplicitDeny';
}

type Row = readonly [title: string, principal: Json, operator: string, key: string, value: string, expected: boolean];

function table(rows: readonly Row[]): void {
  for (const [title, principal, operator, key, value, expected] of rows) {
    it(title, () => {
      expect(holds(principal, operator, key, value), `${operator} ${key} ${value}`).to.equal(expected);
    });
  }
}

const tagged = { tags: { team: 'blue', CostCenter: '42' } };

describe('R100 derived principal keys', () => {
  table([
    ['R100 aws:PrincipalArn of a user is its ARN', user(), 'StringEquals', 'aws:PrincipalArn', ARN.alice, true],
    [
      'R100 aws:PrincipalArn of a role session is the role ARN',
      roleSession(),
      'ArnEquals',
      'aws:PrincipalArn',
      ARN.role,
      true,
    ],
    [
      'R100 aws:PrincipalArn of a role session is not the session ARN',
      roleSession(),
      'StringEquals',
      'aws:PrincipalArn',
      ARN.session,
      false,
    ],
    [
      'R100 aws:PrincipalArn of a federated user is its ARN',
      federatedUser(),
      'StringEquals',
      'aws:PrincipalArn',
      ARN.fed,
      true,
    ],
    [
      'R100 aws:PrincipalArn of the root user is the root ARN',
      root(),
      'StringEquals',
      'aws:PrincipalArn',
      ARN.rootA,
      true,
    ],
    ['R100 anonymous requests have no aws:PrincipalArn', anonymous(), 'Null', 'aws:PrincipalArn', 'true', true],
    ['R100 aws:PrincipalAccount of a user', user(), 'StringEquals', 'aws:PrincipalAccount', A, true],
    ['R100 aws:PrincipalAccount of a role session', roleSession(), 'StringEquals', 'aws:PrincipalAccount', A, true],
    [
      'R100 aws:PrincipalAccount of an anonymous caller is "anonymous"',
      anonymous(),
      'StringEquals',
      'aws:PrincipalAccount',
      'anonymous',
      true,
    ],
    ['R100 aws:PrincipalType of a user is User', user(), 'StringEquals', 'aws:PrincipalType', 'User', true],
    [
      'R100 aws:PrincipalType of a role session is AssumedRole',
      roleSession(),
      'StringEquals',
      'aws:PrincipalType',
      'AssumedRole',
      true,
    ],
    [
      'R100 aws:PrincipalType of a federated user is FederatedUser',
      federatedUser(),
      'StringEquals',
      'aws:PrincipalType',
      'FederatedUser',
      true,
    ],
    [
      'R100 aws:PrincipalType of the root user is Account',
      root(),
      'StringEquals',
      'aws:PrincipalType',
      'Account',
      true,
    ],
    [
      'R100 aws:PrincipalType of an anonymous caller is Anonymous',
      anonymous(),
      'StringEquals',
      'aws:PrincipalType',
      'Anonymous',
      true,
    ],
    ['R100 aws:PrincipalIsAWSService is false for a user', user(), 'Bool', 'aws:PrincipalIsAWSService', 'false', true],
    [
      'R100 aws:PrincipalIsAWSService is false for a role session',
      roleSession(),
      'Bool',
      'aws:PrincipalIsAWSService',
      'false',
      true,
    ],
    [
      'R100 aws:PrincipalIsAWSService is true for a service principal',
      service(),
      'Bool',
      'aws:PrincipalIsAWSService',
      'true',
      true,
    ],
    [
      'R100 anonymous requests have no aws:PrincipalIsAWSService',
      anonymous(),
      'Null',
      'aws:PrincipalIsAWSService',
      'true',
      true,
    ],
    [
      'R100 aws:PrincipalServiceName of a service principal',
      service(),
      'StringEquals',
      'aws:PrincipalServiceName',
      'cloudtrail.amazonaws.com',
      true,
    ],
    ['R100 a user has no aws:PrincipalServiceName', user(), 'Null', 'aws:PrincipalServiceName', 'true', true],
    [
      'R100 aws:PrincipalOrgID when the organization is known',
      user({ orgId: 'o-a1b2c3d4e5' }),
      'StringEquals',
      'aws:PrincipalOrgID',
      'o-a1b2c3d4e5',
      true,
    ],
    ['R100 no aws:PrincipalOrgID when the organization is unknown', user(), 'Null', 'aws:PrincipalOrgID', 'true', true],
  ]);
});

describe('R101 aws:userid and aws:username', () => {
  table([
    [
      'R101 aws:userid of a user is its unique id',
      user({ uniqueId: 'AIDAEXAMPLE' }),
      'StringEquals',
      'aws:userid',
      'AIDAEXAMPLE',
      true,
    ],
    [
      'R101 aws:userid of a role session is ROLEID:session',
      roleSession({ uniqueId: 'AROAEXAMPLE' }),
      'StringEquals',
      'aws:userid',
      'AROAEXAMPLE:s1',
      true,
    ],
    [
      'R101 aws:userid of a federated user is ACCOUNT:name',
      federatedUser(),
      'StringEquals',
      'aws:userid',
      `${A}:carol`,
      true,
    ],
    ['R101 aws:userid of the root user is the account id', root(), 'StringEquals', 'aws:userid', A, true],
    [
      'R101 aws:userid of an anonymous caller is "anonymous"',
      anonymous(),
      'StringEquals',
      'aws:userid',
      'anonymous',
      true,
    ],
    ['R101 aws:username of a user is its name', user(), 'StringEquals', 'aws:username', 'alice', true],
    [
      'R101 aws:username drops the path',
      user({ arn: `arn:aws:iam::${A}:user/division/dev/alice` }),
      'StringEquals',
      'aws:username',
      'alice',
      true,
    ],
    ['R101 a role session has no aws:username', roleSession(), 'Null', 'aws:username', 'true', true],
    ['R101 a federated user has no aws:username', federatedUser(), 'Null', 'aws:username', 'true', true],
    ['R101 the root user has no aws:username', root(), 'Null', 'aws:username', 'true', true],
    ['R101 an anonymous caller has no aws:username', anonymous(), 'Null', 'aws:username', 'true', true],
  ]);
});

describe('R102 principal tags', () => {
  table([
    [
      'R102 a role session sees its tags as aws:PrincipalTag',
      roleSession(tagged),
      'StringEquals',
      'aws:PrincipalTag/team',
      'blue',
      true,
    ],
    [
      'R102 a user sees its tags as aws:PrincipalTag',
      user(tagged),
      'StringEquals',
      'aws:PrincipalTag/CostCenter',
      '42',
      true,
    ],
    [
      'R102 tag keys are matched without regard to case',
      roleSession(tagged),
      'StringEquals',
      'aws:PrincipalTag/costcenter',
      '42',
      true,
    ],
    [
      'R102 a tag value is compared exactly',
      roleSession(tagged),
      'StringEquals',
      'aws:PrincipalTag/team',
      'red',
      false,
    ],
    ['R102 an absent tag is absent', roleSession(tagged), 'Null', 'aws:PrincipalTag/project', 'true', true],
  ]);

  it('R102 ABAC: a role session reads only objects tagged with its team', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, not a template literal.
    const team = '${aws:PrincipalTag/team}';
    const abac = doc(
      allow('s3:GetObject', '*', {
        Condition: { StringEquals: { 'aws:ResourceTag/team': team } },
      }),
    );
    const blueObject = getObject({ resourceTags: { team: 'blue' } });
    const redObject = getObject({ resourceTags: { team: 'red' } });
    expect(decisionOf(bundle(roleSession({ ...tagged, identityPolicies: [abac] }), blueObject))).to.equal('Allow');
    expect(decisionOf(bundle(roleSession({ ...tagged, identityPolicies: [abac] }), redObject))).to.equal(
      'ImplicitDeny',
    );
  });
});

describe('R103 derived resource keys', () => {
  it('R103 aws:ResourceAccount is the given resourceAccount', () => {
    expect(holds(user(), 'StringEquals', 'aws:ResourceAccount', B, getObject({ resourceAccount: B }))).to.equal(true);
  });
  it('R103 aws:ResourceAccount is the account in the resource ARN', () => {
    expect(holds(user(), 'StringEquals', 'aws:ResourceAccount', B, request('sqs:SendMessage', ARN.queueB))).to.equal(
      true,
    );
  });
  it("R103 aws:ResourceAccount is the caller's account when the ARN names none", () => {
    expect(holds(user(), 'StringEquals', 'aws:ResourceAccount', A, getObject())).to.equal(true);
  });
  it('R103 a given resourceAccount wins over the account in the ARN', () => {
    const req = request('sqs:SendMessage', ARN.queueB, { resourceAccount: A });
    expect(holds(user(), 'StringEquals', 'aws:ResourceAccount', A, req)).to.equal(true);
  });
  it('R103 aws:ResourceTag/key comes from resourceTags', () => {
    const req = getObject({ resourceTags: { env: 'prod' } });
    expect(holds(user(), 'StringEquals', 'aws:ResourceTag/env', 'prod', req)).to.equal(true);
    expect(holds(user(), 'Null', 'aws:ResourceTag/owner', 'true', req)).to.equal(true);
  });
});

describe('R104 time keys come only from the request', () => {
  const at = (context: Json) => getObject({ context });
  it('R104 without a time in the request, neither aws:CurrentTime nor aws:EpochTime exists', () => {
    expect(holds(user(), 'Null', 'aws:CurrentTime', 'true')).to.equal(true);
    expect(holds(user(), 'Null', 'aws:EpochTime', 'true')).to.equal(true);
  });
  it('R104 aws:EpochTime is derived from aws:CurrentTime', () => {
    const req = at({ 'aws:CurrentTime': '2023-11-14T22:13:20Z' });
    expect(holds(user(), 'NumericEquals', 'aws:EpochTime', '1700000000', req)).to.equal(true);
  });
  it('R104 aws:CurrentTime is derived from aws:EpochTime', () => {
    const req = at({ 'aws:EpochTime': '1700000000' });
    expect(holds(user(), 'DateEquals', 'aws:CurrentTime', '2023-11-14T22:13:20Z', req)).to.equal(true);
    expect(holds(user(), 'DateLessThan', 'aws:CurrentTime', '2024-01-01T00:00:00Z', req)).to.equal(true);
  });
  it('R104 a condition on aws:CurrentTime sees the given time', () => {
    const before = at({ 'aws:CurrentTime': '2023-06-01T00:00:00Z' });
    const after = at({ 'aws:CurrentTime': '2025-06-01T00:00:00Z' });
    expect(holds(user(), 'DateGreaterThan', 'aws:CurrentTime', '2024-01-01T00:00:00Z', before)).to.equal(false);
    expect(holds(user(), 'DateGreaterThan', 'aws:CurrentTime', '2024-01-01T00:00:00Z', after)).to.equal(true);
  });
});

describe('R105 given context values override derived ones', () => {
  it('R105 a given aws:PrincipalArn replaces the role ARN', () => {
    const req = getObject({ context: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/other' } });
    expect(
      holds(roleSession(), 'StringEquals', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/other', req),
    ).to.equal(true);
    expect(holds(roleSession(), 'StringEquals', 'aws:PrincipalArn', ARN.role, req)).to.equal(false);
  });
  it('R105 a given key overrides whatever its case', () => {
    const req = getObject({ context: { 'AWS:PRINCIPALTYPE': 'Custom' } });
    expect(holds(user(), 'StringEquals', 'aws:PrincipalType', 'Custom', req)).to.equal(true);
  });
  it('R105 a given aws:PrincipalTag replaces the tag', () => {
    const req = getObject({ context: { 'aws:PrincipalTag/team': 'green' } });
    expect(holds(roleSession(tagged), 'StringEquals', 'aws:PrincipalTag/team', 'green', req)).to.equal(true);
  });
  it('R105 a given aws:ResourceAccount replaces the derived one', () => {
    const req = getObject({ context: { 'aws:ResourceAccount': B } });
    expect(holds(user(), 'StringEquals', 'aws:ResourceAccount', B, req)).to.equal(true);
  });
  it('R105 a given aws:ResourceTag replaces the one from resourceTags', () => {
    const req = getObject({ resourceTags: { env: 'prod' }, context: { 'aws:ResourceTag/env': 'dev' } });
    expect(holds(user(), 'StringEquals', 'aws:ResourceTag/env', 'dev', req)).to.equal(true);
  });
  it('R105 both time keys given: neither is derived from the other', () => {
    const req = getObject({ context: { 'aws:CurrentTime': '2023-11-14T22:13:20Z', 'aws:EpochTime': '1' } });
    expect(holds(user(), 'NumericEquals', 'aws:EpochTime', '1', req)).to.equal(true);
  });
  it('R105 a key that is not derived for this caller can be given', () => {
    const req = getObject({ context: { 'aws:username': 'mallory' } });
    expect(holds(roleSession(), 'StringEquals', 'aws:username', 'mallory', req)).to.equal(true);
  });
});

describe('missingContextKeys', () => {
  const withCondition = (operator: string, key: string, value: string) =>
    user({ identityPolicies: [doc(allow('s3:GetObject', '*', when(operator, key, value)))] });

  it('lists a key a condition asked for but the request lacked', () => {
    const result = run(bundle(withCondition('IpAddress', 'aws:SourceIp', '10.0.0.0/8'), getObject()));
    expect(result.decision).to.equal('ImplicitDeny');
    expect(result.missingContextKeys).to.deep.equal(['aws:SourceIp']);
  });
  it('does not list a key the request has', () => {
    const req = getObject({ context: { 'aws:SourceIp': '10.1.2.3' } });
    const result = run(bundle(withCondition('IpAddress', 'aws:SourceIp', '10.0.0.0/8'), req));
    expect(result.decision).to.equal('Allow');
    expect(result.missingContextKeys).to.deep.equal([]);
  });
  it('keeps the key as written in the policy', () => {
    const result = run(bundle(withCondition('IpAddress', 'AWS:SourceIP', '10.0.0.0/8'), getObject()));
    expect(result.missingContextKeys).to.deep.equal(['AWS:SourceIP']);
  });
  it('does not list derived keys', () => {
    const result = run(bundle(withCondition('StringEquals', 'aws:PrincipalArn', ARN.alice), getObject()));
    expect(result.decision).to.equal('Allow');
    expect(result.missingContextKeys).to.deep.equal([]);
  });
  it('lists several keys from several layers, sorted, once each', () => {
    const principal = user({
      identityPolicies: [
        doc(
          allow('s3:GetObject', '*', { Condition: { StringEquals: { 's3:prefix': 'a', 'aws:SourceVpc': 'vpc-1' } } }),
        ),
      ],
      permissionsBoundary: doc(allow('*', '*', when('StringEquals', 's3:prefix', 'a'))),
    });
    const result = run(
      bundle(principal, getObject(), {
        scps: [[doc(allow('*', '*', when('Bool', 'aws:MultiFactorAuthPresent', 'true')))]],
      }),
    );
    expect(result.missingContextKeys).to.deep.equal(['aws:MultiFactorAuthPresent', 'aws:SourceVpc', 's3:prefix']);
  });
  it('lists keys even when another statement allows', () => {
    const principal = user({
      identityPolicies: [
        doc(allow('s3:GetObject', '*'), allow('s3:GetObject', '*', when('Bool', 'aws:SecureTransport', 'true'))),
      ],
    });
    const result = run(bundle(principal, getObject()));
    expect(result.decision).to.equal('Allow');
    expect(result.missingContextKeys).to.deep.equal(['aws:SecureTransport']);
  });
  it('ignores statements for other actions', () => {
    const principal = user({
      identityPolicies: [doc(allow('s3:GetObject'), allow('ec2:*', '*', when('StringEquals', 'ec2:Region', 'x')))],
    });
    expect(run(bundle(principal, getObject())).missingContextKeys).to.deep.equal([]);
  });
  it('lists keys of resource-policy conditions', () => {
    const result = run(
      bundle(user(), getObject(), {
        resourcePolicy: doc(
          allow('s3:GetObject', '*', { Principal: '*', ...when('StringEquals', 'aws:SourceVpce', 'vpce-1') }),
        ),
      }),
    );
    expect(result.decision).to.equal('ImplicitDeny');
    expect(result.missingContextKeys).to.deep.equal(['aws:SourceVpce']);
  });
  it('is rendered in the text explanation', () => {
    const text = explainText(bundle(withCondition('IpAddress', 'aws:SourceIp', '10.0.0.0/8'), getObject()));
    expect(text).to.include('context keys a condition asked for but the request lacked: aws:SourceIp');
  });
});
