import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Session } from '../../src/model/session.js';
import type { StsResult } from '../../src/sts/sts-result.js';
import { allow, DEV, doc, rootOfAccount, standardWorld, type TestWorld, when } from '../model/model-builder.js';

// GetSessionToken (R118–R120, R125, R130–R132) and GetFederationToken (R93, R94, R107, R133, R134).

function session(result: StsResult<Session>): Session {
  if (!result.ok) throw new Error(`expected a session: ${result.reason}`);
  return result.value;
}

function failure(result: StsResult<unknown>): string {
  if (result.ok) throw new Error('expected a failure');
  return result.reason;
}

const as = (s: Session) => ({ kind: 'session', session: s }) as const;

function tokenWorld(): TestWorld {
  const t = standardWorld();
  t.model.addMfaDevice('alice');
  t.model.putInlinePolicy(
    'user',
    'alice',
    'MfaOnlyDelete',
    doc(
      allow(['s3:ListAllMyBuckets', 'iam:ListUsers', 'sts:GetFederationToken']),
      allow('s3:DeleteBucket', '*', when('Bool', 'aws:MultiFactorAuthPresent', 'true')),
    ),
  );
  return t;
}

describe('R130 R125 GetSessionToken', () => {
  it('R130 needs no permission: bob, with no policies, gets a token that acts as bob', () => {
    const t = standardWorld();
    const s = session(t.sts.getSessionToken('bob', { name: 'bob-temp' }));
    expect(s.kind).to.equal('user-token');
    expect(s.arn).to.equal(`arn:aws:iam::${DEV}:user/bob`);
    expect(s.expiresAt, '12 hours by default').to.equal('2025-01-01T12:00:00Z');
    const principal = t.model.bundleFor(as(s), 's3:GetObject', '*').principal;
    expect(principal.kind).to.equal('user');
    expect(principal.arn).to.equal(`arn:aws:iam::${DEV}:user/bob`);
  });

  it('R125 R118 R119 with MFA: aws:MultiFactorAuthPresent is true and aws:MultiFactorAuthAge counts seconds', () => {
    const t = tokenWorld();
    const s = session(t.sts.getSessionToken('alice', { name: 'alice-mfa', mfa: true }));
    t.model.advance(120);
    const context = t.model.bundleFor(as(s), 's3:DeleteBucket', 'arn:aws:s3:::data').request.context;
    expect(context['aws:MultiFactorAuthPresent']).to.equal('true');
    expect(context['aws:MultiFactorAuthAge']).to.equal('120');
    expect(context['aws:TokenIssueTime']).to.equal('2025-01-01T00:00:00Z');
    expect(t.decide(as(s), 's3:DeleteBucket', 'arn:aws:s3:::data')).to.equal('Allow');
  });

  it('R118 without MFA: aws:MultiFactorAuthPresent is false and there is no age; the MFA-only action is denied', () => {
    const t = tokenWorld();
    const s = session(t.sts.getSessionToken('alice', { name: 'alice-temp' }));
    const context = t.model.bundleFor(as(s), 's3:DeleteBucket', 'arn:aws:s3:::data').request.context;
    expect(context['aws:MultiFactorAuthPresent']).to.equal('false');
    expect(context).not.to.have.property('aws:MultiFactorAuthAge');
    expect(t.decide(as(s), 's3:DeleteBucket', 'arn:aws:s3:::data')).to.equal('ImplicitDeny');
    expect(t.decide('alice', 's3:DeleteBucket', 'arn:aws:s3:::data'), 'long-term keys').to.equal('ImplicitDeny');
  });

  const rows: {
    title: string;
    who: string;
    options: { durationSeconds?: number; mfa?: boolean };
    ok: boolean;
    because?: string;
  }[] = [
    { title: 'R130 an IAM user for 900 seconds', who: 'alice', options: { durationSeconds: 900 }, ok: true },
    {
      title: 'R130 an IAM user for 899 seconds',
      who: 'alice',
      options: { durationSeconds: 899 },
      ok: false,
      because: '900–129600',
    },
    { title: 'R130 an IAM user for 36 hours', who: 'alice', options: { durationSeconds: 129600 }, ok: true },
    {
      title: 'R130 an IAM user for 36 hours and a second',
      who: 'alice',
      options: { durationSeconds: 129601 },
      ok: false,
      because: '900–129600',
    },
    { title: 'R130 the root user for one hour', who: 'root of dev', options: { durationSeconds: 3600 }, ok: true },
    {
      title: 'R130 the root user for more than one hour',
      who: 'root of dev',
      options: { durationSeconds: 3601 },
      ok: false,
      because: 'root user',
    },
    { title: 'R125 MFA without a device', who: 'bob', options: { mfa: true }, ok: false, because: 'no MFA device' },
    { title: 'R132 MFA with root credentials', who: 'root of dev', options: { mfa: true }, ok: false, because: 'R132' },
    { title: 'R134 a role session', who: 'app', options: {}, ok: false, because: 'R134' },
    { title: 'R130 an anonymous caller', who: 'anonymous', options: {}, ok: false, because: 'R130' },
  ];
  for (const row of rows) {
    it(`${row.title} → ${row.ok ? 'token' : 'refused'}`, () => {
      const result = tokenWorld().sts.getSessionToken(row.who, { name: 'tok', ...row.options });
      expect(result.ok, result.ok ? 'succeeded' : result.reason).to.equal(row.ok);
      if (!result.ok && row.because !== undefined) expect(result.reason).to.include(row.because);
    });
  }

  it('R130 the root user’s token lasts one hour by default and acts as the root user', () => {
    const t = standardWorld();
    const s = session(t.sts.getSessionToken('root of dev', { name: 'root-temp' }));
    expect(s.expiresAt).to.equal('2025-01-01T01:00:00Z');
    expect(s.arn).to.equal(rootOfAccount(DEV));
    expect(t.model.bundleFor(as(s), 's3:GetObject', '*').principal.kind).to.equal('root');
  });
});

