import type { JsonObject } from '../../src/policy/json-value.js';
import { ACCOUNT, policy, statement, type Workload } from '../workload.js';

const BUCKET = 'acme-analytics-data';
const ARN = `arn:aws:iam::${ACCOUNT}`;

/** The statement that allows the request: reached only after action and resource match, then three conditions. */
const GRANT = statement('ReadAnalyticsData', 'Allow', ['s3:Get*', 's3:List*'], `arn:aws:s3:::${BUCKET}/*`, {
  Condition: {
    StringEquals: { 'aws:PrincipalTag/team': 'analytics' },
    IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] },
    Bool: { 'aws:MultiFactorAuthPresent': 'true' },
  },
});

/** Twenty statements over nine services, with wildcards in actions and resources, in four policies. */
const IDENTITY = [
  policy('AnalyticsData', [
    statement('ListBuckets', 'Allow', ['s3:ListAllMyBuckets', 's3:GetBucketLocation'], '*'),
    statement('ListAnalyticsBuckets', 'Allow', 's3:ListBucket', 'arn:aws:s3:::acme-analytics-*'),
    GRANT,
    statement('WriteOwnPrefix', 'Allow', 's3:PutObject*', `arn:aws:s3:::${BUCKET}/incoming/\${aws:username}/*`),
    statement('NoBucketAdmin', 'Deny', ['s3:DeleteBucket*', 's3:PutBucketPolicy', 's3:PutLifecycle*'], '*'),
  ]),
  policy('Compute', [
    statement('Describe', 'Allow', 'ec2:Describe*', '*'),
    statement('StartStop', 'Allow', ['ec2:StartInstances', 'ec2:StopInstances'], `arn:aws:ec2:*:${ACCOUNT}:instance/*`),
    statement('Tags', 'Allow', ['ec2:CreateTags', 'ec2:DeleteTags'], `arn:aws:ec2:*:${ACCOUNT}:*/*`),
  ]),
  policy('Data', [
    statement(
      'ReadTables',
      'Allow',
      ['dynamodb:GetItem', 'dynamodb:BatchGet*', 'dynamodb:Query', 'dynamodb:Scan'],
      [`arn:aws:dynamodb:*:${ACCOUNT}:table/analytics-*`, `arn:aws:dynamodb:*:${ACCOUNT}:table/analytics-*/index/*`],
    ),
    statement(
      'WriteStaging',
      'Allow',
      ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      [`arn:aws:dynamodb:*:${ACCOUNT}:table/analytics-staging-*`],
    ),
    statement('DescribeTables', 'Allow', ['dynamodb:Describe*', 'dynamodb:List*'], '*'),
    statement(
      'Queues',
      'Allow',
      ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueue*'],
      [`arn:aws:sqs:*:${ACCOUNT}:analytics-*`],
    ),
    statement('UseKeys', 'Allow', ['kms:Decrypt', 'kms:GenerateDataKey*'], `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`),
    statement('NoKeyDeletion', 'Deny', ['kms:ScheduleKeyDeletion', 'kms:DisableKey'], '*'),
  ]),
  policy('Observability', [
    statement(
      'WriteLogs',
      'Allow',
      ['logs:CreateLogStream', 'logs:PutLogEvents'],
      [`arn:aws:logs:*:${ACCOUNT}:log-group:/analytics/*`],
    ),
    statement('ReadLogs', 'Allow', ['logs:Describe*', 'logs:Get*', 'logs:FilterLogEvents'], '*'),
    statement('Metrics', 'Allow', ['cloudwatch:GetMetric*', 'cloudwatch:ListMetrics', 'cloudwatch:PutMetricData'], '*'),
    statement('Notify', 'Allow', 'sns:Publish', `arn:aws:sns:*:${ACCOUNT}:analytics-*`),
    statement('Invoke', 'Allow', 'lambda:InvokeFunction', `arn:aws:lambda:*:${ACCOUNT}:function:analytics-*`),
    // Applies to every service, so every request looks at it.
    {
      Sid: 'OnlyApprovedServices',
      Effect: 'Deny',
      NotAction: ['s3:*', 'ec2:*', 'dynamodb:*', 'sqs:*', 'kms:*', 'logs:*', 'cloudwatch:*', 'sns:*', 'lambda:*'],
      Resource: '*',
    },
  ]),
];

/** Five statements: grants to other principals (checked, and not the caller's) and a Deny for everyone. */
const BUCKET_POLICY = policy('acme-analytics-data bucket policy', [
  statement('EtlReadWrite', 'Allow', ['s3:GetObject', 's3:PutObject'], `arn:aws:s3:::${BUCKET}/*`, {
    Principal: { AWS: `${ARN}:role/etl` },
  }),
  statement('PartnerShared', 'Allow', 's3:GetObject', `arn:aws:s3:::${BUCKET}/shared/*`, {
    Principal: { AWS: 'arn:aws:iam::444455556666:root' },
  }),
  statement('CdnPublic', 'Allow', 's3:GetObject', `arn:aws:s3:::${BUCKET}/public/*`, {
    Principal: { Service: 'cloudfront.amazonaws.com' },
  }),
  statement('NoDeletes', 'Deny', ['s3:DeleteObject', 's3:DeleteObjectVersion'], `arn:aws:s3:::${BUCKET}/*`, {
    Principal: '*',
  }),
  statement('Auditors', 'Allow', ['s3:ListBucket', 's3:GetBucketPolicy'], `arn:aws:s3:::${BUCKET}`, {
    Principal: { AWS: `${ARN}:role/auditor` },
  }),
]);

