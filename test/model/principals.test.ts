import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AwsModel } from '../../src/model/aws-model.js';
import { allow, DEV, doc, expectModelError, PROD, rootOfAccount, trusts, world } from './model-builder.js';

// Users, groups, roles and their policies (R72, R110–R114).

function base(): AwsModel {
  const m = new AwsModel();
  m.addAccount('dev', DEV);
  m.addAccount('prod', PROD);
  m.addUser('alice', 'dev');
  m.addUser('bob', 'dev');
  m.addGroup('devs', 'dev');
  m.addRole('app', 'dev', doc(trusts(rootOfAccount(DEV))));
  return m;
}

describe('R110 names and unknown names', () => {
  const cases: { title: string; run: (m: AwsModel) => void; fragments: string[] }[] = [
    {
      title: 'an unknown user lists the users',
      run: (m) => m.addMfaDevice('alise'),
      fragments: ['no user "alise"', 'users are: alice, bob'],
    },
    {
      title: 'an unknown role lists the roles',
      run: (m) => m.setMaxSessionDuration('ap', 3600),
      fragments: ['no role "ap"', 'roles are: app'],
    },
    {
      title: 'an unknown group lists the groups',
      run: (m) => m.addUserToGroup('alice', 'dev'),
      fragments: ['no group "dev"', 'groups are: devs'],
    },
    {
      title: 'an unknown managed policy',
      run: (m) => m.attachManagedPolicy('Nope', 'user', 'alice'),
      fragments: ['no managed policy "Nope"', 'there are no managed policies'],
    },
    {
      title: 'a user name differing only in case',
      run: (m) => m.addUser('Alice', 'dev'),
      fragments: ['"Alice" already exists', '"alice"'],
    },
    { title: 'a user name with a space', run: (m) => m.addUser('al ice', 'dev'), fragments: ['"al ice" is invalid'] },
    {
      title: 'a role name of 65 characters',
      run: (m) => m.addRole('r'.repeat(65), 'dev', doc(trusts('*'))),
      fragments: ['is invalid', '1–64'],
    },
    {
      title: 'an invalid trust policy',
      run: (m) => m.addRole('x', 'dev', doc(allow('sts:AssumeRole'))),
      fragments: ['trust policy of x" is invalid'],
    },
    {
      title: 'an invalid identity policy',
      run: (m) => m.putInlinePolicy('user', 'alice', 'P', doc({ Effect: 'Allow', Action: 's3:GetObject' })),
      fragments: ['identity policy "P" is invalid'],
    },
    {
      title: 'a bad IAM path',
      run: (m) => m.addUser('carol', 'dev', { path: 'team' }),
      fragments: ['IAM path "team"'],
    },
  ];
  for (const c of cases) it(`R110 rejects ${c.title}`, () => expectModelError(() => c.run(base()), ...c.fragments));

  it('R110 the same name in two accounts is fine, but ambiguous without an ARN', () => {
    const m = base();
    const other = m.addUser('alice', 'prod');
    expect(other).to.equal(`arn:aws:iam::${PROD}:user/alice`);
    expectModelError(() => m.user('alice'), 'several accounts', other);
    expect(m.user(other).accountId).to.equal(PROD);
  });

  it('paths appear in ARNs', () => {
    const m = base();
    expect(m.addUser('carol', 'dev', { path: '/team/' })).to.equal(`arn:aws:iam::${DEV}:user/team/carol`);
    expect(m.addRole('svc', 'dev', doc(trusts('*')), { path: '/aws-service-role/' })).to.equal(
      `arn:aws:iam::${DEV}:role/aws-service-role/svc`,
    );
  });
});

describe('R111 R112 groups', () => {
  it('R111 a user can be in 10 groups and not in an 11th', () => {
    const m = base();
    for (let i = 1; i <= 11; i++) m.addGroup(`g${i}`, 'dev');
    for (let i = 1; i <= 10; i++) m.addUserToGroup('alice', `g${i}`);
    expectModelError(() => m.addUserToGroup('alice', 'g11'), 'already in 10 groups', 'R111', 'g1,');
  });

  it('R111 adding a user to a group twice does not count twice', () => {
    const m = base();
    m.addUserToGroup('alice', 'devs');
    m.addUserToGroup('alice', 'devs');
    expect(m.user('alice').groups.size).to.equal(1);
  });

  it('R112 groups cannot be nested', () => {
    const m = base();
    m.addGroup('admins', 'dev');
    expectModelError(() => m.addUserToGroup('admins', 'devs'), '"admins" is a group', 'cannot be nested');
  });

  it('R112 a group cannot make requests', () => {
    const w = world(base());
    expectModelError(() => w.caller('devs'), 'group "devs" cannot make requests', 'R112');
  });

  it('a group holds users of its own account only', () => {
    const m = base();
    const carol = m.addUser('carol', 'prod');
    expectModelError(() => m.addUserToGroup(carol, 'devs'), 'different accounts');
  });

  it('R72 a user has its own policies and its groups’ policies', () => {
    const w = world(base());
    w.model.putInlinePolicy('user', 'alice', 'Own', doc(allow('s3:ListAllMyBuckets')));
    w.model.putInlinePolicy('group', 'devs', 'Team', doc(allow('ec2:DescribeInstances')));
    w.model.addUserToGroup('alice', 'devs');
    const names = w.model.bundleFor(w.caller('alice'), 'ec2:DescribeInstances', '*').principal.identityPolicies;
    expect(names.map((p) => p.name)).to.deep.equal(['Own', 'Team']);
    expect(w.decide('alice', 'ec2:DescribeInstances', '*')).to.equal('Allow');
    expect(w.decide('bob', 'ec2:DescribeInstances', '*')).to.equal('ImplicitDeny');
  });
});

