import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Session } from '../../src/model/session.js';
import { decodeAuthorizationMessage } from '../../src/sts/authorization-message.js';
import type { StsResult } from '../../src/sts/sts-result.js';
import { allow, DEV, deny, doc, PROD, rootOfAccount, standardWorld } from '../model/model-builder.js';

// GetCallerIdentity (R98, R139) and DecodeAuthorizationMessage (R138).

function session(result: StsResult<Session>): Session {
  if (!result.ok) throw new Error(`expected a session: ${result.reason}`);
  return result.value;
}

describe('R98 R139 GetCallerIdentity', () => {
  it('R139 for each kind of caller: Account, Arn and UserId', () => {
    const t = standardWorld();
    t.model.putInlinePolicy('user', 'alice', 'Fed', doc(allow(['sts:AssumeRole', 'sts:GetFederationToken'])));
    const role = session(t.sts.assumeRole('alice', 'partner', { sessionName: 'p1' }));
    const fed = session(t.sts.getFederationToken('alice', { name: 'fed-alice' }));
    const token = session(t.sts.getSessionToken('alice', { name: 'tok' }));
    const alice = t.model.user('alice');
    const partner = t.model.role('partner');
    const rows = [
      { who: t.caller('alice'), expected: { Account: DEV, Arn: alice.arn, UserId: alice.uniqueId } },
      { who: t.caller('root of prod'), expected: { Account: PROD, Arn: rootOfAccount(PROD), UserId: PROD } },
      {
        who: { kind: 'session', session: role } as const,
        expected: { Account: PROD, Arn: role.arn, UserId: `${partner.uniqueId}:p1` },
      },
      {
        who: { kind: 'session', session: fed } as const,
        expected: { Account: DEV, Arn: fed.arn, UserId: `${DEV}:fed-alice` },
      },
      {
        who: { kind: 'session', session: token } as const,
        expected: { Account: DEV, Arn: alice.arn, UserId: alice.uniqueId },
      },
    ];
    for (const row of rows) {
      const result = t.sts.getCallerIdentity(row.who);
      if (!result.ok) throw new Error(result.reason);
      expect(result.value).to.deep.equal(row.expected);
    }
  });

  it('R98 is allowed even under an explicit deny of everything', () => {
    const t = standardWorld();
    t.model.putInlinePolicy('user', 'bob', 'DenyAll', doc(deny('*')));
    const result = t.sts.getCallerIdentity('bob');
    expect(result.ok).to.equal(true);
    expect(result.decision?.reasons[0]).to.deep.include({ kind: 'rule', rule: 'R98' });
  });

  it('R139 an anonymous caller has no identity to return', () => {
    const result = standardWorld().sts.getCallerIdentity('anonymous');
    expect(result.ok).to.equal(false);
  });

  it('R136 expired credentials cannot even ask who they are', () => {
    const t = standardWorld();
    const s = session(t.sts.assumeRole('alice', 'app', { sessionName: 's1', durationSeconds: 900 }));
    t.model.advance(900);
    const result = t.sts.getCallerIdentity({ kind: 'session', session: s });
    expect(result.ok ? '' : result.reason).to.include('expired');
  });
});

describe('R138 DecodeAuthorizationMessage', () => {
  function denied() {
    const t = standardWorld();
    t.model.putInlinePolicy(
      'user',
      'alice',
      'NoPartner',
      doc(allow('sts:AssumeRole'), {
        ...deny('sts:AssumeRole', `arn:aws:iam::${PROD}:role/partner`),
        Sid: 'NoPartnerRole',
      }),
    );
    const result = t.sts.assumeRole('alice', 'partner', { sessionName: 'p1' });
    if (result.ok || result.encodedMessage === undefined) throw new Error('expected a denial with a message');
    return { t, encoded: result.encodedMessage };
  }

  it('R138 a caller allowed sts:DecodeAuthorizationMessage reads the decision, principal, action and reasons', () => {
    const { t, encoded } = denied();
    t.model.putInlinePolicy('user', 'bob', 'Decode', doc(allow('sts:DecodeAuthorizationMessage')));
    const result = t.sts.decodeAuthorizationMessage('bob', encoded);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).to.deep.include({
      allowed: false,
      explicitDeny: true,
      decision: 'ExplicitDeny',
      principal: `arn:aws:iam::${DEV}:user/alice`,
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${PROD}:role/partner`,
    });
    expect(JSON.stringify(result.value.reasons)).to.include('NoPartnerRole');
    expect(result.value.context['sts:RoleSessionName']).to.equal('p1');
  });

  it('R138 a caller without sts:DecodeAuthorizationMessage cannot decode it', () => {
    const { t, encoded } = denied();
    const result = t.sts.decodeAuthorizationMessage('bob', encoded);
    expect(result.ok ? '' : result.reason).to.include('sts:DecodeAuthorizationMessage');
  });

  it('R138 text that is not an encoded message is refused', () => {
    const t = standardWorld();
    t.model.putInlinePolicy('user', 'bob', 'Decode', doc(allow('sts:DecodeAuthorizationMessage')));
    for (const text of [
      'not base64!',
      Buffer.from('{"a":1}').toString('base64'),
      Buffer.from('[').toString('base64'),
    ]) {
      expect(t.sts.decodeAuthorizationMessage('bob', text).ok, text).to.equal(false);
      expect(decodeAuthorizationMessage(text)).to.equal(undefined);
    }
  });
});
