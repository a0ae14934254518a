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
  getObject,
  grant,
  type Json,
  outsider,
  rcpDeny,
  request,
  root,
  roleSession,
  service,
  serviceLinkedSession,
  user,
  when,
} from './bundle-builder.js';

// Organizations: SCPs limit principals of member accounts (R86–R89); RCPs limit resources of member accounts and
// only ever deny (R88, R90–R92). Pages: AWS Organizations User Guide orgs_manage_policies_scps, _rcps.

const OBJ = 'arn:aws:s3:::data/*';
const readObjects = doc(allow('s3:GetObject', OBJ));
const allS3 = { identityPolicies: [doc(allow('s3:*'))] };

/** Three SCP levels, root first; `ou` and `acct` replace the FullAWSAccess at that level. */
function scpLevels(ou: Json = FULL_ACCESS, acct: Json = FULL_ACCESS, rootLevel: Json = FULL_ACCESS): Json[] {
  return [
    { name: 'Root', policies: [rootLevel] },
    { name: 'OU Workloads', policies: [ou] },
    { name: `account ${A}`, policies: [acct] },
  ];
}

/** Two RCP levels (organization root and the resource's account), each with the given policies. */
function rcpLevels(rootLevel: Json[] = [], acct: Json[] = []): Json[] {
  return [
    { name: 'Root', policies: rootLevel },
    { name: 'account', policies: acct },
  ];
}

const denyS3 = doc(deny('s3:*'));
const onlyEc2 = doc(allow('ec2:*'));