describe('R113 maximum session duration', () => {
  const cases = [
    { seconds: 899, ok: false },
    { seconds: 900, ok: false },
    { seconds: 3599, ok: false },
    { seconds: 3600, ok: true },
    { seconds: 7200, ok: true },
    { seconds: 43200, ok: true },
    { seconds: 43201, ok: false },
    { seconds: 3600.5, ok: false },
  ];
  for (const c of cases) {
    it(`R113 ${c.seconds} seconds is ${c.ok ? 'accepted' : 'rejected'}`, () => {
      const m = base();
      if (c.ok) {
        m.setMaxSessionDuration('app', c.seconds);
        expect(m.role('app').maxSessionDuration).to.equal(c.seconds);
      } else {
        expectModelError(() => m.setMaxSessionDuration('app', c.seconds), 'out of range', '3600–43200', 'R113');
      }
    });
  }

  it('R113 the default is one hour, and addRole can set it', () => {
    const m = base();
    expect(m.role('app').maxSessionDuration).to.equal(3600);
    m.addRole('long', 'dev', doc(trusts('*')), { maxSessionDuration: 43200 });
    expect(m.role('long').maxSessionDuration).to.equal(43200);
  });
});

describe('R114 deleting principals', () => {
  function withPolicies() {
    const w = world(base());
    const m = w.model;
    m.putInlinePolicy('user', 'alice', 'Inline', doc(allow(['s3:ListAllMyBuckets', 'sts:AssumeRole'])));
    m.createManagedPolicy('Shared', 'dev', doc(allow('ec2:DescribeInstances')));
    m.attachManagedPolicy('Shared', 'user', 'alice');
    m.putInlinePolicy('role', 'app', 'RoleInline', doc(allow('s3:ListAllMyBuckets')));
    m.attachManagedPolicy('Shared', 'role', 'app');
    return w;
  }

  it('R114 a deleted user is unknown; recreated, it has neither its inline nor its managed policies', () => {
    const w = withPolicies();
    w.model.deleteUser('alice');
    expectModelError(() => w.model.user('alice'), 'no user "alice"', 'users are: bob');
    w.model.addUser('alice', 'dev');
    expect(w.model.bundleFor(w.caller('alice'), 's3:ListAllMyBuckets', '*').principal.identityPolicies).to.deep.equal(
      [],
    );
  });

  it('R114 the managed policy survives and can be attached again', () => {
    const w = withPolicies();
    w.model.deleteUser('alice');
    w.model.attachManagedPolicy('Shared', 'user', 'bob');
    expect(w.decide('bob', 'ec2:DescribeInstances', '*')).to.equal('Allow');
  });

  it('R114 a deleted user leaves its groups', () => {
    const w = withPolicies();
    w.model.addUserToGroup('alice', 'devs');
    w.model.deleteUser('alice');
    expect(w.model.group('devs').members.size).to.equal(0);
  });

  it('R114 a deleted role: its sessions lose every permission, the managed policy stays', () => {
    const w = withPolicies();
    const session = w.sts.assumeRole('alice', 'app', { sessionName: 's1' });
    expect(session.ok).to.equal(true);
    if (session.ok) w.sessions.add(session.value);
    expect(w.decide('s1', 's3:ListAllMyBuckets', '*')).to.equal('Allow');
    w.model.deleteRole('app');
    expect(w.decide('s1', 's3:ListAllMyBuckets', '*')).to.equal('ImplicitDeny');
    expect(w.model.iam.managed.require('Shared').name).to.equal('Shared');
    expectModelError(() => w.sts.assumeRole('alice', 'app', { sessionName: 's2' }), 'no role "app"');
  });
});

describe('policies, boundaries and tags', () => {
  it('a managed policy attaches only within its account', () => {
    const m = base();
    m.createManagedPolicy('ProdOnly', 'prod', doc(allow('*')));
    m.addUser('carol', 'prod');
    m.attachManagedPolicy('ProdOnly', 'user', 'carol');
    expectModelError(
      () => m.attachManagedPolicy(`arn:aws:iam::${PROD}:policy/ProdOnly`, 'user', 'alice'),
      'belongs to account',
    );
  });

  it('R81 a boundary limits the user', () => {
    const w = world(base());
    w.model.putInlinePolicy('user', 'alice', 'All', doc(allow('*')));
    w.model.setPermissionsBoundary('user', 'alice', doc(allow('s3:*')));
    expect(w.decide('alice', 's3:ListAllMyBuckets', '*')).to.equal('Allow');
    expect(w.decide('alice', 'ec2:DescribeInstances', '*')).to.equal('ImplicitDeny');
  });

  it('R102 tags merge, a key differing only in case replacing the old one', () => {
    const m = base();
    m.setTags('user', 'alice', { team: 'blue', env: 'dev' });
    m.setTags('user', 'alice', { Team: 'red' });
    expect(m.user('alice').tags).to.deep.equal({ env: 'dev', Team: 'red' });
  });

  it('R101 users and role sessions carry stable unique ids', () => {
    const w = world(base());
    const user = w.model.bundleFor(w.caller('alice'), 's3:ListAllMyBuckets', '*').principal;
    expect(user.uniqueId).to.match(/^AIDA[A-Z2-7]{17}$/);
    expect(world(base()).model.user('alice').uniqueId).to.equal(user.uniqueId);
    const role = w.model.bundleFor(w.caller('app'), 's3:ListAllMyBuckets', '*').principal;
    expect(role.uniqueId).to.match(/^AROA[A-Z2-7]{17}$/);
  });
});
