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
 * What temporary credentials can never do (R131, R133, R134, R136). R107 (federated users and STS) and R106 (root
 * and AssumeRole) are the engine's: they need no model knowledge.
 */
export function credentialRefusal(caller: Caller, action: string, nowSeconds: number): Refusal | undefined {
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
