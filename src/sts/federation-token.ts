import type { ContextValue } from '../context/request-context.js';
import type { NamedPolicy } from '../engine/bundle.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Caller } from '../model/caller.js';
import { isoSeconds } from '../model/clock.js';
import type { Tags } from '../model/iam-entities.js';
import { federatedUserArn, rootArn } from '../model/session-arns.js';
import type { Session } from '../model/session.js';
import { ask } from './ask.js';
import { longTermCaller, tokenDurationLimits } from './long-term-caller.js';
import { assumeRequestKeys, readSessionPolicy } from './role-session.js';
import { checkDuration, checkFederatedName, checkSessionTags } from './sts-params.js';
import { fail, type StsResult, succeed } from './sts-result.js';

/** GetFederationToken's parameters; `name` is the federated user's name. */
export interface FederationTokenOptions {
  readonly name: string;
  readonly durationSeconds?: number;
  /** Without one, identity policies grant the session nothing (R94). */
  readonly sessionPolicy?: unknown;
  readonly tags?: Tags;
  readonly context?: Readonly<Record<string, ContextValue>>;
}

/**
 * R133: a federated-user session for an IAM user or root user, who needs sts:GetFederationToken (and sts:TagSession
 * to pass tags). The session's permissions are the user's within the session policy (R93, R94).
 */
export function getFederationToken(
  model: AwsModel,
  caller: Caller,
  options: FederationTokenOptions,
): StsResult<Session> {
  const who = longTermCaller(caller, 'GetFederationToken');
  if (typeof who === 'string') return fail(who);
  const limits = tokenDurationLimits(who);
  const seconds = options.durationSeconds ?? limits.default;
  const tags = options.tags ?? {};
  const problem =
    checkFederatedName(options.name) ??
    checkSessionTags(tags) ??
    checkDuration(seconds, 900, limits.max, who.kind === 'root' ? 'R133: root user' : 'R133: IAM user');
  if (problem !== undefined) return fail(problem);
  const sessionPolicy = readSessionPolicy(model, options.name, options.sessionPolicy);
  const accountId = who.kind === 'user' ? who.user.accountId : who.account.id;
  const arn = federatedUserArn(accountId, options.name);
  const { 'sts:RoleSessionName': _name, ...tagKeys } = assumeRequestKeys({ sessionName: options.name, tags });
  const context = { ...tagKeys, ...options.context };
  const what = `federating ${options.name}`;
  const asked = ask(model, caller, 'sts:GetFederationToken', arn, context, what);
  if (!asked.allowed) return asked.failure;
  if (Object.keys(tags).length > 0) {
    const tagged = ask(model, caller, 'sts:TagSession', arn, context, `${what} with session tags`);
    if (!tagged.allowed) return tagged.failure;
  }
  const user = who.kind === 'user' ? who.user.arn : rootArn(accountId);
  const session = federatedSession(model, { name: options.name, arn, accountId, seconds, tags, user, sessionPolicy });
  return succeed(session, asked.auth.result);
}

function federatedSession(
  model: AwsModel,
  p: {
    readonly name: string;
    readonly arn: string;
    readonly accountId: string;
    readonly seconds: number;
    readonly tags: Tags;
    readonly user: string;
    readonly sessionPolicy: NamedPolicy | undefined;
  },
): Session {
  const now = model.clock.epochSeconds;
  return {
    name: p.name,
    kind: 'federated',
    arn: p.arn,
    account: p.accountId,
    issuedAt: isoSeconds(now),
    expiresAt: isoSeconds(now + p.seconds),
    ...(p.sessionPolicy === undefined ? {} : { sessionPolicy: p.sessionPolicy }),
    sessionTags: p.tags,
    transitiveTagKeys: [],
    chained: false,
    user: p.user,
  };
}
