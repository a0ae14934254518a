import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { NearMiss, Reason } from '../../src/engine/decision.js';
import {
  A,
  ARN,
  allow,
  B,
  bundle,
  deny,
  doc,
  explainText,
  FULL_ACCESS,
  federatedUser,
  getObject,
  grant,
  type Json,
  named,
  rcpDeny,
  request,
  root,
  roleSession,
  run,
  user,
  when,
} from './bundle-builder.js';

// Explain mode: every decision names what decided it (GUIDE §5). Explicit denies name the Deny statements, implicit
// denies name the layer without an Allow (and the SCP level), and near misses say which part failed.

const OBJ = 'arn:aws:s3:::data/*';

function kinds(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => r.kind);
}

function explicitDenies(reasons: readonly Reason[]) {
  return reasons.flatMap((r) => (r.kind === 'explicit-deny' ? [r.statement] : []));
}

function noAllows(reasons: readonly Reason[]) {
  return reasons.flatMap((r) => (r.kind === 'no-allow' ? [r] : []));
}

function nearMisses(reasons: readonly Reason[]): NearMiss[] {
  return reasons.flatMap((r) => (r.kind === 'near-miss' ? [r.miss] : []));
}

describe('R71 explicit-deny reasons', () => {
  const guarded = bundle(
    user({
      identityPolicies: [
        named('S3Read', allow('s3:GetObject', OBJ)),
        named('Guard', allow('ec2:*'), { ...deny('s3:*'), Sid: 'NoS3' }),
      ],
    }),
    getObject(),
  );

  it('R71 names the Deny statement: policy type, policy name, Sid, index', () => {
    const result = run(guarded, true);
    expect(result.decision).to.equal('ExplicitDeny');
    expect(explicitDenies(result.reasons)).to.deep.equal([
      { policy: { type: 'identity', name: 'Guard' }, index: 1, sid: 'NoS3', effect: 'Deny' },
    ]);
  });

  it('R71 without explain the deciding Deny is still named', () => {
    const result = run(guarded);
    expect(explicitDenies(result.reasons).map((s) => s.sid)).to.deep.equal(['NoS3']);
  });

  it('R71 renders as text naming the statement and policy', () => {
    expect(explainText(guarded)).to.include(
      'explicitly denied by Deny statement `NoS3` (#1) of identity policy `Guard`',
    );
  });

  it('R71 lists every applicable Deny, across layers', () => {
    const result = run(
      bundle(user({ identityPolicies: [named('Guard', { ...deny('s3:GetObject'), Sid: 'A' })] }), getObject(), {
        resourcePolicy: named('Bucket', { ...deny('s3:*', OBJ, { Principal: '*' }), Sid: 'B' }),
      }),
      true,
    );
    const refs = explicitDenies(result.reasons).map((s) => `${s.policy.type}:${s.policy.name}:${s.sid}`);
    expect(refs).to.have.members(['identity:Guard:A', 'resource:Bucket:B']);
  });

  it('R71 a Deny statement without Sid is named by its index', () => {
    const text = explainText(
      bundle(user({ identityPolicies: [named('P', allow('ec2:*'), deny('s3:*'))] }), getObject()),
    );
    expect(text).to.include('Deny statement #1 of identity policy `P`');
  });

  it('R71 an SCP Deny names its level', () => {
    const result = run(
      bundle(user({ identityPolicies: [doc(allow('*'))] }), getObject(), {
        scps: [
          { name: 'Root', policies: [FULL_ACCESS] },
          { name: 'OU Workloads', policies: [named('FullAWSAccess', allow('*')), named('NoS3', deny('s3:*'))] },
        ],
      }),
      true,
    );
    const [ref] = explicitDenies(result.reasons);
    expect(ref?.policy).to.deep.include({ type: 'scp', name: 'NoS3', level: 1, levelName: 'OU Workloads' });
    expect(
      explainText(
        bundle(user({ identityPolicies: [doc(allow('*'))] }), getObject(), {
          scps: [{ name: 'OU Workloads', policies: [named('FullAWSAccess', allow('*')), named('NoS3', deny('s3:*'))] }],
        }),
      ),
    ).to.include('SCP `NoS3` at `OU Workloads`');
  });

  it('R87 explicit-deny reasons leave out SCPs that do not apply (management account)', () => {
    const result = run(
      bundle(user({ identityPolicies: [named('Guard', deny('s3:*'))] }), getObject(), {
        scps: [[named('NoS3', deny('s3:*'))]],
        isManagementAccount: true,
      }),
      true,
    );
    expect(result.decision).to.equal('ExplicitDeny');
    expect(explicitDenies(result.reasons).map((s) => s.policy.name)).to.deep.equal(['Guard']);
  });

  it('R91 explicit-deny reasons leave out RCPs that do not apply (unsupported service)', () => {
    const result = run(
      bundle(
        user({ identityPolicies: [named('Guard', deny('ec2:*'))] }),
        request('ec2:TerminateInstances', `arn:aws:ec2:us-east-1:${A}:instance/i-1`),
        { rcps: [[named('NoEc2', rcpDeny('ec2:*'))]] },
      ),
      true,
    );
    expect(result.decision).to.equal('ExplicitDeny');
    expect(explicitDenies(result.reasons).map((s) => s.policy.name)).to.deep.equal(['Guard']);
  });
  it('R99 explicit-deny reasons leave out the bucket-policy Deny the owner root is exempt from', () => {
    const result = run(
      bundle(root(), request('s3:PutBucketPolicy', ARN.bucket), {
        resourcePolicy: named('Bucket', deny('s3:*', ARN.bucket, { Principal: '*' })),
        scps: [[named('FullAWSAccess', allow('*')), named('NoPolicyEdits', deny('s3:PutBucketPolicy'))]],
      }),
      true,
    );
    expect(result.decision).to.equal('ExplicitDeny');
    expect(explicitDenies(result.reasons).map((s) => s.policy.name)).to.deep.equal(['NoPolicyEdits']);
  });
});

