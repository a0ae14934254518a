// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { allow, DEV, doc, rootOfAccount, standardWorld, type TestWorld, trusts, when } from '../model/model-builder.js';
import { both, reason, session, table } from './assume-table.js';

// AssumeRole with session tags and a source identity (R127–R129).

describe('R127 R128 session tags', () => {
  const tagTrust = (tagSession: boolean) => (t: TestWorld) =>
    t.model.updateTrustPolicy(
      'app',
      doc(
        trusts(rootOfAccount(DEV)),
        ...(tagSession
          ? [trusts(rootOfAccount(DEV), 'sts:TagSession', when('StringEquals', 'aws:RequestTag/team', 'blue'))]
          : []),
      ),
    );
  const tagPermission = (t: TestWorld) => t.model.putInlinePolicy('user', 'alice', 'Tag', doc(allow('sts:TagSession')));
  table([
    {
      title: 'R127 tags with sts:TagSession allowed → session',
      setup: both(tagTrust(true), tagPermission),
      options: { tags: { team: 'blue' } },
      ok: true,
    },
    {
      title: 'R127 tags without sts:TagSession in the trust policy → refused',
      setup: both(tagTrust(false), tagPermission),
      options: { tags: { team: 'blue' } },
      ok: false,
      because: 'sts:TagSession',
    },
    {
      title: 'R127 a tag value the TagSession condition refuses → refused',
      setup: both(tagTrust(true), tagPermission),
      options: { tags: { team: 'red' } },
      ok: false,
      because: 'session tags',
    },
    {
      title: 'R127 same account: tags without any sts:TagSession permission → refused',
      setup: tagTrust(false),
      options: { tags: { team: 'blue' } },
      ok: false,
      because: 'sts:TagSession',
    },
    {
      title: 'R127 cross account: TagSession in permission and trust → session',
      role: 'partner',
      setup: both(
        (t) =>
          t.model.updateTrustPolicy('partner', doc(trusts(rootOfAccount(DEV), ['sts:AssumeRole', 'sts:TagSession']))),
        tagPermission,
      ),
      options: { tags: { team: 'blue' } },
      ok: true,
    },
    {
      title: 'R127 cross account: TagSession permitted but not trusted → refused',
      role: 'partner',
      setup: tagPermission,
      options: { tags: { team: 'blue' } },
      ok: false,
      because: 'with session tags',
    },
    {
      title: 'R127 cross account: TagSession trusted but not permitted → refused',
      role: 'partner',
      setup: (t) =>
        t.model.updateTrustPolicy('partner', doc(trusts(rootOfAccount(DEV), ['sts:AssumeRole', 'sts:TagSession']))),
      options: { tags: { team: 'blue' } },
      ok: false,
      because: 'with session tags',
    },
    { title: 'R127 no tags need no sts:TagSession → session', setup: tagTrust(false), ok: true },
    {
      title: 'R127 51 tags are too many',
      options: { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) },
      ok: false,
      because: 'at most 50',
    },
    {
      title: 'R127 a key given twice ignoring case',
      options: { tags: { Team: 'a', team: 'b' } },
      ok: false,
      because: 'twice',
    },
    {
      title: 'R128 a transitive key that is not a passed tag',
      options: { tags: { team: 'blue' }, transitiveTagKeys: ['cost'] },
      ok: false,
      because: 'R128',
    },
  ]);

  it('R127 R102 session tags become principal tags, overriding role tags of the same key ignoring case', () => {
    const t = standardWorld();
    tagTrust(true)(t);
    tagPermission(t);
    t.model.setTags('role', 'app', { Team: 'green', env: 'dev' });
    const s = session(t.sts.assumeRole('alice', 'app', { sessionName: 's1', tags: { team: 'blue' } }));
    const tags = t.model.bundleFor({ kind: 'session', session: s }, 's3:GetObject', '*').principal.tags;
    expect(tags).to.deep.equal({ env: 'dev', team: 'blue' });
  });

  it('R127 the trust policy sees aws:RequestTag/* and aws:TagKeys', () => {
    const t = standardWorld();
    t.model.updateTrustPolicy(
      'app',
      doc(
        trusts(
          rootOfAccount(DEV),
          ['sts:AssumeRole', 'sts:TagSession'],
          when('ForAllValues:StringEquals', 'aws:TagKeys', ['team']),
        ),
      ),
    );
    tagPermission(t);
    expect(t.sts.assumeRole('alice', 'app', { sessionName: 's1', tags: { team: 'blue' } }).ok).to.equal(true);
    expect(t.sts.assumeRole('alice', 'app', { sessionName: 's2', tags: { cost: '1' } }).ok).to.equal(false);
  });

  it('R128 transitive tags pass to the chained session and stand in for the next role’s tag in its trust policy', () => {
    const t = standardWorld();
    t.model.updateTrustPolicy('app', doc(trusts(rootOfAccount(DEV), ['sts:AssumeRole', 'sts:TagSession'])));
    t.model.putInlinePolicy('user', 'alice', 'Tag', doc(allow('sts:TagSession')));
    t.model.putInlinePolicy('role', 'app', 'Assume', doc(allow('sts:AssumeRole')));
    t.model.setTags('role', 'partner', { star: '3' });
    t.model.updateTrustPolicy(
      'partner',
      doc(trusts(rootOfAccount(DEV), 'sts:AssumeRole', when('StringEquals', 'aws:ResourceTag/star', '1'))),
    );
    const first = session(
      t.sts.assumeRole('alice', 'app', {
        sessionName: 'one',
        tags: { star: '1', moon: '2' },
        transitiveTagKeys: ['star'],
      }),
    );
    expect(first.transitiveTagKeys).to.deep.equal(['star']);
    const second = session(t.sts.assumeRole({ kind: 'session', session: first }, 'partner', { sessionName: 'two' }));
    expect(second.sessionTags).to.deep.equal({ star: '1' });
    expect(second.transitiveTagKeys).to.deep.equal(['star']);
  });

  it('R128 without the transitive tag the chained trust condition on the role tag fails', () => {
    const t = standardWorld();
    t.model.putInlinePolicy('role', 'app', 'Assume', doc(allow('sts:AssumeRole')));
    t.model.setTags('role', 'partner', { star: '3' });
    t.model.updateTrustPolicy(
      'partner',
      doc(trusts(rootOfAccount(DEV), 'sts:AssumeRole', when('StringEquals', 'aws:ResourceTag/star', '1'))),
    );
    const first = session(t.sts.assumeRole('alice', 'app', { sessionName: 'one' }));
    expect(t.sts.assumeRole({ kind: 'session', session: first }, 'partner', { sessionName: 'two' }).ok).to.equal(false);
  });
});

