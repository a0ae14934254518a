import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Session } from '../../src/model/session.js';
import type { StsResult } from '../../src/sts/sts-result.js';
import { webIdentityKeys } from '../../src/sts/web-identity.js';
import {
  allow,
  DEV,
  doc,
  expectModelError,
  standardWorld,
  type TestWorld,
  trustsFederated,
} from '../model/model-builder.js';

// AssumeRoleWithWebIdentity and AssumeRoleWithSAML (R127, R129, R135).

const OIDC = `arn:aws:iam::${DEV}:oidc-provider/token.actions.githubusercontent.com`;
const SAML = `arn:aws:iam::${DEV}:saml-provider/Corp`;

function session(result: StsResult<Session>): Session {
  if (!result.ok) throw new Error(`expected a session: ${result.reason}`);
  return result.value;
}

function webWorld(): TestWorld {
  const t = standardWorld();
  t.model.addRole(
    'google',
    'dev',
    trustsFederated('accounts.google.com', 'sts:AssumeRoleWithWebIdentity', {
      Condition: { StringEquals: { 'accounts.google.com:aud': 'my-app', 'accounts.google.com:sub': 'user-1' } },
    }),
  );
  t.model.addRole(
    'cognito',
    'dev',
    trustsFederated('cognito-identity.amazonaws.com', 'sts:AssumeRoleWithWebIdentity', {
      Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-2:pool' },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
      },
    }),
  );
  t.model.addRole(
    'github',
    'dev',
    trustsFederated(OIDC, 'sts:AssumeRoleWithWebIdentity', {
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/*' },
      },
    }),
  );
  t.model.putInlinePolicy('role', 'github', 'Deploy', doc(allow('s3:PutObject', 'arn:aws:s3:::data/*')));
  t.model.addRole(
    'saml',
    'dev',
    trustsFederated(SAML, 'sts:AssumeRoleWithSAML', {
      Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    }),
  );
  return t;
}

describe('R135 AssumeRoleWithWebIdentity', () => {
  const rows = [
    {
      title: 'Google with the right audience and subject',
      role: 'google',
      provider: 'accounts.google.com',
      audience: 'my-app',
      subject: 'user-1',
      ok: true,
    },
    {
      title: 'Google with another audience',
      role: 'google',
      provider: 'accounts.google.com',
      audience: 'other-app',
      subject: 'user-1',
      ok: false,
    },
    {
      title: 'Google with another subject',
      role: 'google',
      provider: 'accounts.google.com',
      audience: 'my-app',
      subject: 'user-2',
      ok: false,
    },
    {
      title: 'another provider than the trust names',
      role: 'google',
      provider: 'graph.facebook.com',
      audience: 'my-app',
      subject: 'user-1',
      ok: false,
    },
    {
      title: 'Cognito, authenticated',
      role: 'cognito',
      provider: 'cognito-identity.amazonaws.com',
      audience: 'us-east-2:pool',
      subject: 'id-1',
      amr: ['authenticated', 'accounts.google.com'],
      ok: true,
    },
    {
      title: 'Cognito, unauthenticated',
      role: 'cognito',
      provider: 'cognito-identity.amazonaws.com',
      audience: 'us-east-2:pool',
      subject: 'id-1',
      amr: ['unauthenticated'],
      ok: false,
    },
    {
      title: 'an OIDC provider ARN, a repository of the org',
      role: 'github',
      provider: OIDC,
      audience: 'sts.amazonaws.com',
      subject: 'repo:org/app:ref:refs/heads/main',
      ok: true,
    },
    {
      title: 'an OIDC provider ARN, another org',
      role: 'github',
      provider: OIDC,
      audience: 'sts.amazonaws.com',
      subject: 'repo:evil/app:ref:refs/heads/main',
      ok: false,
    },
    {
      title: 'a role that trusts only AWS principals',
      role: 'app',
      provider: 'accounts.google.com',
      audience: 'my-app',
      subject: 'user-1',
      ok: false,
    },
  ];
  for (const row of rows) {
    it(`R135 ${row.title} → ${row.ok ? 'session' : 'refused'}`, () => {
      const result = webWorld().sts.assumeRoleWithWebIdentity(row.role, { ...row, sessionName: 'web' });
      expect(result.ok, result.ok ? 'succeeded' : result.reason).to.equal(row.ok);
    });
  }

  it('R135 the keys each provider uses', () => {
    const keys = (provider: string) =>
      Object.keys(webIdentityKeys({ provider, audience: 'a', subject: 's', sessionName: 'x' })).sort();
    expect(keys('graph.facebook.com')).to.deep.equal(['graph.facebook.com:app_id', 'graph.facebook.com:id']);
    expect(keys('www.amazon.com')).to.deep.equal(['www.amazon.com:app_id', 'www.amazon.com:user_id']);
    expect(keys('accounts.google.com')).to.deep.equal([
      'accounts.google.com:aud',
      'accounts.google.com:oaud',
      'accounts.google.com:sub',
    ]);
    expect(keys(OIDC)).to.deep.equal([
      'token.actions.githubusercontent.com:aud',
      'token.actions.githubusercontent.com:sub',
    ]);
  });

  it('R135 the session is a role session with the role’s permissions, aws:FederatedProvider and the provider keys', () => {
    const t = webWorld();
    const s = session(
      t.sts.assumeRoleWithWebIdentity('github', {
        provider: OIDC,
        audience: 'sts.amazonaws.com',
        subject: 'repo:org/app',
        sessionName: 'ci',
      }),
    );
    expect(s.arn).to.equal(`arn:aws:sts::${DEV}:assumed-role/github/ci`);
    const caller = { kind: 'session', session: s } as const;
    const context = t.model.bundleFor(caller, 's3:PutObject', 'arn:aws:s3:::data/x').request.context;
    expect(context['aws:FederatedProvider']).to.equal(OIDC);
    expect(context['token.actions.githubusercontent.com:sub']).to.equal('repo:org/app');
    expect(t.decide(caller, 's3:PutObject', 'arn:aws:s3:::data/x')).to.equal('Allow');
  });

  it('R127 web identity session tags need sts:TagSession in the trust policy', () => {
    const t = webWorld();
    const options = {
      provider: 'accounts.google.com',
      audience: 'my-app',
      subject: 'user-1',
      sessionName: 'web',
      tags: { team: 'blue' },
    };
    expect(t.sts.assumeRoleWithWebIdentity('google', options).ok).to.equal(false);
    t.model.updateTrustPolicy(
      'google',
      trustsFederated('accounts.google.com', ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'], {
        Condition: { StringEquals: { 'accounts.google.com:aud': 'my-app' } },
      }),
    );
    expect(t.sts.assumeRoleWithWebIdentity('google', options).ok).to.equal(true);
  });

  it('R122 the duration is bounded by the role’s maximum', () => {
    const t = webWorld();
    const options = { provider: 'accounts.google.com', audience: 'my-app', subject: 'user-1', sessionName: 'web' };
    expect(t.sts.assumeRoleWithWebIdentity('google', { ...options, durationSeconds: 3601 }).ok).to.equal(false);
    expect(t.sts.assumeRoleWithWebIdentity('google', { ...options, durationSeconds: 900 }).ok).to.equal(true);
  });
});

describe('R135 AssumeRoleWithSAML', () => {
  const rows: { title: string; attributes: Record<string, string>; ok: boolean }[] = [
    { title: 'the AWS sign-in audience', attributes: { aud: 'https://signin.aws.amazon.com/saml' }, ok: true },
    { title: 'the audience as SAML:aud', attributes: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' }, ok: true },
    { title: 'another audience', attributes: { aud: 'https://evil.example/saml' }, ok: false },
    { title: 'no audience', attributes: {}, ok: false },
  ];
  for (const row of rows) {
    it(`R135 ${row.title} → ${row.ok ? 'session' : 'refused'}`, () => {
      const result = webWorld().sts.assumeRoleWithSAML('saml', {
        providerArn: SAML,
        attributes: row.attributes,
        sessionName: 'corp-user',
      });
      expect(result.ok, result.ok ? 'succeeded' : result.reason).to.equal(row.ok);
    });
  }

  it('R135 another SAML provider than the trust names → refused', () => {
    const other = `arn:aws:iam::${DEV}:saml-provider/Other`;
    const result = webWorld().sts.assumeRoleWithSAML('saml', {
      providerArn: other,
      attributes: { aud: 'https://signin.aws.amazon.com/saml' },
      sessionName: 'x1',
    });
    expect(result.ok).to.equal(false);
  });

  it('R135 saml:doc is ACCOUNT/PROVIDER, and saml:sub stays with the session', () => {
    const t = webWorld();
    t.model.updateTrustPolicy(
      'saml',
      trustsFederated(SAML, 'sts:AssumeRoleWithSAML', { Condition: { StringEquals: { 'saml:doc': `${DEV}/Corp` } } }),
    );
    const s = session(
      t.sts.assumeRoleWithSAML('saml', {
        providerArn: SAML,
        attributes: { sub: 'jdoe', edupersonaffiliation: ['staff'] },
        sessionName: 'jdoe',
      }),
    );
    const context = t.model.bundleFor({ kind: 'session', session: s }, 's3:GetObject', '*').request.context;
    expect(context['saml:sub']).to.equal('jdoe');
    expect(context).not.to.have.property('saml:edupersonaffiliation');
    expect(context['aws:FederatedProvider']).to.equal(SAML);
  });

  it('a provider ARN that is not a SAML provider is a model error', () => {
    expectModelError(
      () => webWorld().sts.assumeRoleWithSAML('saml', { providerArn: 'Corp', attributes: {}, sessionName: 'x1' }),
      'not a SAML provider ARN',
    );
  });
});
