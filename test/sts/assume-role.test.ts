// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  allow,
  DEV,
  deny,
  doc,
  expectModelError,
  PROD,
  rootOfAccount,
  standardWorld,
  type TestWorld,
  trusts,
  when,
} from '../model/model-builder.js';
import { both, session, table } from './assume-table.js';

// AssumeRole (R79, R80, R106, R121–R126, R93).

describe('R121 R80 R79 who may assume a role', () => {
  table([
    { title: 'R121 same account: permission and a trust naming the account → session', ok: true },
    {
      title: 'R121 same account: no sts:AssumeRole permission and a trust naming only the account → refused',
      who: 'bob',
      ok: false,
      because: 'no identity policy',
    },
    {
      title: 'R121 R75 same account: a trust naming the user itself needs no permission → session',
      who: 'bob',
      setup: (t) => t.model.updateTrustPolicy('app', doc(trusts(`arn:aws:iam::${DEV}:user/bob`))),
      ok: true,
    },
    {
      title: 'R80 same account: permission but a trust naming another account → refused',
      setup: (t) => t.model.updateTrustPolicy('app', doc(trusts(rootOfAccount(PROD)))),
      ok: false,
      because: 'no resource policy (`trust policy of app`)',
    },
    { title: 'R79 cross account: permission and trust → session in the role’s account', role: 'partner', ok: true },
    {
      title: 'R79 cross account: trust but no permission → refused',
      who: 'bob',
      role: 'partner',
      ok: false,
      because: 'identity policy',
    },
    {
      title: 'R79 cross account: a trust naming the user still needs the user’s permission → refused',
      who: 'bob',
      role: 'partner',
      setup: (t) => t.model.updateTrustPolicy('partner', doc(trusts(`arn:aws:iam::${DEV}:user/bob`))),
      ok: false,
    },
    {
      title: 'R79 cross account: permission but no trust → refused',
      role: 'partner',
      setup: (t) => t.model.updateTrustPolicy('partner', doc(trusts(rootOfAccount(PROD)))),
      ok: false,
      because: 'trust policy of partner',
    },
    {
      title: 'R71 an explicit deny in the caller’s policies wins over the trust',
      setup: (t) =>
        t.model.putInlinePolicy(
          'user',
          'alice',
          'NoPartner',
          doc(deny('sts:AssumeRole', `arn:aws:iam::${PROD}:role/partner`)),
        ),
      role: 'partner',
      ok: false,
      because: 'ExplicitDeny',
    },
    {
      title: 'R106 the root user cannot assume a role, whatever the trust says',
      who: 'root of dev',
      ok: false,
      because: 'R106',
    },
  ]);

  it('R121 the session is named arn:aws:sts::ACCOUNT:assumed-role/ROLE/NAME and lasts an hour by default', () => {
    const t = standardWorld();
    const s = session(t.sts.assumeRole('alice', 'partner', { sessionName: 'p1' }));
    expect(s.arn).to.equal(`arn:aws:sts::${PROD}:assumed-role/partner/p1`);
    expect(s.roleArn).to.equal(`arn:aws:iam::${PROD}:role/partner`);
    expect(s.account).to.equal(PROD);
    expect(s.kind).to.equal('role');
    expect(s.chained).to.equal(false);
    expect(s.expiresAt).to.equal('2025-01-01T01:00:00Z');
  });

  it('R121 a refused call returns the decision and an encoded message', () => {
    const t = standardWorld();
    const result = t.sts.assumeRole('bob', 'partner', { sessionName: 'p1' });
    if (result.ok) throw new Error('expected a failure');
    expect(result.decision?.decision).to.equal('ImplicitDeny');
    expect(result.encodedMessage).to.be.a('string');
  });

  it('R121 the session then has the role’s permissions', () => {
    const t = standardWorld();
    const s = session(t.sts.assumeRole('alice', 'app', { sessionName: 's1' }));
    expect(t.decide({ kind: 'session', session: s }, 's3:GetObject', 'arn:aws:s3:::data/x')).to.equal('Allow');
    expect(t.decide({ kind: 'session', session: s }, 's3:PutObject', 'arn:aws:s3:::data/x')).to.equal('ImplicitDeny');
  });

  it('an unknown role is a model error', () => {
    expectModelError(
      () => standardWorld().sts.assumeRole('alice', 'ap', { sessionName: 's1' }),
      'no role "ap"',
      'roles are: app, partner',
    );
  });
});

