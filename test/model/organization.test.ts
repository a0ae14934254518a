// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AwsModel } from '../../src/model/aws-model.js';
import { allow, DEV, deny, doc, EXT, expectModelError, MGMT, PROD, world } from './model-builder.js';

// Accounts and the organization: ids, OUs, SCP/RCP levels Root → OU → account, FullAWSAccess by default,
// the management account, and the organization's condition keys (R86–R92, R110, R115, R116).

function orgWorld() {
  const w = world();
  const m = w.model;
  m.addAccount('mgmt', MGMT);
  m.addAccount('dev', DEV);
  m.addAccount('prod', PROD);
  m.addAccount('vendor', EXT, { outsideOrganization: true });
  m.setManagementAccount('mgmt');
  m.placeAccount('prod', 'Root/Workloads/Prod');
  for (const account of ['mgmt', 'dev', 'prod', 'vendor']) {
    m.addUser(`admin-${account}`, account);
    m.putInlinePolicy('user', `admin-${account}`, 'Admin', doc(allow('*')));
  }
  return w;
}

describe('R110 accounts', () => {
  const cases: { title: string; run: (m: AwsModel) => void; fragments: string[] }[] = [
    {
      title: 'an id of 11 digits',
      run: (m) => m.addAccount('x', '12345678901'),
      fragments: ['"12345678901"', '12 digits'],
    },
    { title: 'an id with letters', run: (m) => m.addAccount('x', '12345678901a'), fragments: ['12 digits'] },
    { title: 'a repeated name', run: (m) => m.addAccount('dev', PROD), fragments: ['clashes', '"dev"'] },
    { title: 'a repeated id', run: (m) => m.addAccount('other', DEV), fragments: ['clashes', DEV] },
    {
      title: 'an unknown account lists the known ones',
      run: (m) => m.addUser('u', 'deve'),
      fragments: ['no account "deve"', 'accounts are: dev'],
    },
  ];
  for (const c of cases) {
    it(`R110 rejects ${c.title}`, () => {
      const m = new AwsModel();
      m.addAccount('dev', DEV);
      expectModelError(() => c.run(m), ...c.fragments);
    });
  }

  it('R110 an account is found by name or by id', () => {
    const m = new AwsModel();
    m.addAccount('dev', DEV);
    expect(m.accountId('dev')).to.equal(DEV);
    expect(m.accountId(DEV)).to.equal(DEV);
  });
});

describe('organization structure', () => {
  it('setManagementAccount creates the organization with every account not kept outside', () => {
    const { model } = orgWorld();
    const org = model.organization;
    expect(org?.id).to.match(/^o-[a-z0-9]{10}$/);
    expect(org?.isMember(DEV)).to.equal(true);
    expect(org?.isMember(EXT)).to.equal(false);
  });

  it('accounts added later join under Root', () => {
    const { model } = orgWorld();
    model.addAccount('late', '121212121212');
    const levels = model.organization?.levels('scp', '121212121212', 'late').map((l) => l.name);
    expect(levels).to.deep.equal(['Root', 'account late']);
  });

  it('placeAccount creates the OUs on the way: levels run Root → each OU → account (R86)', () => {
    const { model } = orgWorld();
    const levels = model.organization?.levels('scp', PROD, 'prod').map((l) => l.name);
    expect(levels).to.deep.equal(['Root', 'OU Workloads', 'OU Workloads/Prod', 'account prod']);
  });

  const errors: { title: string; run: (m: AwsModel) => void; fragments: string[] }[] = [
    {
      title: 'an OU path not under Root',
      run: (m) => m.placeAccount('dev', 'Workloads'),
      fragments: ['must start with "Root"'],
    },
    {
      title: 'an OU path with an empty name',
      run: (m) => m.placeAccount('dev', 'Root//x'),
      fragments: ['must start with "Root"'],
    },
    {
      title: 'placing an account outside the organization',
      run: (m) => m.placeAccount('vendor', 'Root/X'),
      fragments: ['"vendor" is outside'],
    },
    {
      title: 'an SCP on an unknown OU lists the OUs',
      run: (m) => m.attachScp('S', 'Root/Workload', doc(allow('*'))),
      fragments: ['no OU "Root/Workload"', 'Root/Workloads'],
    },
    {
      title: 'an SCP on an unknown account',
      run: (m) => m.attachScp('S', 'qa', doc(allow('*'))),
      fragments: ['no account "qa"'],
    },
    {
      title: 'an invalid SCP, one diagnostic per line',
      run: (m) => m.attachScp('S', 'Root', { Statement: [{ Effect: 'allow', Action: 's3:*', Resource: '*' }] }),
      fragments: ['scp policy "S" is invalid:\n', 'Effect'],
    },
    {
      title: 'an SCP with a Principal',
      run: (m) => m.attachScp('S', 'Root', doc(allow('*', '*', { Principal: '*' }))),
      fragments: ['is invalid'],
    },
    {
      title: 'the same SCP twice at one target',
      run: (m) => m.attachScp('FullAWSAccess', 'Root', doc(allow('*'))),
      fragments: ['already attached'],
    },
    {
      title: 'detaching an SCP that is not attached',
      run: (m) => m.detachScp('Nope', 'Root'),
      fragments: ['no SCP "Nope"', 'FullAWSAccess'],
    },
    { title: 'a second management account', run: (m) => m.setManagementAccount('dev'), fragments: ['already', MGMT] },
  ];
  for (const c of errors) {
    it(`rejects ${c.title}`, () => expectModelError(() => c.run(orgWorld().model), ...c.fragments));
  }

  it('SCPs need an organization', () => {
    const m = new AwsModel();
    m.addAccount('dev', DEV);
    expectModelError(() => m.attachScp('S', 'Root', doc(allow('*'))), 'no organization', 'management account');
  });
});