describe('R129 source identity', () => {
  const allowSet = (t: TestWorld) => {
    t.model.putInlinePolicy('user', 'alice', 'SetSource', doc(allow(['sts:AssumeRole', 'sts:SetSourceIdentity'])));
    t.model.updateTrustPolicy('app', doc(trusts(rootOfAccount(DEV), ['sts:AssumeRole', 'sts:SetSourceIdentity'])));
  };
  table([
    {
      title: 'R129 with sts:SetSourceIdentity allowed → session',
      setup: allowSet,
      options: { sourceIdentity: 'alice' },
      ok: true,
    },
    {
      title: 'R129 without any sts:SetSourceIdentity permission → refused',
      options: { sourceIdentity: 'alice' },
      ok: false,
      because: 'sts:SetSourceIdentity',
    },
    {
      title: 'R129 permitted but not in the trust policy → refused',
      setup: (t) =>
        t.model.putInlinePolicy('user', 'alice', 'SetSource', doc(allow(['sts:AssumeRole', 'sts:SetSourceIdentity']))),
      options: { sourceIdentity: 'alice' },
      ok: false,
      because: 'sts:SetSourceIdentity',
    },
    {
      title: 'R129 cross account: permitted but not trusted → refused',
      role: 'partner',
      setup: (t) =>
        t.model.putInlinePolicy('user', 'alice', 'SetSource', doc(allow(['sts:AssumeRole', 'sts:SetSourceIdentity']))),
      options: { sourceIdentity: 'alice' },
      ok: false,
      because: 'with a source identity',
    },
    {
      title: 'R129 a value starting with aws: is invalid',
      setup: allowSet,
      options: { sourceIdentity: 'aws:me' },
      ok: false,
      because: 'R129',
    },
    {
      title: 'R129 the trust policy sees sts:SourceIdentity → refused for the wrong value',
      setup: (t) => {
        allowSet(t);
        t.model.updateTrustPolicy(
          'app',
          doc(
            trusts(
              rootOfAccount(DEV),
              ['sts:AssumeRole', 'sts:SetSourceIdentity'],
              when('StringEquals', 'sts:SourceIdentity', 'diego'),
            ),
          ),
        );
      },
      options: { sourceIdentity: 'alice' },
      ok: false,
    },
  ]);

  it('R129 the source identity is aws:SourceIdentity later, persists through chaining and cannot change', () => {
    const t = standardWorld();
    allowSet(t);
    t.model.putInlinePolicy('role', 'app', 'Chain', doc(allow(['sts:AssumeRole', 'sts:SetSourceIdentity'])));
    t.model.updateTrustPolicy('partner', doc(trusts(rootOfAccount(DEV), ['sts:AssumeRole', 'sts:SetSourceIdentity'])));
    const first = session(t.sts.assumeRole('alice', 'app', { sessionName: 'one', sourceIdentity: 'alice' }));
    const caller = { kind: 'session', session: first } as const;
    expect(t.model.bundleFor(caller, 's3:GetObject', '*').request.context['aws:SourceIdentity']).to.equal('alice');
    const second = session(t.sts.assumeRole(caller, 'partner', { sessionName: 'two' }));
    expect(second.sourceIdentity).to.equal('alice');
    const changed = t.sts.assumeRole(caller, 'partner', { sessionName: 'three', sourceIdentity: 'mallory' });
    expect(reason(changed)).to.include('cannot be changed');
  });
});
