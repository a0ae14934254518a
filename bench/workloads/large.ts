import type { JsonObject } from '../../src/policy/json-value.js';
import { ACCOUNT, policy, statement, type Workload } from '../workload.js';

const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'kms', 'logs', 'sns', 'lambda', 'cloudwatch', 'secretsmanager'];
const VERBS = ['Get*', 'List*', 'Describe*', 'Put*', 'Create*', 'Delete*', 'Update*', 'Tag*'];

function resourceFor(service: string, i: number): string {
  if (service === 's3') return `arn:aws:s3:::acme-project-${i}/*`;
  return `arn:aws:${service}:*:${ACCOUNT}:project-${i}-*`;
}

/**
 * Statement `i` of a generated policy: rotating services, wildcard verbs, every seventh with a condition, every
 * twenty-fifth a NotAction (so every request looks at it). `extra` adds e.g. a Principal.
 */
function generated(i: number, extra: JsonObject = {}): JsonObject {
  const service = SERVICES[i % SERVICES.length] ?? 's3';
  const actions = [`${service}:${VERBS[i % VERBS.length]}`, `${service}:${VERBS[(i + 3) % VERBS.length]}`];
  const condition: JsonObject =
    i % 7 === 0 ? { Condition: { StringEquals: { 'aws:PrincipalTag/team': `team-${i % 5}` } } } : {};
  const effect = i % 11 === 0 ? 'Deny' : 'Allow';
  if (i % 25 === 12) {
    return {
      Sid: `S${i}`,
      Effect: 'Allow',
      NotAction: ['iam:*', 'organizations:*'],
      Resource: resourceFor(service, i),
      ...extra,
    };
  }
  return statement(`S${i}`, effect, actions, resourceFor(service, i), { ...condition, ...extra });
}

function generatedPolicy(name: string, from: number, count: number, extra: JsonObject = {}): JsonObject {
  return policy(
    name,
    Array.from({ length: count }, (_, k) => generated(from + k, extra)),
  );
}

const PARTNER = { Principal: { AWS: 'arn:aws:iam::444455556666:role/partner' } };

const GRANT = statement('ReadWarehouse', 'Allow', 's3:GetObject', 'arn:aws:s3:::acme-warehouse/*', {
  Condition: { StringEquals: { 'aws:PrincipalTag/team': 'analytics' } },
});

/** 8 × 20 identity statements, a 10-statement boundary, 10 bucket statements, 20 SCP statements on 2 levels. */
const BUNDLE: JsonObject = {
  principal: {
    kind: 'role-session',
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/analyst/alice`,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/analyst`,
    account: ACCOUNT,
    tags: { team: 'analytics' },
    identityPolicies: [
      ...Array.from({ length: 7 }, (_, p) => generatedPolicy(`Generated${p}`, p * 20, 20)),
      policy('Warehouse', [...Array.from({ length: 19 }, (_, k) => generated(140 + k)), GRANT]),
    ],
    permissionsBoundary: policy('Boundary', [
      ...Array.from({ length: 9 }, (_, k) => generated(160 + k)),
      statement('ReadAnything', 'Allow', 's3:Get*', '*'),
    ]),
  },
  resourcePolicy: generatedPolicy('Bucket', 170, 10, PARTNER),
  scps: [
    {
      name: 'Root',
      policies: [policy('FullAWSAccess', [statement('All', 'Allow', '*', '*')]), generatedPolicy('Root', 180, 9)],
    },
    {
      name: 'OU Workloads',
      policies: [policy('FullAWSAccess', [statement('All', 'Allow', '*', '*')]), generatedPolicy('Ou', 190, 9)],
    },
  ],
  request: {
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::acme-warehouse/2024/10/01/events.parquet',
    context: { 'aws:SourceIp': '10.1.2.3', 'aws:CurrentTime': '2024-10-01T12:00:00Z' },
  },
};

/** 200 statements across 14 policies; the runner prints how many the request's service looks at. */
export const large: Workload = {
  name: 'large',
  summary: '200 statements in 14 policies (identity, boundary, bucket, 2 SCP levels)',
  bundle: BUNDLE,
  explain: false,
  targetMicros: 25,
  expected: 'Allow',
  decidingSid: 'ReadWarehouse',
  controls: [],
};