describe('R70 no-allow reasons name the layer', () => {
  it('R70 no identity policy allows', () => {
    const json = bundle(user(), getObject());
    expect(noAllows(run(json, true).reasons)).to.deep.equal([{ kind: 'no-allow', layer: 'identity' }]);
    expect(explainText(json)).to.include(`no identity policy allows s3:GetObject on ${ARN.object}`);
  });

  it('R81 the boundary, by name', () => {
    const json = bundle(
      user({ identityPolicies: [doc(allow('s3:*'))], permissionsBoundary: named('DevBoundary', allow('ec2:*')) }),
      getObject(),
    );
    const result = run(json, true);
    expect(result.decision).to.equal('ImplicitDeny');
    expect(noAllows(result.reasons)).to.deep.equal([
      { kind: 'no-allow', layer: 'boundary', policyName: 'DevBoundary' },
    ]);
    expect(explainText(json)).to.include('no permissions boundary `DevBoundary` allows');
  });

  it('R93 the session policy, by name', () => {
    const json = bundle(
      roleSession({ identityPolicies: [doc(allow('s3:*'))], sessionPolicy: named('Narrow', allow('ec2:*')) }),
      getObject(),
    );
    expect(noAllows(run(json, true).reasons)).to.deep.equal([
      { kind: 'no-allow', layer: 'session', policyName: 'Narrow' },
    ]);
  });

  it('R94 the missing session policy of a federated user', () => {
    const result = run(bundle(federatedUser({ identityPolicies: [doc(allow('s3:*'))] }), getObject()), true);
    expect(noAllows(result.reasons).map((r) => r.layer)).to.deep.equal(['session']);
  });

  it('R86 the SCP level without an Allow, by level name', () => {
    const json = bundle(user({ identityPolicies: [doc(allow('s3:*'))] }), getObject(), {
      scps: [
        { name: 'Root', policies: [FULL_ACCESS] },
        { name: 'OU Sandbox', policies: [named('OnlyEc2', allow('ec2:*'))] },
        { name: `account ${A}`, policies: [FULL_ACCESS] },
      ],
    });
    const result = run(json, true);
    expect(result.decision).to.equal('ImplicitDeny');
    expect(noAllows(result.reasons)).to.deep.equal([{ kind: 'no-allow', layer: 'scp', levelName: 'OU Sandbox' }]);
    expect(explainText(json)).to.include('no SCP at `OU Sandbox` allows s3:GetObject');
  });

  it('R86 an unnamed SCP level is named by its position', () => {
    const result = run(
      bundle(user({ identityPolicies: [doc(allow('s3:*'))] }), getObject(), {
        scps: [[FULL_ACCESS], [doc(allow('ec2:*'))]],
      }),
      true,
    );
    expect(noAllows(result.reasons)).to.deep.equal([{ kind: 'no-allow', layer: 'scp', levelName: 'level 1' }]);
  });

  it('R79 the resource policy of a cross-account request, by name', () => {
    const json = bundle(user({ identityPolicies: [doc(allow('s3:*'))] }), getObject({ resourceAccount: B }), {
      resourcePolicy: named('DataBucketPolicy', grant(ARN.bob, 's3:GetObject', OBJ)),
    });
    expect(noAllows(run(json, true).reasons)).to.deep.equal([
      { kind: 'no-allow', layer: 'resource', policyName: 'DataBucketPolicy' },
    ]);
    expect(explainText(json)).to.include('no resource policy `DataBucketPolicy` allows');
  });

  it('R80 the missing trust policy', () => {
    const result = run(
      bundle(user({ identityPolicies: [doc(allow('sts:AssumeRole'))] }), request('sts:AssumeRole', ARN.targetRole)),
      true,
    );
    expect(noAllows(result.reasons).map((r) => r.layer)).to.deep.equal(['resource']);
  });
});

