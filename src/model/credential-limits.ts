import type { Caller } from './caller.js';
import { epochOf } from './clock.js';

/** A request the caller's credentials cannot make at all, whatever the policies say. */
export interface Refusal {
  readonly rule: string;
  readonly message: string;
}

const TOKEN_STS_ALLOWED = new Set(['sts:assumerole', 'sts:getcalleridentity']);
const ROLE_SESSION_FORBIDDEN = new Set(['sts:getfederationtoken', 'sts:getsessiontoken']);

/**
 * What credentials can never do (R108, R131, R133, R134, R136). R107 (federated users and STS) and R106 (root and
 * AssumeRole) are the engine's: they need no model knowledge. R108 is the engine's too, and is answered here as
 * well so that a caller of the model sees the refusal before it builds a request.
 */
export function credentialRefusal(caller: Caller, action: string, nowSeconds: number): Refusal | undefined {
  if (caller.kind === 'anonymous' || caller.kind === 'service') return unsignedRefusal(caller, action);
  if (caller.kind !== 'session') return undefined;
  const session = caller.session;
  if (nowSeconds >= epochOf(session.expiresAt)) {
    return { rule: 'R136', message: `the credentials of session ${session.name} expired at ${session.expiresAt}` };
  }
  const lower = action.toLowerCase();
  const service = lower.slice(0, Math.max(0, lower.indexOf(':')));
  if (session.kind === 'user-token') {
    if (service === 'iam' && session.mfaAt === undefined) {
      return { rule: 'R131', message: 'GetSessionToken credentials without MFA cannot call IAM API operations' };
    }
    if (service === 'sts' && !TOKEN_STS_ALLOWED.has(lower)) {
      return {
        rule: 'R131',
        message: 'GetSessionToken credentials cannot call AWS STS operations except AssumeRole and GetCallerIdentity',
      };
    }
  }
  if (session.kind === 'federated' && service === 'iam') {
    return { rule: 'R133', message: 'GetFederationToken credentials cannot call IAM API operations' };
  }
  if (session.kind === 'role' && ROLE_SESSION_FORBIDDEN.has(lower)) {
    return { rule: 'R134', message: 'role session credentials cannot call GetFederationToken or GetSessionToken' };
  }
  return undefined;
}

const UNSIGNED_STS = new Set(['sts:assumerolewithwebidentity', 'sts:assumerolewithsaml']);
const VOUCHED_STS = new Set(['sts:tagsession', 'sts:setsourceidentity']);

/**
 * R108: an unsigned caller (or a service principal) has no identity for GetCallerIdentity to return, and an
 * anonymous caller can make no signed STS call (only the AssumeRoleWith… calls are unsigned, R135).
 */
function unsignedRefusal(caller: Caller, action: string): Refusal | undefined {
  const lower = action.toLowerCase();
  const who = caller.kind === 'service' ? 'an AWS service principal' : 'an anonymous (unsigned) caller';
  // A caller an identity provider vouches for also carries sts:TagSession / sts:SetSourceIdentity in its call (R135).
  const vouched = caller.kind === 'anonymous' && caller.provider !== undefined && VOUCHED_STS.has(lower);
  const signedSts = caller.kind === 'anonymous' && lower.startsWith('sts:') && !UNSIGNED_STS.has(lower) && !vouched;
  if (lower !== 'sts:getcalleridentity' && !signedSts) return undefined;
  return { rule: 'R108', message: `${action} needs signed AWS credentials, and ${who} has none` };
}