describe('R86 R115 SCP levels in requests', () => {
  it('R115 FullAWSAccess is attached at every level by default, so an admin is allowed', () => {
    const w = orgWorld();
    expect(w.decide('admin-prod', 's3:ListAllMyBuckets', '*')).to.equal('Allow');
  });

  it('R115 R86 detaching FullAWSAccess from an OU with nothing else leaves that level without an Allow', () => {
    const w = orgWorld();
    w.model.detachScp('FullAWSAccess', 'Root/Workloads');
    const { result } = w.model.authorize(w.caller('admin-prod'), 's3:ListAllMyBuckets', '*');
    expect(result.decision).to.equal('ImplicitDeny');
    expect(result.reasons[0]).to.deep.include({ kind: 'no-allow', layer: 'scp', levelName: 'OU Workloads' });
    expect(w.decide('admin-dev', 's3:ListAllMyBuckets', '*'), 'dev is not under Workloads').to.equal('Allow');
  });

  const denyS3 = doc(allow('*'), deny('s3:*'));
  const targets = [
    { target: 'Root', prod: 'ExplicitDeny', dev: 'ExplicitDeny' },
    { target: 'Root/Workloads', prod: 'ExplicitDeny', dev: 'Allow' },
    { target: 'Root/Workloads/Prod', prod: 'ExplicitDeny', dev: 'Allow' },
    { target: 'prod', prod: 'ExplicitDeny', dev: 'Allow' },
    { target: 'dev', prod: 'Allow', dev: 'ExplicitDeny' },
  ] as const;
  for (const t of targets) {
    it(`R86 an SCP deny at ${t.target} applies to prod: ${t.prod}, to dev: ${t.dev}`, () => {
      const w = orgWorld();
      w.model.attachScp('DenyS3', t.target, denyS3);
      expect(w.decide('admin-prod', 's3:ListAllMyBuckets', '*')).to.equal(t.prod);
      expect(w.decide('admin-dev', 's3:ListAllMyBuckets', '*')).to.equal(t.dev);
    });
  }

  it('R87 SCPs do not limit the management account, which the bundle flags', () => {
    const w = orgWorld();
    w.model.attachScp('DenyS3', 'Root', denyS3);
    const bundle = w.model.bundleFor(w.caller('admin-mgmt'), 's3:ListAllMyBuckets', '*');
    expect(bundle.isManagementAccount).to.equal(true);
    expect(bundle.scps?.map((l) => l.name)).to.deep.equal(['Root', 'account mgmt']);
    expect(w.decide('admin-mgmt', 's3:ListAllMyBuckets', '*')).to.equal('Allow');
  });

  it('accounts outside the organization get no SCP levels', () => {
    const w = orgWorld();
    w.model.attachScp('DenyS3', 'Root', denyS3);
    const bundle = w.model.bundleFor(w.caller('admin-vendor'), 's3:ListAllMyBuckets', '*');
    expect(bundle.scps).to.equal(undefined);
    expect(w.decide('admin-vendor', 's3:ListAllMyBuckets', '*')).to.equal('Allow');
  });

  it('without an organization bundles have no SCP or RCP levels', () => {
    const w = world();
    w.model.addAccount('dev', DEV);
    w.model.addUser('u', 'dev');
    const bundle = w.model.bundleFor(w.caller('u'), 's3:GetObject', '*');
    expect(bundle.scps).to.equal(undefined);
    expect(bundle.rcps).to.equal(undefined);
    expect(bundle.isManagementAccount).to.equal(false);
  });
});