const SCP = policy('Guardrails', [
  statement('FullAWSAccess', 'Allow', '*', '*'),
  statement('StayInOrganization', 'Deny', 'organizations:LeaveOrganization', '*'),
  statement('KeepTrails', 'Deny', ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'], '*'),
  statement('NoUsers', 'Deny', ['iam:CreateUser', 'iam:CreateAccessKey'], '*'),
  statement('KeepPublicAccessBlock', 'Deny', ['s3:PutAccountPublicAccessBlock', 's3:PutBucketPublicAccessBlock'], '*'),
]);

const BOUNDARY = policy('DeveloperBoundary', [
  statement('Services', 'Allow', ['s3:*', 'ec2:*', 'dynamodb:*', 'sqs:*', 'kms:*', 'logs:*', 'cloudwatch:*'], '*'),
  statement('NoIam', 'Deny', ['iam:*', 'organizations:*', 'account:*'], '*'),
]);

const REQUEST: JsonObject = {
  action: 's3:GetObject',
  resource: `arn:aws:s3:::${BUCKET}/reports/2024/q3/summary.parquet`,
  context: {
    'aws:SourceIp': '203.0.113.42',
    'aws:MultiFactorAuthPresent': 'true',
    'aws:SecureTransport': 'true',
    'aws:RequestedRegion': 'us-east-1',
    'aws:CurrentTime': '2024-10-01T12:00:00Z',
  },
};

/** The request with one context key changed. */
function variant(key: string, value: string): JsonObject {
  const context = REQUEST.context as JsonObject;
  return { ...REQUEST, context: { ...context, [key]: value } };
}

const BUNDLE: JsonObject = {
  principal: {
    kind: 'user',
    arn: `${ARN}:user/alice`,
    account: ACCOUNT,
    orgId: 'o-a1b2c3d4e5',
    uniqueId: 'AIDAEXAMPLEALICE0001',
    tags: { team: 'analytics', 'cost-center': '4711' },
    identityPolicies: IDENTITY,
    permissionsBoundary: BOUNDARY,
  },
  request: REQUEST,
  resourcePolicy: BUCKET_POLICY,
  scps: [{ name: 'Root', policies: [SCP] }],
};

const CONTROLS = [
  {
    proves: 'IpAddress on aws:SourceIp is evaluated',
    request: variant('aws:SourceIp', '198.51.100.7'),
    expected: 'ImplicitDeny',
  },
  {
    proves: 'StringEquals on aws:PrincipalTag/team is evaluated',
    request: variant('aws:PrincipalTag/team', 'finance'),
    expected: 'ImplicitDeny',
  },
  {
    proves: 'Bool on aws:MultiFactorAuthPresent is evaluated',
    request: variant('aws:MultiFactorAuthPresent', 'false'),
    expected: 'ImplicitDeny',
  },
  {
    proves: 'the SCP is evaluated',
    request: { action: 's3:PutBucketPublicAccessBlock', resource: `arn:aws:s3:::${BUCKET}` },
    expected: 'ExplicitDeny',
  },
  {
    proves: 'the bucket policy is evaluated',
    request: { ...REQUEST, action: 's3:DeleteObject' },
    expected: 'ExplicitDeny',
  },
] as const;

/** About twenty identity statements, a bucket policy, an SCP level and a boundary; three conditions decide. */
export const typical: Workload = {
  name: 'typical',
  summary: '20 identity + 5 bucket + 5 SCP + 2 boundary statements, 3 conditions',
  bundle: BUNDLE,
  explain: false,
  targetMicros: 5,
  expected: 'Allow',
  decidingSid: 'ReadAnalyticsData',
  controls: CONTROLS,
};

/** The same, building full reasons on every call. */
export const typicalWithReasons: Workload = {
  ...typical,
  name: 'typical (reasons)',
  explain: true,
  targetMicros: 20,
  controls: [], // the same bundle as typical, whose controls prove what it exercises
};

/**
 * Reasons for a denial cost more than for an Allow: every Allow statement is checked for a near miss. The request
 * comes from outside the allowed networks, so the three conditions fail on aws:SourceIp.
 */
export const typicalDeniedWithReasons: Workload = {
  ...typical,
  name: 'typical denied (reasons)',
  bundle: { ...BUNDLE, request: variant('aws:SourceIp', '198.51.100.7') },
  explain: true,
  targetMicros: 20,
  expected: 'ImplicitDeny',
  decidingSid: undefined,
  controls: [],
};
