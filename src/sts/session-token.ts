import type { AwsModel } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { isoSeconds } from '../model/clock.js';
import { rootArn } from '../model/session-arns.js';
import type { Session } from '../model/session.js';
import { longTermCaller, tokenDurationLimits } from './long-term-caller.js';
import { checkDuration } from './sts-params.js';
import { fail, type StsResult, succeed } from './sts-result.js';

/** GetSessionToken's parameters; `name` is what the scenario calls the session. */
export interface SessionTokenOptions {
  readonly name: string;
  readonly durationSeconds?: number;
  /** Present the user's MFA device (R125). */
  readonly mfa?: boolean;
}

/**
 * R130–R132: temporary credentials for an IAM user or root user. No policy controls this authentication operation,
 * so the engine is not asked; with MFA the session carries aws:MultiFactorAuthPresent true and aws:MultiFactorAuthAge.
 */
export function getSessionToken(model: AwsModel, caller: Caller, options: SessionTokenOptions): StsResult<Session> {
  const who = longTermCaller(caller, 'GetSessionToken');
  if (typeof who === 'string') return fail(who);
  const limits = tokenDurationLimits(who);
  const seconds = options.durationSeconds ?? limits.default;
  const bad = checkDuration(seconds, 900, limits.max, who.kind === 'root' ? 'R130: root user' : 'R130: IAM user');
  if (bad !== undefined) return fail(bad);
  if (options.name.trim() === '') return fail('a session token needs a name for the scenario to use');
  if (options.mfa === true) {
    if (who.kind === 'root') return fail('MFA-protected API access is not available with root user credentials (R132)');
    if (who.user.mfaDevices === 0) return fail(`user ${who.user.name} has no MFA device to present (R125)`);
  }
  const now = model.clock.epochSeconds;
  const arn = who.kind === 'user' ? who.user.arn : rootArn(who.account.id);
  const session: Session = {
    name: options.name,
    kind: 'user-token',
    arn,
    account: who.kind === 'user' ? who.user.accountId : who.account.id,
    issuedAt: isoSeconds(now),
    expiresAt: isoSeconds(now + seconds),
    ...(options.mfa === true ? { mfaAt: isoSeconds(now) } : {}),
    sessionTags: {},
    transitiveTagKeys: [],
    chained: false,
    user: arn,
  };
  return succeed(session);
}