describe('R90 R91 RCP levels follow the resource account', () => {
  const rcpDenyOutsiders = doc(
    deny('s3:*', '*', {
      Principal: '*',
      Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': '${aws:ResourceOrgID}' } },
    }),
  );

  function withBuckets() {
    const w = orgWorld();
    const everyone = doc({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::prod-data/*',
    });
    w.model.addBucket('prod-data', 'prod', everyone);
    w.model.attachRcp('OrgOnly', 'Root/Workloads', rcpDenyOutsiders);
    return w;
  }

  it('R90 a bucket in prod carries the RCP levels of prod, root first', () => {
    const w = withBuckets();
    const bundle = w.model.bundleFor(w.caller('admin-vendor'), 's3:GetObject', 'arn:aws:s3:::prod-data/k');
    expect(bundle.rcps?.map((l) => [l.name, l.policies.map((p) => p.name)])).to.deep.equal([
      ['Root', []],
      ['OU Workloads', ['OrgOnly']],
      ['OU Workloads/Prod', []],
      ['account prod', []],
    ]);
    expect(bundle.request.resourceAccount).to.equal(PROD);
  });

  it('R90 R116 the RCP denies a caller outside the organization and allows a member', () => {
    const w = withBuckets();
    expect(w.decide('admin-vendor', 's3:GetObject', 'arn:aws:s3:::prod-data/k')).to.equal('ExplicitDeny');
    expect(w.decide('admin-dev', 's3:GetObject', 'arn:aws:s3:::prod-data/k')).to.equal('Allow');
  });

  it('attachRcp validates the document as an RCP (Principal must be "*")', () => {
    const w = orgWorld();
    expectModelError(() => w.model.attachRcp('Bad', 'Root', doc(deny('s3:*'))), 'rcp policy "Bad" is invalid');
  });
});

describe('R116 organization keys', () => {
  it('R116 members carry aws:PrincipalOrgID and aws:PrincipalOrgPaths; resources aws:ResourceOrgID and paths', () => {
    const w = orgWorld();
    w.model.addBucket('prod-data', 'prod');
    const bundle = w.model.bundleFor(w.caller('admin-prod'), 's3:GetObject', 'arn:aws:s3:::prod-data/k');
    const org = w.model.organization;
    expect(bundle.principal.orgId).to.equal(org?.id);
    const paths = bundle.request.context['aws:PrincipalOrgPaths'];
    expect(paths).to.be.an('array').with.length(1);
    expect(String((paths as string[])[0])).to.match(
      new RegExp(`^${org?.id}/r-[a-z0-9]{4}/ou-[a-z0-9-]+/ou-[a-z0-9-]+/$`),
    );
    expect(bundle.request.context['aws:ResourceOrgID']).to.equal(org?.id);
  });

  it('R116 an account outside the organization has no organization keys', () => {
    const w = orgWorld();
    const bundle = w.model.bundleFor(w.caller('admin-vendor'), 's3:ListAllMyBuckets', '*');
    expect(bundle.principal.orgId).to.equal(undefined);
    expect(bundle.request.context['aws:PrincipalOrgPaths']).to.equal(undefined);
  });
});
