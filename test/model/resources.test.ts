import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AwsModel } from '../../src/model/aws-model.js';
import { allow, DEV, doc, expectModelError, PROD, rootOfAccount, trusts, world } from './model-builder.js';

// Resources by ARN: buckets own their objects, other resources come from their ARN's account, and an ARN that
// names nothing modelled is an error unless it names a known account (docs/design/model-api.md).

const KEY = `arn:aws:kms:us-east-1:${PROD}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const keyPolicy = doc({ Effect: 'Allow', Principal: { AWS: rootOfAccount(PROD) }, Action: 'kms:*', Resource: '*' });

function model(): AwsModel {
  const m = new AwsModel();
  m.addAccount('dev', DEV);
  m.addAccount('prod', PROD);
  m.addBucket(
    'data',
    'dev',
    doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }),
    {
      class: 'public',
    },
  );
  m.addResource(KEY, keyPolicy, { app: 'billing' });
  m.addRole('app', 'dev', doc(trusts(rootOfAccount(DEV))));
  return m;
}

describe('resourceFor', () => {
  const cases = [
    { ref: 'arn:aws:s3:::data', kind: 'bucket', account: DEV, policy: 'bucket policy of data' },
    { ref: 'arn:aws:s3:::data/reports/2024.csv', kind: 'bucket', account: DEV, policy: 'bucket policy of data' },
    { ref: 'data', kind: 'bucket', account: DEV, policy: 'bucket policy of data' },
    { ref: KEY, kind: 'resource', account: PROD, policy: `resource policy of ${KEY}` },
    { ref: `arn:aws:iam::${DEV}:role/app`, kind: 'role', account: DEV, policy: 'trust policy of app' },
    { ref: `arn:aws:sqs:us-east-1:${PROD}:jobs`, kind: 'account', account: PROD, policy: undefined },
    { ref: '*', kind: 'any', account: undefined, policy: undefined },
  ];
  for (const c of cases) {
    it(`${c.ref} is a ${c.kind} of ${c.account ?? 'no account'}`, () => {
      const r = model().resourceFor(c.ref);
      expect(r.kind).to.equal(c.kind);
      expect(r.accountId).to.equal(c.account);
      expect(r.policy?.name).to.equal(c.policy);
    });
  }

  it('an object ARN stays the requested ARN', () => {
    expect(model().resourceFor('arn:aws:s3:::data/a/b').arn).to.equal('arn:aws:s3:::data/a/b');
  });

  const unknown = [
    { ref: 'arn:aws:s3:::other/x', fragments: ['no resource "arn:aws:s3:::other/x"', 'arn:aws:s3:::data', KEY] },
    { ref: 'arn:aws:sqs:us-east-1:121212121212:q', fragments: ['no resource', 'dev (111122223333)'] },
    { ref: 'not-a-bucket', fragments: ['no resource "not-a-bucket"'] },
  ];
  for (const c of unknown)
    it(`${c.ref} is an error listing what exists`, () =>
      expectModelError(() => model().resourceFor(c.ref), ...c.fragments));
});

describe('adding resources', () => {
  const cases: { title: string; run: (m: AwsModel) => void; fragments: string[] }[] = [
    {
      title: 'a bucket name with capitals',
      run: (m) => m.addBucket('Data', 'dev'),
      fragments: ['bucket name "Data" is invalid'],
    },
    { title: 'a bucket twice', run: (m) => m.addBucket('data', 'prod'), fragments: ['already exists'] },
    {
      title: 'a resource of an unknown account',
      run: (m) => m.addResource('arn:aws:sqs:us-east-1:121212121212:q'),
      fragments: ['no account "121212121212"'],
    },
    {
      title: 'a resource ARN without an account',
      run: (m) => m.addResource('arn:aws:s3:::b2'),
      fragments: ['names no account', 'addBucket'],
    },
    {
      title: 'an invalid bucket policy',
      run: (m) => m.addBucket('bb2', 'dev', doc(allow('s3:*'))),
      fragments: ['bucket policy of bb2" is invalid', 'Principal'],
    },
    {
      title: 'tags on an unknown resource',
      run: (m) => m.setResourceTags('nope', { a: 'b' }),
      fragments: ['no resource "nope"'],
    },
  ];
  for (const c of cases) it(`rejects ${c.title}`, () => expectModelError(() => c.run(model()), ...c.fragments));

  it('R103 resource tags reach the request, merged by setResourceTags', () => {
    const w = world(model());
    w.model.addUser('u', 'dev');
    w.model.setResourceTags('data', { owner: 'team-a' });
    const bundle = w.model.bundleFor(w.caller('u'), 's3:GetObject', 'arn:aws:s3:::data/x');
    expect(bundle.request.resourceTags).to.deep.equal({ class: 'public', owner: 'team-a' });
    expect(bundle.request.resourceAccount).to.equal(DEV);
  });

  it('setResourcePolicy replaces a bucket policy', () => {
    const w = world(model());
    expect(w.decide('anonymous', 's3:GetObject', 'arn:aws:s3:::data/x')).to.equal('Allow');
    w.model.setResourcePolicy(
      'data',
      doc({ Effect: 'Allow', Principal: { AWS: rootOfAccount(DEV) }, Action: 's3:*', Resource: '*' }),
    );
    expect(w.decide('anonymous', 's3:GetObject', 'arn:aws:s3:::data/x')).to.equal('ImplicitDeny');
  });
});

describe('which resource policy a request carries', () => {
  function w() {
    const t = world(model());
    t.model.addUser('u', 'dev');
    t.model.addUser('k', 'prod');
    return t;
  }

  it('R80 a role ARN carries its trust policy for STS actions', () => {
    const t = w();
    expect(
      t.model.bundleFor(t.caller('u'), 'sts:AssumeRole', `arn:aws:iam::${DEV}:role/app`).resourcePolicy?.name,
    ).to.equal('trust policy of app');
    expect(
      t.model.bundleFor(t.caller('u'), 'sts:TagSession', `arn:aws:iam::${DEV}:role/app`).resourcePolicy?.name,
    ).to.equal('trust policy of app');
  });

  it('R80 a role ARN carries no resource policy for IAM actions', () => {
    const t = w();
    expect(t.model.bundleFor(t.caller('u'), 'iam:GetRole', `arn:aws:iam::${DEV}:role/app`).resourcePolicy).to.equal(
      undefined,
    );
  });

  it('R137 iam:PassRole requests carry no role tags', () => {
    const t = w();
    t.model.setTags('role', 'app', { team: 'a' });
    const arn = `arn:aws:iam::${DEV}:role/app`;
    expect(t.model.bundleFor(t.caller('u'), 'iam:PassRole', arn).request.resourceTags).to.deep.equal({});
    expect(t.model.bundleFor(t.caller('u'), 'iam:GetRole', arn).request.resourceTags).to.deep.equal({ team: 'a' });
  });

  it('R80 a KMS key carries its key policy: the key account’s user is allowed, another account’s is not', () => {
    const t = w();
    t.model.putInlinePolicy('user', 'k', 'Kms', doc(allow('kms:Decrypt')));
    t.model.putInlinePolicy('user', 'u', 'Kms', doc(allow('kms:Decrypt')));
    expect(t.model.bundleFor(t.caller('k'), 'kms:Decrypt', KEY).resourcePolicy?.name).to.equal(
      `resource policy of ${KEY}`,
    );
    expect(t.decide('k', 'kms:Decrypt', KEY)).to.equal('Allow');
    expect(t.decide('u', 'kms:Decrypt', KEY)).to.equal('ImplicitDeny');
  });
});
