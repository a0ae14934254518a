import { ACCOUNT, policy, statement, type Workload } from '../workload.js';

/** One identity policy with one Allow statement, and a request it allows: the engine's fixed cost. */
export const tiny: Workload = {
  name: 'tiny',
  summary: '1 Allow statement',
  explain: false,
  targetMicros: 1,
  expected: 'Allow',
  decidingSid: 'ReadReports',
  bundle: {
    principal: {
      kind: 'user',
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      account: ACCOUNT,
      identityPolicies: [
        policy('Reports', [statement('ReadReports', 'Allow', 's3:GetObject', 'arn:aws:s3:::acme-reports/*')]),
      ],
    },
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::acme-reports/2024/q3.csv' },
  },
  controls: [
    {
      proves: 'the Resource pattern is evaluated',
      request: { action: 's3:GetObject', resource: 'arn:aws:s3:::acme-private/2024/q3.csv' },
      expected: 'ImplicitDeny',
    },
  ],
};
