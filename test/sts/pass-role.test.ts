import { describe, it } from 'node:test';
import { expect } from 'chai';
import { allow, DEV, doc, PROD, standardWorld, type TestWorld, trustsService, when } from '../model/model-builder.js';

// iam:PassRole (R137).

function passWorld(): TestWorld {
  const t = standardWorld();
  t.model.addRole('ec2-app', 'dev', trustsService('ec2.amazonaws.com'));
  t.model.addRole('prod-ec2', 'prod', trustsService('ec2.amazonaws.com'));
  t.model.putInlinePolicy(
    'user',
    'alice',
    'PassToEc2',
    doc(allow('iam:PassRole', '*', when('StringEquals', 'iam:PassedToService', 'ec2.amazonaws.com'))),
  );
  t.model.putInlinePolicy('user', 'bob', 'PassAny', doc(allow('iam:PassRole', `arn:aws:iam::${DEV}:role/*`)));
  return t;
}

describe('R137 PassRole', () => {
  const rows = [
    {
      title: 'a role the service trusts, to that service, with permission',
      who: 'alice',
      role: 'ec2-app',
      service: 'ec2.amazonaws.com',
      ok: true,
    },
    {
      title: 'iam:PassedToService names another service',
      who: 'alice',
      role: 'ec2-app',
      service: 'lambda.amazonaws.com',
      ok: false,
      because: 'iam:PassRole',
    },
    {
      title: 'no iam:PassRole permission at all',
      who: 'app',
      role: 'ec2-app',
      service: 'ec2.amazonaws.com',
      ok: false,
      because: 'iam:PassRole',
    },
    {
      title: 'permission, but the role does not trust the service',
      who: 'bob',
      role: 'ec2-app',
      service: 'lambda.amazonaws.com',
      ok: false,
      because: 'does not let lambda.amazonaws.com assume it',
    },
    {
      title: 'permission, but the role trusts only AWS principals',
      who: 'bob',
      role: 'app',
      service: 'ec2.amazonaws.com',
      ok: false,
      because: 'trust policy',
    },
    {
      title: 'a role of another account',
      who: 'alice',
      role: 'prod-ec2',
      service: 'ec2.amazonaws.com',
      ok: false,
      because: 'another account',
    },
    {
      title: 'an anonymous caller',
      who: 'anonymous',
      role: 'ec2-app',
      service: 'ec2.amazonaws.com',
      ok: false,
      because: 'credentials',
    },
  ];
  for (const row of rows) {
    it(`R137 ${row.title} → ${row.ok ? 'passed' : 'refused'}`, () => {
      const result = passWorld().sts.passRole(row.who, row.role, row.service);
      expect(result.ok, result.ok ? 'succeeded' : result.reason).to.equal(row.ok);
      if (!result.ok && row.because !== undefined) expect(result.reason).to.include(row.because);
    });
  }

  it('R137 a success names the role and the service; a trust failure carries the trust decision', () => {
    const t = passWorld();
    const ok = t.sts.passRole('alice', 'ec2-app', 'ec2.amazonaws.com');
    expect(ok.ok ? ok.value : undefined).to.deep.equal({
      role: `arn:aws:iam::${DEV}:role/ec2-app`,
      service: 'ec2.amazonaws.com',
    });
    const bad = t.sts.passRole('bob', 'ec2-app', 'lambda.amazonaws.com');
    expect(bad.decision?.decision).to.equal('ImplicitDeny');
  });

  it('R137 PassRole cannot be limited by the role’s tags', () => {
    const t = passWorld();
    t.model.setTags('role', 'ec2-app', { team: 'a' });
    t.model.putInlinePolicy(
      'user',
      'bob',
      'PassAny',
      doc(allow('iam:PassRole', '*', when('StringEquals', 'aws:ResourceTag/team', 'a'))),
    );
    expect(t.sts.passRole('bob', 'ec2-app', 'ec2.amazonaws.com').ok).to.equal(false);
  });

  it('R137 PROD roles pass within PROD', () => {
    const t = passWorld();
    t.model.addUser('carol', 'prod');
    t.model.putInlinePolicy('user', 'carol', 'Pass', doc(allow('iam:PassRole')));
    expect(t.sts.passRole(`arn:aws:iam::${PROD}:user/carol`, 'prod-ec2', 'ec2.amazonaws.com').ok).to.equal(true);
  });
});
