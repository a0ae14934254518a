import type { JsonObject } from '../../src/policy/json-value.js';
import { ACCOUNT, policy, statement } from '../workload.js';

/** Statement counts the linearity check runs. */
export const LINEARITY_SIZES = [50, 100, 200, 400] as const;

/**
 * A bundle whose identity policies hold `n` statements that all apply to the request as far as action and resource go,
 * so each is checked in full: action glob, resource glob, then a StringEquals condition. Only the last one's condition
 * holds, so every statement is looked at and the decision is Allow.
 */
export function linearityBundle(n: number): JsonObject {
  const statements = Array.from({ length: n }, (_, i) =>
    statement(`S${i}`, 'Allow', ['s3:Get*', 's3:List*'], 'arn:aws:s3:::acme-*/*', {
      Condition: { StringEquals: { 'aws:PrincipalTag/team': i === n - 1 ? 'analytics' : `team-${i}` } },
    }),
  );
  const perPolicy = 50;
  const policies = Array.from({ length: Math.ceil(n / perPolicy) }, (_, p) =>
    policy(`Policy${p}`, statements.slice(p * perPolicy, (p + 1) * perPolicy)),
  );
  return {
    principal: {
      kind: 'user',
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      account: ACCOUNT,
      tags: { team: 'analytics' },
      identityPolicies: policies,
    },
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::acme-data/2024/q3.csv' },
  };
}