describe('R131 what GetSessionToken credentials can call', () => {
  const rows = [
    { title: 'IAM without MFA', mfa: false, action: 'iam:ListUsers', expected: 'ImplicitDeny', rule: 'R131' },
    { title: 'IAM with MFA', mfa: true, action: 'iam:ListUsers', expected: 'Allow' },
    {
      title: 'sts:GetFederationToken',
      mfa: true,
      action: 'sts:GetFederationToken',
      expected: 'ImplicitDeny',
      rule: 'R131',
    },
    {
      title: 'sts:AssumeRole',
      mfa: false,
      action: 'sts:AssumeRole',
      expected: 'Allow',
      resource: `arn:aws:iam::${DEV}:role/app`,
    },
    { title: 'sts:GetCallerIdentity', mfa: false, action: 'sts:GetCallerIdentity', expected: 'Allow' },
    { title: 'other services', mfa: false, action: 's3:ListAllMyBuckets', expected: 'Allow' },
  ];
  for (const row of rows) {
    it(`R131 ${row.title} (${row.mfa ? 'with' : 'without'} MFA) → ${row.expected}`, () => {
      const t = tokenWorld();
      t.model.putInlinePolicy('user', 'alice', 'Assume', doc(allow('sts:AssumeRole')));
      const s = session(t.sts.getSessionToken('alice', { name: 'tok', mfa: row.mfa }));
      const { result } = t.model.authorize(as(s), row.action, row.resource ?? '*');
      expect(result.decision).to.equal(row.expected);
      if (row.rule !== undefined) expect(result.reasons[0]).to.deep.include({ kind: 'rule', rule: row.rule });
    });
  }

  it('R131 a GetSessionToken session can assume a role; its MFA reaches the trust policy', () => {
    const t = tokenWorld();
    t.model.putInlinePolicy('user', 'alice', 'Assume', doc(allow('sts:AssumeRole')));
    t.model.updateTrustPolicy(
      'app',
      doc({
        Effect: 'Allow',
        Principal: { AWS: rootOfAccount(DEV) },
        Action: 'sts:AssumeRole',
        ...when('Bool', 'aws:MultiFactorAuthPresent', 'true'),
      }),
    );
    const withMfa = session(t.sts.getSessionToken('alice', { name: 'mfa', mfa: true }));
    const without = session(t.sts.getSessionToken('alice', { name: 'plain' }));
    expect(t.sts.assumeRole(as(withMfa), 'app', { sessionName: 's1' }).ok).to.equal(true);
    expect(t.sts.assumeRole(as(without), 'app', { sessionName: 's2' }).ok).to.equal(false);
    expect(t.sts.assumeRole(as(without), 'app', { sessionName: 's3', mfa: true }).ok, 'presenting MFA now').to.equal(
      true,
    );
  });
});

