import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { StsResult } from '../../src/sts/sts-result.js';
import { doc, trustsFederated, world } from '../model/model-builder.js';
import { ACCOUNT, CALLER_KINDS, EXPECTED, matrixWorld, OPERATIONS, runOperation } from './caller-matrix.js';

// Issue 8 §4: every caller kind × every STS and PassRole operation is decided or refused with a reason, never
// undefined, never a crash; and the answer is AWS's (R106, R107, R121, R130–R134, R137–R139).

/** Whether an outcome is a real answer: a value, or a one-line reason that names something. */
function expectAnswer(result: StsResult<unknown>, label: string): void {
  expect(result, label).to.be.an('object');
  expect(result.ok, label).to.be.a('boolean');
  if (result.ok) {
    expect(result.value, `${label}: a success carries a value`).to.not.equal(undefined);
    return;
  }
  expect(result.reason, `${label}: a failure carries a reason`).to.be.a('string');
  expect(result.reason.trim(), label).to.not.equal('');
  expect(result.reason, `${label}: one line`).to.not.include('\n');
  expect(result.reason, label).to.not.match(/\bundefined\b|\[object Object\]/);
}

describe('every caller × every STS and PassRole operation', () => {
  it('the expectation table covers every pair', () => {
    for (const kind of CALLER_KINDS) expect(Object.keys(EXPECTED[kind]).sort()).to.deep.equal([...OPERATIONS].sort());
  });

  for (const kind of CALLER_KINDS) {
    for (const operation of OPERATIONS) {
      const expected = EXPECTED[kind][operation];
      const title = expected === 'ok' ? 'succeeds' : `fails with a reason that mentions "${expected.fails}"`;
      it(`${operation} by the ${kind} ${title}`, () => {
        const t = matrixWorld();
        const label = `${operation} by the ${kind}`;
        let result: StsResult<unknown> | undefined;
        expect(() => {
          result = runOperation(t, operation, t.callerOf(kind));
        }, `${label} must not throw`).to.not.throw();
        if (result === undefined) throw new Error(`${label} returned nothing`);
        expectAnswer(result, label);
        if (expected === 'ok') expect(result.ok, result.ok ? label : `${label}: ${result.reason}`).to.equal(true);
        else {
          expect(result.ok, `${label} should fail`).to.equal(false);
          if (!result.ok) expect(result.reason).to.include(expected.fails);
        }
      });
    }
  }

  it('AssumeRoleWithWebIdentity and AssumeRoleWithSAML take no caller (unsigned, R135) and are decided', () => {
    const t = world();
    t.model.addAccount('prod', ACCOUNT);
    t.model.addRole('web', 'prod', trustsFederated('accounts.google.com', 'sts:AssumeRoleWithWebIdentity'));
    t.model.addRole(
      'sso',
      'prod',
      trustsFederated(`arn:aws:iam::${ACCOUNT}:saml-provider/Corp`, 'sts:AssumeRoleWithSAML'),
    );
    const web = { provider: 'accounts.google.com', audience: 'app', subject: 'u1', sessionName: 'web-user' };
    expectAnswer(t.sts.assumeRoleWithWebIdentity('web', web), 'web identity');
    expect(t.sts.assumeRoleWithWebIdentity('web', web).ok).to.equal(true);
    expectAnswer(t.sts.assumeRoleWithWebIdentity('sso', web), 'web identity on a SAML role');
    expect(t.sts.assumeRoleWithWebIdentity('sso', web).ok).to.equal(false);
    const saml = { providerArn: `arn:aws:iam::${ACCOUNT}:saml-provider/Corp`, attributes: {}, sessionName: 'sso-user' };
    expect(t.sts.assumeRoleWithSAML('sso', saml).ok).to.equal(true);
    expectAnswer(t.sts.assumeRoleWithSAML('web', saml), 'SAML on a web-identity role');
    expect(t.sts.assumeRoleWithSAML('web', saml).ok).to.equal(false);
  });
});

describe('R121 an anonymous caller cannot call AssumeRole, which must be signed', () => {
  it('even a trust policy with Principal "*" does not let an unsigned caller assume the role', () => {
    const t = world();
    t.model.addAccount('prod', ACCOUNT);
    t.model.addRole('open', 'prod', doc({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }));
    const result = t.sts.assumeRole('anonymous', 'open', { sessionName: 'anon-session' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reason).to.include('R121');
    expect(
      t.sts.assumeRole({ kind: 'anonymous', provider: 'accounts.google.com' }, 'open', { sessionName: 'web' }).ok,
    ).to.equal(false);
  });
});

describe('R138 an anonymous caller cannot call DecodeAuthorizationMessage, which must be signed', () => {
  it('is refused for its missing credentials, not for a missing resource policy', () => {
    const t = matrixWorld();
    const result = t.sts.decodeAuthorizationMessage('anonymous', t.encoded);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.reason).to.include('R138');
      expect(result.reason).to.not.include('resource policy');
    }
  });
});
