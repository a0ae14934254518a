// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
/**
 * The small shared vocabulary every arbitrary draws from. Policies and requests are built from the same few
 * accounts, actions, ARNs and condition values, so a drawn statement matches a drawn request often enough for
 * properties to say something, and misses often enough to say something else.
 */

/** The principal's usual home account. */
export const ACCOUNT_A = '111122223333';
/** Another account, for cross-account requests. */
export const ACCOUNT_B = '444455556666';
/** Every account the vocabulary knows. */
export const ACCOUNTS: readonly string[] = [ACCOUNT_A, ACCOUNT_B];

/** Actions by service. `kms`, `s3`, `sqs`, `sts` and `dynamodb` support RCPs; `iam` and `ec2` do not (R91). */
export const ACTIONS: readonly string[] = [
  's3:GetObject',
  's3:PutObject',
  's3:GetBucketPolicy',
  'sqs:SendMessage',
  'kms:Decrypt',
  'kms:CreateKey',
  'sts:AssumeRole',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:GetCallerIdentity',
  'iam:PassRole',
  'ec2:RunInstances',
  'dynamodb:GetItem',
  'lambda:InvokeFunction',
];

/** The service prefix of an action, lowercased. */
export function serviceOf(action: string): string {
  return action.slice(0, action.indexOf(':')).toLowerCase();
}

/** Resource ARNs of a service in an account; S3 ARNs name no account. */
export function resourcesOf(service: string, account: string): readonly string[] {
  switch (service) {
    case 's3':
      return [
        'arn:aws:s3:::bucket-a',
        'arn:aws:s3:::bucket-a/report.csv',
        'arn:aws:s3:::bucket-a/home/alice/notes.txt',
      ];
    case 'sqs':
      return [`arn:aws:sqs:us-east-1:${account}:jobs`];
    case 'kms':
      return [`arn:aws:kms:us-east-1:${account}:key/k-1`];
    case 'sts':
    case 'iam':
      return [`arn:aws:iam::${account}:role/target`, `arn:aws:iam::${account}:role/app`];
    case 'ec2':
      return [`arn:aws:ec2:us-east-1:${account}:instance/i-1`];
    case 'lambda':
      return [
        `arn:aws:lambda:us-east-1:${account}:function:f1`,
        `arn:aws:lambda:us-east-1:${account}:function:f1:live`,
      ];
    default:
      return [`arn:aws:dynamodb:eu-west-1:${account}:table/orders`];
  }
}

/** Every resource ARN of the vocabulary. */
export const RESOURCES: readonly string[] = [
  ...new Set(ACCOUNTS.flatMap((account) => ACTIONS.flatMap((action) => resourcesOf(serviceOf(action), account)))),
];

/** Resource patterns with policy variables (R29–R36), in the resource part and before it. */
export const TEMPLATED_RESOURCES: readonly string[] = [
  'arn:aws:s3:::bucket-a/home/${aws:username}/*',
  "arn:aws:s3:::bucket-a/home/${aws:username, 'alice'}/*",
  'arn:aws:s3:::bucket-a/home/${aws:username, alice}/*',
  'arn:aws:s3:::bucket-a/${aws:PrincipalTag/team}*',
  'arn:aws:s3:::bucket-a/${*}',
  `arn:aws:sqs:us-east-1:\${aws:PrincipalAccount}:jobs`,
  'arn:aws:iam::${aws:ResourceAccount}:role/*',
];

/** The identities of an account, for principals and Principal elements. */
export function identitiesOf(account: string) {
  return {
    root: `arn:aws:iam::${account}:root`,
    users: [`arn:aws:iam::${account}:user/alice`, `arn:aws:iam::${account}:user/ops/bob`],
    role: `arn:aws:iam::${account}:role/app`,
    sessions: [`arn:aws:sts::${account}:assumed-role/app/s1`, `arn:aws:sts::${account}:assumed-role/app/s2`],
    serviceLinkedRole: `arn:aws:iam::${account}:role/aws-service-role/ops.amazonaws.com/AWSServiceRoleForOps`,
    serviceLinkedSession: `arn:aws:sts::${account}:assumed-role/AWSServiceRoleForOps/s1`,
    federatedUser: `arn:aws:sts::${account}:federated-user/carol`,
    samlProvider: `arn:aws:iam::${account}:saml-provider/corp`,
  };
}

/** AWS service principals. */
export const SERVICE_PRINCIPALS: readonly string[] = ['cloudtrail.amazonaws.com', 'lambda.amazonaws.com'];

/** Identity providers for web-identity and SAML sessions (`Federated` principals). */
export const PROVIDERS: readonly string[] = ['accounts.google.com', identitiesOf(ACCOUNT_A).samlProvider];

