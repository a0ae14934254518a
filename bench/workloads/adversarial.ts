import type { JsonObject } from '../../src/policy/json-value.js';
import { ACCOUNT, policy, statement, type Workload } from '../workload.js';

const PATTERN = 'arn:aws:s3:::*a*a*a*a*a*a*a*a*a*a*b';
const PREFIX = 'arn:aws:s3:::';
/** The longest resource ARN a bundle may hold (R144); it used to be 10,000 characters. */
const LENGTH = 2_048;

/**
 * A 2,048-character object ARN with nine `a`s spread through it and a final `b`: the pattern's tenth `a` is missing,
 * so a matcher must read the whole ARN to say no. A backtracking matcher would try about C(2048, 9) ways.
 */
function resource(as: number): string {
  const body = LENGTH - PREFIX.length - 1;
  const chars = Array.from({ length: body }, () => 'x');
  for (let k = 1; k <= as; k++) chars[Math.floor((k * body) / (as + 1))] = 'a';
  return `${PREFIX}${chars.join('')}b`;
}

const REQUEST: JsonObject = { action: 's3:GetObject', resource: resource(9) };

/** One Allow whose Resource is the adversarial pattern; the request misses it only at the end. */
export const adversarial: Workload = {
  name: 'adversarial',
  summary: `Resource ${PATTERN} vs a ${LENGTH}-char ARN`,
  bundle: {
    principal: {
      kind: 'user',
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      account: ACCOUNT,
      identityPolicies: [policy('Adversarial', [statement('Pathological', 'Allow', 's3:GetObject', PATTERN)])],
    },
    request: REQUEST,
  },
  explain: false,
  targetMicros: 100,
  expected: 'ImplicitDeny',
  controls: [
    {
      proves: 'the pattern matches when the ARN has its ten a',
      request: { ...REQUEST, resource: resource(10) },
      expected: 'Allow',
    },
  ],
};

/** The request's resource length, for the report. */
export const ADVERSARIAL_RESOURCE_LENGTH = resource(9).length;
