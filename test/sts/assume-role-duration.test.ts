// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { allow, doc, expectModelError, standardWorld, type TestWorld } from '../model/model-builder.js';
import { session, table } from './assume-table.js';

// AssumeRole: session duration, role chaining and session policies (R93, R122, R123).

describe('R122 R123 duration and role chaining', () => {
  const chainable = (t: TestWorld) => {
    t.model.putInlinePolicy('role', 'app', 'Assume', doc(allow('sts:AssumeRole')));
    t.model.setMaxSessionDuration('partner', 43200);
    const first = session(t.sts.assumeRole('alice', 'app', { sessionName: 'first' }));
    t.sessions.add(first);
  };
  table([
    { title: 'R122 900 seconds → session', options: { durationSeconds: 900 }, ok: true },
    { title: 'R122 899 seconds → refused', options: { durationSeconds: 899 }, ok: false, because: 'R122' },
    { title: 'R122 3600 seconds under the default maximum → session', options: { durationSeconds: 3600 }, ok: true },
    {
      title: 'R122 3601 seconds over the default maximum → refused',
      options: { durationSeconds: 3601 },
      ok: false,
      because: 'up to 3600',
    },
    {
      title: 'R122 12 hours under a 12-hour maximum → session',
      setup: (t) => t.model.setMaxSessionDuration('app', 43200),
      options: { durationSeconds: 43200 },
      ok: true,
    },
    {
      title: 'R122 over a 2-hour maximum → refused',
      setup: (t) => t.model.setMaxSessionDuration('app', 7200),
      options: { durationSeconds: 7201 },
      ok: false,
    },
    {
      title: 'R123 chaining for one hour → session',
      setup: chainable,
      who: 'first',
      role: 'partner',
      options: { durationSeconds: 3600 },
      ok: true,
    },
    {
      title: 'R123 chaining for more than one hour → refused though the role allows 12',
      setup: chainable,
      who: 'first',
      role: 'partner',
      options: { durationSeconds: 3601 },
      ok: false,
      because: 'R123',
    },
  ]);

  it('R122 the session expires after the duration asked for', () => {
    const t = standardWorld();
    const s = session(t.sts.assumeRole('alice', 'app', { sessionName: 's1', durationSeconds: 900 }));
    expect(s.expiresAt).to.equal('2025-01-01T00:15:00Z');
  });

  it('R123 a session assumed with role credentials is marked chained; one from a user is not', () => {
    const t = standardWorld();
    chainable(t);
    const chained = session(t.sts.assumeRole('first', 'partner', { sessionName: 'second' }));
    expect(chained.chained).to.equal(true);
    expect(t.sessions.require('first').chained).to.equal(false);
  });
});

describe('R93 session policies', () => {
  it('R93 the session gets what both the role and the session policy allow', () => {
    const t = standardWorld();
    const s = session(
      t.sts.assumeRole('alice', 'app', { sessionName: 's1', sessionPolicy: doc(allow('s3:ListBucket')) }),
    );
    const caller = { kind: 'session', session: s } as const;
    expect(t.decide(caller, 's3:ListBucket', 'arn:aws:s3:::data')).to.equal('Allow');
    expect(t.decide(caller, 's3:GetObject', 'arn:aws:s3:::data/x'), 'role allows, session policy does not').to.equal(
      'ImplicitDeny',
    );
  });

  it('R93 a session policy grants nothing the role does not', () => {
    const t = standardWorld();
    const s = session(t.sts.assumeRole('alice', 'app', { sessionName: 's1', sessionPolicy: doc(allow('*')) }));
    expect(t.decide({ kind: 'session', session: s }, 'ec2:DescribeInstances', '*')).to.equal('ImplicitDeny');
  });

  it('an invalid session policy is a model error', () => {
    expectModelError(
      () =>
        standardWorld().sts.assumeRole('alice', 'app', {
          sessionName: 's1',
          sessionPolicy: doc(allow('s3:*', '*', { Principal: '*' })),
        }),
      'session policy of s1" is invalid',
    );
  });
});
