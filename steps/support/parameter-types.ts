import { defineParameterType } from '@cucumber/cucumber';
import type { PolicyKind } from '../../src/policy/policy.js';
import { parseDuration } from './duration.js';

const KINDS: Readonly<Record<string, PolicyKind>> = {
  identity: 'identity',
  resource: 'resource',
  trust: 'trust',
  boundary: 'boundary',
  'permissions boundary': 'boundary',
  session: 'session',
  SCP: 'scp',
  RCP: 'rcp',
};

/** `identity`, `resource`, `trust`, `permissions boundary`, `session`, `SCP` or `RCP`: a kind of policy document. */
defineParameterType({
  name: 'policyKind',
  regexp: /identity|resource|trust|permissions boundary|boundary|session|SCP|RCP/,
  transformer: (word: string): PolicyKind => {
    const kind = KINDS[word];
    if (kind === undefined)
      throw new Error(`unknown policy kind "${word}"; use one of ${Object.keys(KINDS).join(', ')}`);
    return kind;
  },
});

/** `error` or `warning`: the severity of a validation diagnostic. */
defineParameterType({
  name: 'severity',
  regexp: /error|warning/,
  transformer: (word: string) => word as 'error' | 'warning',
});

/** `matches` or `does not match`. */
defineParameterType({
  name: 'matchWord',
  regexp: /matches|does not match/,
  transformer: (word: string) => word === 'matches',
});

/** `user`, `group` or `role`: an IAM identity that can hold policies. */
defineParameterType({
  name: 'identityKind',
  regexp: /user|group|role/,
  transformer: (word: string) => word as 'user' | 'group' | 'role',
});

/**
 * `allowed`, `denied` (explicitly or implicitly), `explicitly denied` or `implicitly denied`: the expected decision.
 */
defineParameterType({
  name: 'decision',
  regexp: /allowed|explicitly denied|implicitly denied|denied/,
  transformer: (word: string) => word as 'allowed' | 'denied' | 'explicitly denied' | 'implicitly denied',
});

/** `succeeds` or `fails`. */
defineParameterType({
  name: 'outcome',
  regexp: /succeeds|fails/,
  transformer: (word: string) => word === 'succeeds',
});

/** `can` or `cannot`. */
defineParameterType({
  name: 'can',
  regexp: /can|cannot/,
  transformer: (word: string) => word === 'can',
});

/**
 * A length of time: a whole number and a unit, `7200 seconds`, `15 minutes`, `2 hours`, `1 day`; in seconds.
 */
defineParameterType({
  name: 'duration',
  regexp: /\d+ (?:seconds?|minutes?|hours?|days?)/,
  transformer: parseDuration,
});

/**
 * An STS or IAM operation whose last outcome a Then step checks: `role assumption`, `session token request`,
 * `federation token request`, `pass-role`, `caller identity request` or `decoding`.
 */
defineParameterType({
  name: 'operation',
  regexp: /role assumption|session token request|federation token request|pass-role|caller identity request|decoding/,
  transformer: (word: string) => word as OperationWord,
});

/** The words for an STS or IAM operation, as the `{operation}` parameter type reads them. */
export type OperationWord =
  | 'role assumption'
  | 'session token request'
  | 'federation token request'
  | 'pass-role'
  | 'caller identity request'
  | 'decoding';