describe('near-miss reasons', () => {
  const tagged = (identity: Json) => user({ tags: { team: 'red' }, identityPolicies: [identity] });
  const teamBlue = named('S3Read', {
    Sid: 'Read',
    ...allow('s3:Get*', OBJ, when('StringEquals', 'aws:PrincipalTag/team', 'blue')),
  });

  it('R70 a condition near miss gives key, operator, expected and actual', () => {
    const result = run(bundle(tagged(teamBlue), getObject()), true);
    expect(result.decision).to.equal('ImplicitDeny');
    const [miss] = nearMisses(result.reasons);
    expect(miss?.statement).to.deep.include({ sid: 'Read', index: 0 });
    expect(miss?.statement.policy).to.deep.include({ type: 'identity', name: 'S3Read' });
    expect(miss).to.deep.include({ action: true, resource: true });
    expect(miss?.conditions).to.have.length(1);
    expect(miss?.conditions[0]).to.deep.include({
      operator: 'StringEquals',
      key: 'aws:PrincipalTag/team',
      expected: ['blue'],
      actual: 'red',
      matched: false,
      missing: false,
    });
  });

  it('R70 renders the condition near miss as text', () => {
    expect(explainText(bundle(tagged(teamBlue), getObject()))).to.include(
      'nearly matched: Allow statement `Read` (#0) of identity policy `S3Read`, but condition StringEquals aws:PrincipalTag/team expects "blue", the request has "red"',
    );
  });

  it('R70 a near miss on a missing key says the request has no such key', () => {
    const policy = named('Vpc', allow('s3:GetObject', OBJ, when('StringEquals', 'aws:SourceVpc', 'vpc-1')));
    const result = run(bundle(user({ identityPolicies: [policy] }), getObject()), true);
    expect(nearMisses(result.reasons)[0]?.conditions[0]).to.deep.include({ key: 'aws:SourceVpc', missing: true });
    expect(explainText(bundle(user({ identityPolicies: [policy] }), getObject()))).to.include(
      'condition StringEquals aws:SourceVpc expects "vpc-1", the request has no such key',
    );
  });

  it('R70 a resource near miss says the resource does not match', () => {
    const policy = named('Other', allow('s3:GetObject', 'arn:aws:s3:::other/*'));
    const json = bundle(user({ identityPolicies: [policy] }), getObject());
    expect(nearMisses(run(json, true).reasons)[0]).to.deep.include({ action: true, resource: false });
    expect(explainText(json)).to.include('the resource does not match');
  });

  it('R70 everything but the action matched (a likely typo) is a near miss', () => {
    const policy = named('Typo', allow('s3:GetObjects', OBJ));
    const json = bundle(user({ identityPolicies: [policy] }), getObject());
    expect(nearMisses(run(json, true).reasons)[0]).to.deep.include({ action: false, resource: true });
    expect(explainText(json)).to.include('the action does not match');
  });

  it('R73 a resource-policy statement for another principal is a near miss on the principal', () => {
    const json = bundle(user(), getObject(), { resourcePolicy: named('Bucket', grant(ARN.bob, 's3:GetObject', OBJ)) });
    expect(nearMisses(run(json, true).reasons)[0]).to.deep.include({ action: true, resource: true, principal: false });
    expect(explainText(json)).to.include('the principal does not match');
  });

  it('R70 statements for unrelated actions and resources are not near misses', () => {
    const policy = named('Ec2', allow('ec2:RunInstances', 'arn:aws:ec2:*:*:instance/*'));
    expect(nearMisses(run(bundle(user({ identityPolicies: [policy] }), getObject()), true).reasons)).to.deep.equal([]);
  });

  it('R70 near misses appear only in explain mode', () => {
    expect(kinds(run(bundle(tagged(teamBlue), getObject())).reasons)).to.not.include('near-miss');
  });
});

