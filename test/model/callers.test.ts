import { describe, it } from 'node:test';
import { expect } from 'chai';
import { describeCaller } from '../../src/model/caller.js';
import { DEV, expectModelError, PROD, standardWorld } from './model-builder.js';

// resolveCaller: what a scenario's words name (docs/design/model-api.md).

function w() {
  const t = standardWorld();
  const s = t.sts.assumeRole('alice', 'app', { sessionName: 'app-session' });
  if (s.ok) t.sessions.add(s.value);
  return t;
}

describe('resolveCaller', () => {
  const cases = [
    { ref: 'alice', kind: 'user', arn: `arn:aws:iam::${DEV}:user/alice` },
    { ref: `arn:aws:iam::${DEV}:user/alice`, kind: 'user', arn: `arn:aws:iam::${DEV}:user/alice` },
    { ref: 'user alice', kind: 'user', arn: `arn:aws:iam::${DEV}:user/alice` },
    { ref: 'app', kind: 'session', arn: `arn:aws:sts::${DEV}:assumed-role/app/app` },
    { ref: 'role app', kind: 'session', arn: `arn:aws:sts::${DEV}:assumed-role/app/app` },
    { ref: `arn:aws:iam::${DEV}:role/app`, kind: 'session', arn: `arn:aws:sts::${DEV}:assumed-role/app/app` },
    { ref: 'app-session', kind: 'session', arn: `arn:aws:sts::${DEV}:assumed-role/app/app-session` },
    { ref: 'session app-session', kind: 'session', arn: `arn:aws:sts::${DEV}:assumed-role/app/app-session` },
    {
      ref: `arn:aws:sts::${DEV}:assumed-role/app/app-session`,
      kind: 'session',
      arn: `arn:aws:sts::${DEV}:assumed-role/app/app-session`,
    },
    { ref: 'root of prod', kind: 'root', arn: `arn:aws:iam::${PROD}:root` },
    { ref: `root of ${PROD}`, kind: 'root', arn: `arn:aws:iam::${PROD}:root` },
    { ref: `arn:aws:iam::${PROD}:root`, kind: 'root', arn: `arn:aws:iam::${PROD}:root` },
    { ref: 'anonymous', kind: 'anonymous', arn: undefined },
    { ref: 'ec2.amazonaws.com', kind: 'service', arn: 'ec2.amazonaws.com' },
    { ref: 'service lambda.amazonaws.com', kind: 'service', arn: 'lambda.amazonaws.com' },
  ];
  for (const c of cases) {
    it(`"${c.ref}" is a ${c.kind}`, () => {
      const t = w();
      const caller = t.caller(c.ref);
      expect(caller.kind).to.equal(c.kind);
      expect(t.model.bundleFor(caller, 'sts:GetCallerIdentity', '*').principal.arn).to.equal(c.arn);
      expect(describeCaller(caller)).to.be.a('string').and.not.equal('');
    });
  }

  it('a role named like a user is ambiguous', () => {
    const t = w();
    t.model.addRole('bob', 'dev', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }],
    });
    expectModelError(() => t.caller('bob'), '"bob" is a user and a role', 'say "user bob"');
    expect(t.caller('user bob').kind).to.equal('user');
    expect(t.caller('role bob').kind).to.equal('session');
  });

  const unknown = [
    {
      ref: 'carol',
      fragments: [
        'no user, role or session "carol"',
        'users: alice, bob',
        'roles: app, partner',
        'sessions: app-session',
      ],
    },
    { ref: 'root of qa', fragments: ['no account "qa"'] },
    { ref: `arn:aws:iam::${DEV}:user/carol`, fragments: ['no principal with ARN', `arn:aws:iam::${DEV}:user/alice`] },
    { ref: 'session nope', fragments: ['no session "nope"', 'sessions are: app-session'] },
  ];
  for (const c of unknown)
    it(`"${c.ref}" is an error listing what exists`, () => expectModelError(() => w().caller(c.ref), ...c.fragments));

  it('a fresh role session starts now and lasts one hour (R122)', () => {
    const t = w();
    t.model.advance(7200);
    const caller = t.caller('app');
    if (caller.kind !== 'session') throw new Error('expected a session');
    expect(caller.session.issuedAt).to.equal('2025-01-01T02:00:00Z');
    expect(caller.session.expiresAt).to.equal('2025-01-01T03:00:00Z');
  });
});
