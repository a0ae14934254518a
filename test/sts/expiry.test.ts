import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Session } from '../../src/model/session.js';
import type { StsResult } from '../../src/sts/sts-result.js';
import { allow, doc, expectModelError, standardWorld } from '../model/model-builder.js';

// Temporary credentials stop working when the model's clock passes their expiry (R136).

function session(result: StsResult<Session>): Session {
  if (!result.ok) throw new Error(`expected a session: ${result.reason}`);
  return result.value;
}

describe('R136 expiry', () => {
  const kinds = [
    {
      title: 'a role session',
      make: (t: ReturnType<typeof standardWorld>) =>
        t.sts.assumeRole('alice', 'app', { sessionName: 's1', durationSeconds: 900 }),
    },
    {
      title: 'a GetSessionToken session',
      make: (t: ReturnType<typeof standardWorld>) =>
        t.sts.getSessionToken('alice', { name: 'tok', durationSeconds: 900 }),
    },
    {
      title: 'a federated session',
      make: (t: ReturnType<typeof standardWorld>) => {
        t.model.putInlinePolicy('user', 'alice', 'Fed', doc(allow(['sts:GetFederationToken', 's3:*'])));
        return t.sts.getFederationToken('alice', {
          name: 'fed',
          durationSeconds: 900,
          sessionPolicy: doc(allow('s3:*')),
        });
      },
    },
  ];
  for (const kind of kinds) {
    it(`R136 ${kind.title} works a second before expiry and is refused at it`, () => {
      const t = standardWorld();
      t.model.putInlinePolicy('user', 'alice', 'S3', doc(allow(['sts:AssumeRole', 'sts:GetFederationToken', 's3:*'])));
      const caller = { kind: 'session', session: session(kind.make(t)) } as const;
      t.model.advance(899);
      expect(t.decide(caller, 's3:GetObject', 'arn:aws:s3:::data/x')).to.equal('Allow');
      t.model.advance(1);
      const { result } = t.model.authorize(caller, 's3:GetObject', 'arn:aws:s3:::data/x');
      expect(result.decision).to.equal('ImplicitDeny');
      expect(result.reasons[0]).to.deep.include({ kind: 'rule', rule: 'R136' });
      expectModelError(
        () => t.model.bundleFor(caller, 's3:GetObject', 'arn:aws:s3:::data/x'),
        'expired at 2025-01-01T00:15:00Z',
      );
    });
  }

  it('R136 an expired session cannot assume another role', () => {
    const t = standardWorld();
    t.model.putInlinePolicy('role', 'app', 'Assume', doc(allow('sts:AssumeRole')));
    const s = session(t.sts.assumeRole('alice', 'app', { sessionName: 's1' }));
    t.model.advance(3600);
    const result = t.sts.assumeRole({ kind: 'session', session: s }, 'partner', { sessionName: 's2' });
    expect(result.ok ? '' : result.reason).to.include('R136');
  });

  it('R136 long-term credentials never expire', () => {
    const t = standardWorld();
    t.model.advance(10 * 365 * 86400);
    expect(t.decide('alice', 'sts:AssumeRole', t.model.roleArn('app'))).to.equal('Allow');
  });
});
