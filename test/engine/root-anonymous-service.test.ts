import { describe } from 'node:test';
import {
  A,
  ARN,
  allow,
  anonymous,
  B,
  bundle,
  decisionTable,
  deny,
  doc,
  FULL_ACCESS,
  federatedUser,
  getObject,
  grant,
  type Json,
  rcpDeny,
  refuse,
  request,
  root,
  roleSession,
  service,
  user,
} from './bundle-builder.js';

// The root user, anonymous callers, AWS service principals and the two documented exceptions GetCallerIdentity and
// the S3 bucket-policy lock-out guard (R95–R99).

const OBJ = 'arn:aws:s3:::data/*';
const bucketPolicy = (...statements: Json[]) => ({ resourcePolicy: doc(...statements) });
const publicRead = allow('s3:GetObject', OBJ, { Principal: '*' });
const TRAIL = 'cloudtrail.amazonaws.com';
const byService = (name: string, action: Json = allow('s3:PutObject', OBJ)) => ({
  ...action,
  Principal: { Service: name },
});
const putObject = (more: Json = {}) => request('s3:PutObject', ARN.object, more);

describe('R95 the root user in its own account', () => {
  decisionTable([
    { title: 'R95 root user, no policy at all → Allow', bundle: bundle(root(), getObject()), expected: 'Allow' },
    {
      title: 'R95 root user, resource policy naming someone else → Allow',
      bundle: bundle(root(), getObject(), bucketPolicy(grant(ARN.bob, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R95 root user, resource-policy Deny naming "*" → ExplicitDeny',
      bundle: bundle(root(), getObject(), bucketPolicy(deny('s3:GetObject', OBJ, { Principal: '*' }))),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R95 root user, resource-policy Deny naming the account → ExplicitDeny',
      bundle: bundle(root(), getObject(), bucketPolicy(refuse(A, 's3:GetObject', OBJ))),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R95 root user, resource-policy Deny naming a user of the account does not apply → Allow',
      bundle: bundle(root(), getObject(), bucketPolicy(refuse(ARN.alice, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R95 member root user, SCP Deny → ExplicitDeny',
      bundle: bundle(root(), getObject(), { scps: [[doc(allow('*'), deny('s3:*'))]] }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R95 member root user, SCP without Allow → ImplicitDeny',
      bundle: bundle(root(), getObject(), { scps: [[FULL_ACCESS], [doc(allow('ec2:*'))]] }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R95 root user, RCP Deny → ExplicitDeny',
      bundle: bundle(root(), getObject(), { rcps: [[doc(rcpDeny('s3:*'))]] }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R95 root user in another account, no resource policy → ImplicitDeny',
      bundle: bundle(root(), getObject({ resourceAccount: B })),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R95 root user in another account, resource policy naming its account → Allow',
      bundle: bundle(root(), getObject({ resourceAccount: B }), bucketPolicy(grant(A, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R95 root user in another account, resource policy naming another account → ImplicitDeny',
      bundle: bundle(
        root(),
        getObject({ resourceAccount: B }),
        bucketPolicy(grant('999988887777', 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R96 anonymous callers', () => {
  decisionTable([
    {
      title: 'R96 Principal "*" Allow → Allow',
      bundle: bundle(anonymous(), getObject(), bucketPolicy(publicRead)),
      expected: 'Allow',
    },
    {
      title: 'R96 Principal {"AWS":"*"} Allow → Allow',
      bundle: bundle(anonymous(), getObject(), bucketPolicy(grant('*', 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R96 no resource policy → ImplicitDeny',
      bundle: bundle(anonymous(), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R96 resource policy naming an account → ImplicitDeny',
      bundle: bundle(anonymous(), getObject(), bucketPolicy(grant(A, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R96 resource policy naming a user → ImplicitDeny',
      bundle: bundle(anonymous(), getObject(), bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R96 resource policy naming a service → ImplicitDeny',
      bundle: bundle(anonymous(), getObject(), bucketPolicy(byService(TRAIL, allow('s3:GetObject', OBJ)))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R96 Principal "*" Allow for another action → ImplicitDeny',
      bundle: bundle(anonymous(), putObject(), bucketPolicy(publicRead)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R96 Principal "*" Allow and Principal "*" Deny → ExplicitDeny',
      bundle: bundle(anonymous(), getObject(), bucketPolicy(publicRead, deny('s3:GetObject', OBJ, { Principal: '*' }))),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R96 Principal "*" Allow with a condition on aws:SecureTransport that holds → Allow',
      bundle: bundle(
        anonymous(),
        getObject({ context: { 'aws:SecureTransport': 'true' } }),
        bucketPolicy({ ...publicRead, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      ),
      expected: 'Allow',
    },
  ]);
});

describe('R97 AWS service principals', () => {
  decisionTable([
    {
      title: 'R97 bucket policy naming the service → Allow',
      bundle: bundle(service(), putObject(), bucketPolicy(byService(TRAIL))),
      expected: 'Allow',
    },
    {
      title: 'R97 bucket policy naming the service among others → Allow',
      bundle: bundle(
        service(),
        putObject(),
        bucketPolicy({ ...allow('s3:PutObject', OBJ), Principal: { Service: ['config.amazonaws.com', TRAIL] } }),
      ),
      expected: 'Allow',
    },
    {
      title: 'R97 bucket policy allowing "*" → Allow',
      bundle: bundle(service(), putObject(), bucketPolicy(allow('s3:PutObject', OBJ, { Principal: '*' }))),
      expected: 'Allow',
    },
    {
      title: 'R97 bucket policy naming another service → ImplicitDeny',
      bundle: bundle(service(), putObject(), bucketPolicy(byService('config.amazonaws.com'))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R97 bucket policy naming the account → ImplicitDeny',
      bundle: bundle(service(), putObject(), bucketPolicy(grant(A, 's3:PutObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R97 no resource policy → ImplicitDeny',
      bundle: bundle(service(), putObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R97 bucket policy Deny naming the service → ExplicitDeny',
      bundle: bundle(
        service(),
        putObject(),
        bucketPolicy(byService(TRAIL), { ...deny('s3:PutObject', OBJ), Principal: { Service: TRAIL } }),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R97 SCPs do not apply to a service principal → Allow',
      bundle: bundle(service(), putObject(), { ...bucketPolicy(byService(TRAIL)), scps: [[doc(deny('*'))]] }),
      expected: 'Allow',
    },
  ]);
});

describe('R98 sts:GetCallerIdentity is always allowed', () => {
  const who = request('sts:GetCallerIdentity', '*');
  decisionTable([
    { title: 'R98 user without any policy → Allow', bundle: bundle(user(), who), expected: 'Allow' },
    {
      title: 'R98 user whose identity policy denies it → Allow',
      bundle: bundle(user({ identityPolicies: [doc(deny('sts:GetCallerIdentity'))] }), who),
      expected: 'Allow',
    },
    {
      title: 'R98 role session whose identity policy denies everything → Allow',
      bundle: bundle(roleSession({ identityPolicies: [doc(deny('*'))] }), who),
      expected: 'Allow',
    },
    {
      title: 'R98 role session whose boundary and session policy deny it → Allow',
      bundle: bundle(roleSession({ permissionsBoundary: doc(deny('sts:*')), sessionPolicy: doc(deny('sts:*')) }), who),
      expected: 'Allow',
    },
    {
      title: 'R98 federated user without a session policy → Allow',
      bundle: bundle(federatedUser(), who),
      expected: 'Allow',
    },
    {
      title: 'R98 member-account user under an SCP that denies everything → Allow',
      bundle: bundle(user(), who, { scps: [[doc(deny('*'))]] }),
      expected: 'Allow',
    },
  ]);
});

describe('R99 the bucket owner root user cannot be locked out of the bucket policy', () => {
  const lockOut = bucketPolicy(deny('s3:*', ['arn:aws:s3:::data', OBJ], { Principal: '*' }));
  const onBucket = (action: string, more: Json = {}) => request(action, ARN.bucket, more);
  decisionTable([
    {
      title: 'R99 root GetBucketPolicy despite a bucket-policy Deny → Allow',
      bundle: bundle(root(), onBucket('s3:GetBucketPolicy'), lockOut),
      expected: 'Allow',
    },
    {
      title: 'R99 root PutBucketPolicy despite a bucket-policy Deny → Allow',
      bundle: bundle(root(), onBucket('s3:PutBucketPolicy'), lockOut),
      expected: 'Allow',
    },
    {
      title: 'R99 root DeleteBucketPolicy despite a bucket-policy Deny → Allow',
      bundle: bundle(root(), onBucket('s3:DeleteBucketPolicy'), lockOut),
      expected: 'Allow',
    },
    {
      title: 'R99 root GetObject is still denied by the bucket policy → ExplicitDeny',
      bundle: bundle(root(), getObject(), lockOut),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R99 root DeleteBucket is still denied by the bucket policy → ExplicitDeny',
      bundle: bundle(root(), onBucket('s3:DeleteBucket'), lockOut),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R99 an admin user of the owner account is not exempt → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('*'))] }), onBucket('s3:PutBucketPolicy'), lockOut),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R99 the root user of another account is not exempt → ExplicitDeny',
      bundle: bundle(root(B), onBucket('s3:PutBucketPolicy', { resourceAccount: A }), {
        resourcePolicy: doc(grant(B, 's3:*', ARN.bucket), deny('s3:*', ARN.bucket, { Principal: '*' })),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R99 an SCP Deny still blocks the owner root → ExplicitDeny',
      bundle: bundle(root(), onBucket('s3:PutBucketPolicy'), {
        ...lockOut,
        scps: [[doc(allow('*'), deny('s3:PutBucketPolicy'))]],
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R99 an RCP Deny still blocks the owner root → ExplicitDeny',
      bundle: bundle(root(), onBucket('s3:PutBucketPolicy'), {
        ...lockOut,
        rcps: [[doc(rcpDeny('s3:PutBucketPolicy'))]],
      }),
      expected: 'ExplicitDeny',
    },
  ]);
});