describe('allow reasons', () => {
  it('R73 names the allowing identity statement and the limits it passed', () => {
    const json = bundle(
      roleSession({
        identityPolicies: [named('S3Read', { Sid: 'Read', ...allow('s3:GetObject', OBJ) })],
        permissionsBoundary: named('Boundary', allow('s3:*')),
      }),
      getObject(),
      { scps: [{ name: 'Root', policies: [named('FullAWSAccess', allow('*'))] }] },
    );
    const result = run(json, true);
    expect(result.decision).to.equal('Allow');
    const allowed = result.reasons.flatMap((r) => (r.kind === 'allow' ? [r.statement.policy.name] : []));
    expect(allowed).to.have.members(['S3Read', 'Boundary', 'FullAWSAccess']);
    expect(explainText(json)).to.include('allowed by Allow statement `Read` (#0) of identity policy `S3Read`');
    expect(explainText(json)).to.include('permissions boundary `Boundary`');
  });

  it('R77 names the resource-policy statement that granted directly', () => {
    const json = bundle(roleSession(), getObject(), {
      resourcePolicy: named('Bucket', { Sid: 'Session', ...grant(ARN.session, 's3:GetObject', OBJ) }),
    });
    const result = run(json, true);
    expect(result.reasons).to.deep.include({
      kind: 'allow',
      statement: { policy: { type: 'resource', name: 'Bucket' }, index: 0, sid: 'Session', effect: 'Allow' },
    });
  });

  it('R95 names the root-user rule', () => {
    const result = run(bundle(root(), getObject()), true);
    expect(result.reasons).to.deep.include({
      kind: 'rule',
      rule: 'R95',
      message: 'the root user has full access to its own account',
    });
    expect(explainText(bundle(root(), getObject()))).to.include('(R95)');
  });

  it('R98 names the GetCallerIdentity rule', () => {
    const result = run(
      bundle(user({ identityPolicies: [doc(deny('*'))] }), request('sts:GetCallerIdentity', '*')),
      true,
    );
    expect(result.decision).to.equal('Allow');
    expect(result.reasons.map((r) => (r.kind === 'rule' ? r.rule : r.kind))).to.deep.equal(['R98']);
  });
});

describe('R70 explain never changes the decision', () => {
  const bundles: Json[] = [
    bundle(user(), getObject()),
    bundle(user({ identityPolicies: [doc(allow('s3:*'))] }), getObject()),
    bundle(user({ identityPolicies: [doc(allow('s3:*'), deny('s3:GetObject'))] }), getObject()),
    bundle(roleSession({ sessionPolicy: doc(allow('ec2:*')) }), getObject(), {
      resourcePolicy: doc(grant(ARN.role, 's3:GetObject', OBJ)),
    }),
    bundle(root(), getObject(), { scps: [[doc(allow('ec2:*'))]] }),
    bundle(user({ identityPolicies: [doc(allow('s3:*'))] }), getObject({ resourceAccount: B })),
  ];
  for (const [i, json] of bundles.entries()) {
    it(`R70 case ${i + 1}: same decision with and without explain`, () => {
      expect(run(json, true).decision).to.equal(run(json).decision);
    });
  }
});