/** An S3 canonical user id; no bundle caller has one, so it names no one. */
export const CANONICAL_USER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

/** The condition operator families (reference_policies_elements_condition_operators.md). */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn';

/** Base operators of each family (Null aside). */
export const OPERATORS: Readonly<Record<OperatorFamily, readonly string[]>> = {
  String: [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
  ],
  Numeric: [
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
  ],
  Date: [
    'DateEquals',
    'DateNotEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
  ],
  Bool: ['Bool'],
  Binary: ['BinaryEquals'],
  IpAddress: ['IpAddress', 'NotIpAddress'],
  Arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
};

/** Valid policy values of each family (so a drawn policy always validates), with variables where allowed (R59). */
export const POLICY_VALUES: Readonly<Record<OperatorFamily, readonly string[]>> = {
  String: [
    'blue',
    'Blue',
    'red',
    'alice',
    'home/alice/',
    '',
    'é',
    'b?ue',
    'bl?e',
    'bl*',
    'İ',
    'straße',
    'K',
    '*',
    'home/${aws:username}/*',
    '${aws:username}',
    '${aws:PrincipalTag/team}',
    "${aws:PrincipalTag/team, 'blue'}",
    '${*}',
  ],
  Numeric: ['0', '1', '10', '3600', '-1', '2.5', '1e3', '010', '-0', '1.0', '1e400', '0.1'],
  Date: [
    '2020-01-01',
    '2020-01-01T00:00:00Z',
    '1577836800',
    '2020-01-01T02:00:00+02:00',
    '2021',
    '2020-01-01T00:00:00.5Z',
    '2020-06',
    '2020-01-01T05:30:00.123+05:30',
    '2019-12-31T19:00-05:00',
    '0099-12-31',
    '2020-02-29',
  ],
  Bool: ['true', 'false', 'TRUE', 'False', '${aws:SecureTransport}'],
  Binary: ['QUJD', 'QUI=', 'QUI', 'QUJ=', 'AAEC', '', '+/8='],
  IpAddress: [
    '10.0.0.0/8',
    '10.1.2.3',
    '192.168.0.0/16',
    '2001:db8::/32',
    '2001:DB8::1',
    '0.0.0.0/0',
    '10.1.2.3/32',
    '10.1.2.255/24',
    '::ffff:10.0.0.0/104',
    '::/0',
    '2001:db8:0:0:0:0:0:5/128',
    '1:2:3:4:5:6:7::/112',
  ],
  Arn: [
    '*',
    'arn:aws:iam::*:role/*',
    `arn:aws:iam::${ACCOUNT_A}:role/app`,
    'arn:aws:s3:::bucket-a/*',
    `arn:aws:sqs:*:${ACCOUNT_A}:*`,
    'arn:aws:lambda:us-east-1:*:function:f?',
    '${aws:PrincipalArn}',
    'arn:*',
    'arn:aws:iam::*:user/${aws:username}',
    'arn:aws:lambda:*:*:function:f1:*',
    'arn:aws:lambda:us-east-1:444455556666:function:*',
  ],
};

/** One condition key: its family, whether it is multivalued, and values for policies and for requests. */
export interface ConditionKeySpec {
  readonly key: string;
  readonly family: OperatorFamily;
  readonly multivalued: boolean;
  /** Policy values; defaults to the family's POLICY_VALUES. */
  readonly policyValues?: readonly string[];
  /** Request values, a few that match the policy values and a few that do not. */
  readonly requestValues: readonly string[];
}

const principalArns = [ACCOUNT_A, ACCOUNT_B].flatMap((account) => {
  const ids = identitiesOf(account);
  return [ids.role, ids.users[0] ?? '', ids.root];
});