describe('R86 every SCP level must allow', () => {
  decisionTable([
    {
      title: 'R86 FullAWSAccess at every level, identity allows → Allow',
      bundle: bundle(user(allS3), getObject(), { scps: scpLevels() }),
      expected: 'Allow',
    },
    {
      title: 'R86 a single level given as a plain list of policies → Allow',
      bundle: bundle(user(allS3), getObject(), { scps: [[FULL_ACCESS]] }),
      expected: 'Allow',
    },
    {
      title: 'R86 the OU level allows only EC2 → ImplicitDeny',
      bundle: bundle(user(allS3), getObject(), { scps: scpLevels(onlyEc2) }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 the account level allows only EC2 → ImplicitDeny',
      bundle: bundle(user(allS3), getObject(), { scps: scpLevels(FULL_ACCESS, onlyEc2) }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 the root level allows only EC2 → ImplicitDeny',
      bundle: bundle(user(allS3), getObject(), { scps: scpLevels(FULL_ACCESS, FULL_ACCESS, onlyEc2) }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 a level with no policy at all → ImplicitDeny',
      bundle: bundle(user(allS3), getObject(), {
        scps: [
          { name: 'Root', policies: [FULL_ACCESS] },
          { name: 'OU', policies: [] },
        ],
      }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 a level whose Allow has a failing condition → ImplicitDeny',
      bundle: bundle(user(allS3), getObject({ context: { 'aws:RequestedRegion': 'us-east-1' } }), {
        scps: scpLevels(doc(allow('*', '*', when('StringEquals', 'aws:RequestedRegion', 'eu-west-1')))),
      }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 each level allows the action through different statements → Allow',
      bundle: bundle(user(allS3), getObject(), { scps: scpLevels(doc(allow('s3:*')), doc(allow('s3:GetObject'))) }),
      expected: 'Allow',
    },
    {
      title: 'R86 SCPs grant nothing: FullAWSAccess everywhere, no identity policy → ImplicitDeny',
      bundle: bundle(user(), getObject(), { scps: scpLevels() }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 a same-account resource-policy grant to the user is still limited by SCPs → ImplicitDeny',
      bundle: bundle(user(), getObject(), {
        resourcePolicy: doc(grant(ARN.alice, 's3:GetObject', OBJ)),
        scps: scpLevels(onlyEc2),
      }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 a Deny at the root level → ExplicitDeny',
      bundle: bundle(user(allS3), getObject(), {
        scps: scpLevels(FULL_ACCESS, FULL_ACCESS, doc(allow('*'), deny('s3:*'))),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R86 a Deny at the OU level → ExplicitDeny',
      bundle: bundle(user(allS3), getObject(), {
        scps: [
          { name: 'Root', policies: [FULL_ACCESS] },
          { name: 'OU', policies: [FULL_ACCESS, denyS3] },
          { name: 'account', policies: [FULL_ACCESS] },
        ],
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R86 a Deny at the account level → ExplicitDeny',
      bundle: bundle(user(allS3), getObject(), {
        scps: [
          { name: 'Root', policies: [FULL_ACCESS] },
          { name: 'account', policies: [FULL_ACCESS, denyS3] },
        ],
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R86 SCP, boundary and identity must all allow: boundary without Allow → ImplicitDeny',
      bundle: bundle(user({ ...allS3, permissionsBoundary: onlyEc2 }), getObject(), { scps: scpLevels() }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 SCPs apply to a cross-account request by a member principal → ImplicitDeny',
      bundle: bundle(user(allS3), getObject({ resourceAccount: B }), {
        resourcePolicy: doc(grant(A, 's3:GetObject', OBJ)),
        scps: scpLevels(onlyEc2),
      }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R86 SCPs apply to role sessions → ImplicitDeny',
      bundle: bundle(roleSession(allS3), getObject(), { scps: scpLevels(onlyEc2) }),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R87 SCPs do not apply to the management account', () => {
  decisionTable([
    {
      title: 'R87 management-account user, SCP denies everything → Allow',
      bundle: bundle(user(allS3), getObject(), { scps: [[doc(deny('*'))]], isManagementAccount: true }),
      expected: 'Allow',
    },
    {
      title: 'R87 management-account user, SCP level without Allow → Allow',
      bundle: bundle(user(allS3), getObject(), { scps: scpLevels(onlyEc2), isManagementAccount: true }),
      expected: 'Allow',
    },
    {
      title: 'R87 management-account root user, SCP denies everything → Allow',
      bundle: bundle(root(), getObject(), { scps: [[doc(deny('*'))]], isManagementAccount: true }),
      expected: 'Allow',
    },
    {
      title: 'R87 the same SCP in a member account → ExplicitDeny',
      bundle: bundle(user(allS3), getObject(), { scps: [[doc(deny('*'))]], isManagementAccount: false }),
      expected: 'ExplicitDeny',
    },
  ]);
});

describe('R88 service-linked roles are exempt from SCPs and RCPs', () => {
  decisionTable([
    {
      title: 'R88 service-linked role session, SCP denies everything → Allow',
      bundle: bundle(serviceLinkedSession(allS3), getObject(), { scps: [[doc(allow('*'), deny('*'))]] }),
      expected: 'Allow',
    },
    {
      title: 'R88 service-linked role session, SCP level without Allow → Allow',
      bundle: bundle(serviceLinkedSession(allS3), getObject(), { scps: scpLevels(onlyEc2) }),
      expected: 'Allow',
    },
    {
      title: 'R88 service-linked role session, RCP denies S3 → Allow',
      bundle: bundle(serviceLinkedSession(allS3), getObject(), { rcps: rcpLevels([doc(rcpDeny('s3:*'))]) }),
      expected: 'Allow',
    },
    {
      title: 'R88 a role under /service-role/ is not service-linked: SCP Deny applies → ExplicitDeny',
      bundle: bundle(
        roleSession({
          ...allS3,
          roleArn: `arn:aws:iam::${A}:role/service-role/x`,
          arn: `arn:aws:sts::${A}:assumed-role/x/s`,
        }),
        getObject(),
        { scps: [[doc(allow('*'), deny('*'))]] },
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R88 a service-linked role still needs its own identity policy → ImplicitDeny',
      bundle: bundle(serviceLinkedSession(), getObject(), { scps: scpLevels() }),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R89 SCPs apply to the root user of a member account', () => {
  decisionTable([
    {
      title: 'R89 member root user, SCP Deny → ExplicitDeny',
      bundle: bundle(root(), getObject(), { scps: [[doc(allow('*'), deny('s3:*'))]] }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R89 member root user, SCP level without Allow → ImplicitDeny',
      bundle: bundle(root(), getObject(), { scps: scpLevels(onlyEc2) }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R89 member root user, FullAWSAccess everywhere → Allow',
      bundle: bundle(root(), getObject(), { scps: scpLevels() }),
      expected: 'Allow',
    },
  ]);
});

describe('R90 RCPs only deny', () => {
  decisionTable([
    {
      title: 'R90 RCP levels with only Deny statements that do not match: no implicit deny → Allow',
      bundle: bundle(user(allS3), getObject(), { rcps: rcpLevels([doc(rcpDeny('s3:DeleteBucket'))], []) }),
      expected: 'Allow',
    },
    {
      title: 'R90 RCP levels with no policy at all → Allow',
      bundle: bundle(user(allS3), getObject(), { rcps: rcpLevels() }),
      expected: 'Allow',
    },
    {
      title: 'R90 an RCP Deny at the organization root → ExplicitDeny',
      bundle: bundle(user(allS3), getObject(), { rcps: rcpLevels([doc(rcpDeny('s3:GetObject'))]) }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R90 an RCP Deny at the account level → ExplicitDeny',
      bundle: bundle(user(allS3), getObject(), { rcps: rcpLevels([], [doc(rcpDeny('s3:*'))]) }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R90 an RCP Deny whose condition does not match → Allow',
      bundle: bundle(user({ ...allS3, orgId: 'o-abc' }), getObject(), {
        rcps: rcpLevels([doc(rcpDeny('s3:*', when('StringNotEqualsIfExists', 'aws:PrincipalOrgID', 'o-abc')))]),
      }),
      expected: 'Allow',
    },
    {
      title: 'R90 an RCP Deny whose condition matches an outsider → ExplicitDeny',
      bundle: bundle(outsider({ ...allS3, orgId: 'o-other' }), getObject({ resourceAccount: A }), {
        resourcePolicy: doc(grant(B, 's3:GetObject', OBJ)),
        rcps: rcpLevels([doc(rcpDeny('s3:*', when('StringNotEqualsIfExists', 'aws:PrincipalOrgID', 'o-abc')))]),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R90 RCPs grant nothing: RCPFullAWSAccess, no identity policy → ImplicitDeny',
      bundle: bundle(user(), getObject(), {
        rcps: rcpLevels([doc(allow('*', '*', { Principal: '*' }))]),
      }),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R91 RCPs apply to supported services and member-account resources only', () => {
  const rcpDenyAll = (actions: string[]) => rcpLevels([doc(rcpDeny(actions))]);
  decisionTable([
    {
      title: 'R91 RCP Deny on s3 applies → ExplicitDeny',
      bundle: bundle(user(allS3), getObject(), { rcps: rcpDenyAll(['s3:*']) }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R91 RCP Deny on sqs applies → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('sqs:*'))] }), request('sqs:SendMessage', ARN.queueA), {
        rcps: rcpDenyAll(['sqs:*']),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R91 RCP Deny on kms applies → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('kms:*'))] }), request('kms:Decrypt', ARN.keyA), {
        resourcePolicy: doc(grant(ARN.alice, 'kms:*')),
        rcps: rcpDenyAll(['kms:*']),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R91 RCP Deny on sts applies to AssumeRole → ExplicitDeny',
      bundle: bundle(user(), request('sts:AssumeRole', ARN.targetRole), {
        resourcePolicy: doc(grant(ARN.alice, 'sts:AssumeRole')),
        rcps: rcpDenyAll(['sts:AssumeRole']),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R91 RCP Deny on iam does not apply: iam does not support RCPs → Allow',
      bundle: bundle(
        user({ identityPolicies: [doc(allow('iam:*'))] }),
        request('iam:CreateUser', `arn:aws:iam::${A}:user/new`),
        {
          rcps: rcpDenyAll(['iam:*']),
        },
      ),
      expected: 'Allow',
    },
    {
      title: 'R91 RCP Deny on ec2 does not apply: ec2 does not support RCPs → Allow',
      bundle: bundle(
        user({ identityPolicies: [doc(allow('ec2:*'))] }),
        request('ec2:TerminateInstances', `arn:aws:ec2:us-east-1:${A}:instance/i-0123456789abcdef0`),
        { rcps: rcpDenyAll(['ec2:*']) },
      ),
      expected: 'Allow',
    },
    {
      title: 'R91 RCP Deny on a resource of the management account (resourceIsManagementAccount) → Allow',
      bundle: bundle(user(allS3), getObject(), { rcps: rcpDenyAll(['s3:*']), resourceIsManagementAccount: true }),
      expected: 'Allow',
    },
    {
      title: 'R91 same-account request in the management account: its resources are exempt by default → Allow',
      bundle: bundle(user(allS3), getObject(), { rcps: rcpDenyAll(['s3:*']), isManagementAccount: true }),
      expected: 'Allow',
    },
    {
      title:
        'R91 a management-account principal calling a member-account resource is subject to its RCPs → ExplicitDeny',
      bundle: bundle(user(allS3), getObject({ resourceAccount: B }), {
        resourcePolicy: doc(grant(A, 's3:GetObject', OBJ)),
        rcps: rcpDenyAll(['s3:*']),
        isManagementAccount: true,
        resourceIsManagementAccount: false,
      }),
      expected: 'ExplicitDeny',
    },
  ]);
});

describe('R92 RCPs apply to every caller of member-account resources', () => {
  const denyGet = rcpLevels([doc(rcpDeny('s3:GetObject'))]);
  decisionTable([
    {
      title: 'R92 an outsider allowed by the bucket policy is still denied by the RCP → ExplicitDeny',
      bundle: bundle(outsider(allS3), getObject({ resourceAccount: A }), {
        resourcePolicy: doc(grant(ARN.carlos, 's3:GetObject', OBJ)),
        rcps: denyGet,
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R92 the same outsider without the RCP → Allow',
      bundle: bundle(outsider(allS3), getObject({ resourceAccount: A }), {
        resourcePolicy: doc(grant(ARN.carlos, 's3:GetObject', OBJ)),
      }),
      expected: 'Allow',
    },
    {
      title: 'R92 the root user of the resource account → ExplicitDeny',
      bundle: bundle(root(), getObject(), { rcps: denyGet }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R92 an AWS service principal allowed by the bucket policy → ExplicitDeny',
      bundle: bundle(service(), getObject({ resourceAccount: A }), {
        resourcePolicy: doc(allow('s3:GetObject', OBJ, { Principal: { Service: 'cloudtrail.amazonaws.com' } })),
        rcps: denyGet,
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R92 an anonymous caller of a public bucket → ExplicitDeny',
      bundle: bundle(anonymous(), getObject({ resourceAccount: A }), {
        resourcePolicy: doc(allow('s3:GetObject', OBJ, { Principal: '*' })),
        rcps: denyGet,
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R92 an RCP scoped to service principals leaves IAM callers alone → Allow',
      bundle: bundle(user(allS3), getObject(), {
        rcps: rcpLevels([doc(rcpDeny('s3:*', when('Bool', 'aws:PrincipalIsAWSService', 'true')))]),
      }),
      expected: 'Allow',
    },
    {
      title: 'R92 an RCP scoped to service principals denies the service → ExplicitDeny',
      bundle: bundle(service(), getObject({ resourceAccount: A }), {
        resourcePolicy: doc(allow('s3:GetObject', OBJ, { Principal: { Service: 'cloudtrail.amazonaws.com' } })),
        rcps: rcpLevels([doc(rcpDeny('s3:*', when('Bool', 'aws:PrincipalIsAWSService', 'true')))]),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R92 SCPs do not apply to the outsider, only the RCPs do: allowed by resource policy → Allow',
      bundle: bundle(outsider(allS3), getObject({ resourceAccount: A }), {
        resourcePolicy: doc(grant(ARN.carlos, 's3:GetObject', OBJ)),
        rcps: rcpLevels([doc(rcpDeny('s3:PutObject'))]),
      }),
      expected: 'Allow',
    },
  ]);
});

// Keeps `readObjects` meaningful for readers: a member-account user reading with identity, SCP and RCP in place.
describe('R86 R90 SCPs and RCPs together', () => {
  decisionTable([
    {
      title: 'R86 identity Allow, SCPs allow, RCPs deny nothing relevant → Allow',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getObject(), {
        scps: scpLevels(),
        rcps: rcpLevels([doc(rcpDeny('s3:DeleteObject'))]),
      }),
      expected: 'Allow',
    },
    {
      title: 'R90 identity Allow, SCPs allow, RCP denies → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getObject(), {
        scps: scpLevels(),
        rcps: rcpLevels([doc(rcpDeny('s3:GetObject'))]),
      }),
      expected: 'ExplicitDeny',
    },
  ]);
});