describe('R126 R121 the session name', () => {
  table([
    { title: 'R126 a 64-character name → session', options: { sessionName: 'n'.repeat(64) }, ok: true },
    {
      title: 'R126 a 65-character name → refused',
      options: { sessionName: 'n'.repeat(65) },
      ok: false,
      because: 'R126',
    },
    { title: 'R126 a one-character name → refused', options: { sessionName: 'n' }, ok: false, because: 'R126' },
    { title: 'R126 a name with a space → refused', options: { sessionName: 'my session' }, ok: false, because: 'R126' },
    {
      title: 'R121 sts:RoleSessionName matches the user name → session',
      setup: (t) =>
        t.model.updateTrustPolicy(
          'app',
          doc(
            trusts(rootOfAccount(DEV), 'sts:AssumeRole', when('StringLike', 'sts:RoleSessionName', '${aws:username}')),
          ),
        ),
      options: { sessionName: 'alice' },
      ok: true,
    },
    {
      title: 'R121 sts:RoleSessionName differs from the user name → refused',
      setup: (t) =>
        t.model.updateTrustPolicy(
          'app',
          doc(
            trusts(rootOfAccount(DEV), 'sts:AssumeRole', when('StringLike', 'sts:RoleSessionName', '${aws:username}')),
          ),
        ),
      options: { sessionName: 'mallory' },
      ok: false,
    },
  ]);
});

describe('R124 external id', () => {
  const requireId = (t: TestWorld) =>
    t.model.updateTrustPolicy(
      'partner',
      doc(trusts(rootOfAccount(DEV), 'sts:AssumeRole', when('StringEquals', 'sts:ExternalId', 'Example987'))),
    );
  table([
    {
      title: 'R124 the right external id → session',
      role: 'partner',
      setup: requireId,
      options: { externalId: 'Example987' },
      ok: true,
    },
    {
      title: 'R124 a wrong external id → refused',
      role: 'partner',
      setup: requireId,
      options: { externalId: 'Example988' },
      ok: false,
    },
    { title: 'R124 no external id → refused', role: 'partner', setup: requireId, ok: false },
    {
      title: 'R124 an external id with a space is invalid',
      role: 'partner',
      options: { externalId: 'a b' },
      ok: false,
      because: 'R124',
    },
    {
      title: 'R124 a one-character external id is invalid',
      role: 'partner',
      options: { externalId: 'a' },
      ok: false,
      because: 'R124',
    },
  ]);
});

describe('R125 MFA', () => {
  const requireMfa = (t: TestWorld) =>
    t.model.updateTrustPolicy(
      'app',
      doc(trusts(rootOfAccount(DEV), 'sts:AssumeRole', when('Bool', 'aws:MultiFactorAuthPresent', 'true'))),
    );
  table([
    {
      title: 'R125 a user with an MFA device presenting it → session',
      setup: both(requireMfa, (t) => t.model.addMfaDevice('alice')),
      options: { mfa: true },
      ok: true,
    },
    {
      title: 'R125 without presenting MFA → refused',
      setup: both(requireMfa, (t) => t.model.addMfaDevice('alice')),
      ok: false,
    },
    {
      title: 'R125 presenting MFA without a device → refused',
      setup: requireMfa,
      options: { mfa: true },
      ok: false,
      because: 'no MFA device',
    },
    {
      title: 'R125 a role session cannot present MFA',
      who: 'app',
      setup: (t) => t.model.putInlinePolicy('role', 'app', 'Assume', doc(allow('sts:AssumeRole'))),
      role: 'partner',
      options: { mfa: true },
      ok: false,
      because: 'only an IAM user',
    },
    {
      title: 'R125 R119 aws:MultiFactorAuthAge is 0 when MFA is presented → session under a 300-second limit',
      setup: (t) => {
        t.model.addMfaDevice('alice');
        t.model.updateTrustPolicy(
          'app',
          doc(trusts(rootOfAccount(DEV), 'sts:AssumeRole', when('NumericLessThan', 'aws:MultiFactorAuthAge', '300'))),
        );
      },
      options: { mfa: true },
      ok: true,
    },
  ]);

  it('R125 the role session itself carries no MFA information', () => {
    const t = standardWorld();
    t.model.addMfaDevice('alice');
    const s = session(t.sts.assumeRole('alice', 'app', { sessionName: 's1', mfa: true }));
    expect(s.mfaAt).to.equal(undefined);
    const context = t.model.bundleFor({ kind: 'session', session: s }, 's3:GetObject', '*').request.context;
    expect(context['aws:MultiFactorAuthPresent']).to.equal('false');
  });
});