/** The condition keys of the vocabulary. Several are derived from the principal and resource (R100–R104). */
export const CONDITION_KEYS: readonly ConditionKeySpec[] = [
  {
    key: 'aws:PrincipalTag/team',
    family: 'String',
    multivalued: false,
    requestValues: ['blue', 'red', 'Blue', ''],
  },
  {
    key: 'aws:username',
    family: 'String',
    multivalued: false,
    requestValues: ['alice', 'bob', 'ALICE', 'ali*'],
  },
  {
    key: 's3:prefix',
    family: 'String',
    multivalued: false,
    requestValues: ['home/alice/', 'home/bob/', 'blue', 'bl😀e', 'É', 'é', '', 'i̇', 'STRASSE', 'k', 'bl*'],
  },
  {
    key: 'aws:PrincipalAccount',
    family: 'String',
    multivalued: false,
    policyValues: [ACCOUNT_A, ACCOUNT_B, '${aws:ResourceAccount}', '1111*'],
    requestValues: [ACCOUNT_A, ACCOUNT_B],
  },
  {
    key: 'aws:ResourceAccount',
    family: 'String',
    multivalued: false,
    policyValues: [ACCOUNT_A, ACCOUNT_B, '${aws:PrincipalAccount}'],
    requestValues: [ACCOUNT_A, ACCOUNT_B],
  },
  {
    key: 'aws:PrincipalType',
    family: 'String',
    multivalued: false,
    policyValues: ['User', 'AssumedRole', 'FederatedUser', 'Account', 'Anonymous', 'user'],
    requestValues: ['User', 'AssumedRole'],
  },
  {
    key: 'aws:PrincipalOrgID',
    family: 'String',
    multivalued: false,
    policyValues: ['o-abc123', 'o-*'],
    requestValues: ['o-abc123', 'o-zzz999'],
  },
  {
    key: 'aws:userid',
    family: 'String',
    multivalued: false,
    policyValues: [
      'AIDAEXAMPLEUSER',
      'AROAEXAMPLEROLE:s1',
      `${ACCOUNT_A}:carol`,
      'anonymous',
      ACCOUNT_A,
      'AROAEXAMPLEROLE:*',
    ],
    requestValues: ['AIDAEXAMPLEUSER', 'anonymous'],
  },
  {
    key: 'aws:PrincipalServiceName',
    family: 'String',
    multivalued: false,
    policyValues: ['cloudtrail.amazonaws.com', '*.amazonaws.com'],
    requestValues: ['lambda.amazonaws.com'],
  },
  {
    key: 'aws:TagKeys',
    family: 'String',
    multivalued: true,
    policyValues: ['team', 'env', 'cost*', 'Team'],
    requestValues: ['team', 'env', 'costcenter', 'owner', ''],
  },
  {
    key: 'aws:MultiFactorAuthAge',
    family: 'Numeric',
    multivalued: false,
    requestValues: ['0', '10', '3600', '3601', '1000', '-1', 'ten', '1e3', '1e401', '0.10', '+1', '.5'],
  },
  {
    key: 'aws:CurrentTime',
    family: 'Date',
    multivalued: false,
    requestValues: [
      '2020-01-01T00:00:00Z',
      '2019-12-31T23:59:59Z',
      '2020-06-15T12:00:00Z',
      '2021-02-30',
      '1577836800',
      'yesterday',
      '0099-12-31T00:00:00Z',
      '2020-01-01T00:00:00.123Z',
    ],
  },
  {
    key: 'aws:EpochTime',
    family: 'Date',
    multivalued: false,
    requestValues: ['1577836800', '1577836801', '1500000000', '2020-01-01T00:00:00Z', '99999999999999999'],
  },
  {
    key: 'aws:SecureTransport',
    family: 'Bool',
    multivalued: false,
    requestValues: ['true', 'false', 'True', 'yes', ''],
  },
  {
    key: 'aws:PrincipalIsAWSService',
    family: 'Bool',
    multivalued: false,
    requestValues: ['true', 'false'],
  },
  {
    key: 'iamspec:Blob',
    family: 'Binary',
    multivalued: false,
    requestValues: ['QUJD', 'QUJD', 'QUI=', 'QUI', 'QUJE', '!!!!', ''],
  },
  {
    key: 'aws:SourceIp',
    family: 'IpAddress',
    multivalued: false,
    requestValues: [
      '10.1.2.3',
      '192.168.1.1',
      '2001:db8::5',
      '::ffff:10.1.2.3',
      '8.8.8.8',
      'not-an-ip',
      '10.1.2.3/32',
      '::1',
      '1:2:3:4:5:6:7:8',
      '010.001.002.003',
      '1::2::3',
    ],
  },
  {
    key: 'aws:SourceArn',
    family: 'Arn',
    multivalued: false,
    requestValues: [
      `arn:aws:iam::${ACCOUNT_A}:role/app`,
      'arn:aws:s3:::bucket-a/x',
      `arn:aws:sqs:us-east-1:${ACCOUNT_A}:jobs`,
      'arn:aws:lambda:us-east-1:444455556666:function:f1',
      'arn:aws:lambda:us-east-1:444455556666:function:f10',
      'arn:aws:lambda:us-east-1:444455556666:function:f1:live',
      'not-an-arn',
      'arn:aws:iam::111122223333:user/ops/bob',
    ],
  },
  {
    key: 'aws:PrincipalArn',
    family: 'Arn',
    multivalued: false,
    policyValues: [...principalArns, 'arn:aws:iam::*:role/*', '*'],
    requestValues: principalArns,
  },
];