describe('R133 R94 GetFederationToken', () => {
  it('R133 needs sts:GetFederationToken: bob has none → refused with an encoded message', () => {
    const t = standardWorld();
    const result = t.sts.getFederationToken('bob', { name: 'fed-bob' });
    expect(failure(result)).to.include('sts:GetFederationToken');
    expect(result.ok ? undefined : result.encodedMessage).to.be.a('string');
  });

  it('R133 the federated user is arn:aws:sts::ACCOUNT:federated-user/NAME, 12 hours by default', () => {
    const s = session(tokenWorld().sts.getFederationToken('alice', { name: 'fed-alice' }));
    expect(s.arn).to.equal(`arn:aws:sts::${DEV}:federated-user/fed-alice`);
    expect(s.kind).to.equal('federated');
    expect(s.user).to.equal(`arn:aws:iam::${DEV}:user/alice`);
    expect(s.expiresAt).to.equal('2025-01-01T12:00:00Z');
  });

  it('R94 without a session policy the federated user has no permissions from the user’s policies', () => {
    const t = tokenWorld();
    const s = session(t.sts.getFederationToken('alice', { name: 'fed-alice' }));
    expect(t.decide(as(s), 's3:ListAllMyBuckets', '*')).to.equal('ImplicitDeny');
  });

  it('R93 with a session policy it has what both allow', () => {
    const t = tokenWorld();
    const s = session(
      t.sts.getFederationToken('alice', {
        name: 'fed-alice',
        sessionPolicy: doc(allow(['s3:ListAllMyBuckets', 'ec2:*'])),
      }),
    );
    expect(t.decide(as(s), 's3:ListAllMyBuckets', '*')).to.equal('Allow');
    expect(t.decide(as(s), 'ec2:DescribeInstances', '*'), 'the user does not allow it').to.equal('ImplicitDeny');
  });

  it('R133 R107 federated credentials cannot call IAM or STS (GetCallerIdentity aside)', () => {
    const t = tokenWorld();
    const s = session(t.sts.getFederationToken('alice', { name: 'fed-alice', sessionPolicy: doc(allow('*')) }));
    expect(t.model.authorize(as(s), 'iam:ListUsers', '*').result.reasons[0]).to.deep.include({ rule: 'R133' });
    expect(
      t.model.authorize(as(s), 'sts:AssumeRole', `arn:aws:iam::${DEV}:role/app`).result.reasons[0],
    ).to.deep.include({ rule: 'R107' });
    expect(t.decide(as(s), 'sts:GetCallerIdentity', '*')).to.equal('Allow');
  });

  it('R133 R95 the root user can federate; the session has root’s permissions within its session policy', () => {
    const t = standardWorld();
    const s = session(t.sts.getFederationToken('root of dev', { name: 'fed-root', sessionPolicy: doc(allow('s3:*')) }));
    expect(s.expiresAt, 'one hour for root').to.equal('2025-01-01T01:00:00Z');
    expect(t.decide(as(s), 's3:ListAllMyBuckets', '*')).to.equal('Allow');
    expect(t.decide(as(s), 'ec2:DescribeInstances', '*')).to.equal('ImplicitDeny');
  });

  const rows: {
    title: string;
    who: string;
    name?: string;
    durationSeconds?: number;
    tags?: Record<string, string>;
    ok: boolean;
    because?: string;
  }[] = [
    { title: 'an IAM user for 36 hours', who: 'alice', durationSeconds: 129600, ok: true },
    { title: 'an IAM user for longer', who: 'alice', durationSeconds: 129601, ok: false, because: '900–129600' },
    {
      title: 'the root user for two hours',
      who: 'root of dev',
      durationSeconds: 7200,
      ok: false,
      because: 'root user',
    },
    { title: 'a 33-character name', who: 'alice', name: 'n'.repeat(33), ok: false, because: 'R133' },
    { title: 'a role session', who: 'app', ok: false, because: 'R134' },
    {
      title: 'tags without sts:TagSession',
      who: 'alice',
      tags: { team: 'blue' },
      ok: false,
      because: 'sts:TagSession',
    },
  ];
  for (const row of rows) {
    it(`R133 ${row.title} → ${row.ok ? 'token' : 'refused'}`, () => {
      const result = tokenWorld().sts.getFederationToken(row.who, {
        name: row.name ?? 'fed',
        ...(row.durationSeconds === undefined ? {} : { durationSeconds: row.durationSeconds }),
        ...(row.tags === undefined ? {} : { tags: row.tags }),
      });
      expect(result.ok, result.ok ? 'succeeded' : result.reason).to.equal(row.ok);
      if (!result.ok && row.because !== undefined) expect(result.reason).to.include(row.because);
    });
  }

  it('R133 tags with sts:TagSession become principal tags, after the user’s own', () => {
    const t = tokenWorld();
    t.model.putInlinePolicy('user', 'alice', 'Tag', doc(allow('sts:TagSession')));
    t.model.setTags('user', 'alice', { team: 'red', env: 'dev' });
    const s = session(t.sts.getFederationToken('alice', { name: 'fed', tags: { team: 'blue' } }));
    expect(t.model.bundleFor(as(s), 's3:GetObject', '*').principal.tags).to.deep.equal({ env: 'dev', team: 'blue' });
  });

  it('R134 role session credentials are refused sts:GetSessionToken and sts:GetFederationToken', () => {
    const t = tokenWorld();
    for (const action of ['sts:GetSessionToken', 'sts:GetFederationToken']) {
      const { result } = t.model.authorize(t.caller('app'), action, '*');
      expect(result.reasons[0], action).to.deep.include({ kind: 'rule', rule: 'R134' });
    }
  });

  it('R134 a federated session cannot get another token', () => {
    const t = tokenWorld();
    const s = session(t.sts.getFederationToken('alice', { name: 'fed' }));
    expect(failure(t.sts.getSessionToken(as(s), { name: 'x' }))).to.include('R107');
  });
});
