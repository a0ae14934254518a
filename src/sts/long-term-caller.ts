import type { Caller } from '../model/caller.js';
import type { User } from '../model/iam-entities.js';
import type { Account } from '../model/accounts.js';

/** An IAM user or a root user calling with long-term credentials, or why the caller is not one. */
export type LongTermCaller =
  | { readonly kind: 'user'; readonly user: User }
  | { readonly kind: 'root'; readonly account: Account };

/**
 * GetSessionToken and GetFederationToken take the long-term credentials of an IAM user or a root user
 * (id_credentials_temp_request.md): role sessions cannot call them (R134), GetSessionToken credentials can call no
 * STS operation but AssumeRole (R131), federated users none but GetCallerIdentity (R107).
 */
export function longTermCaller(
  caller: Caller,
  operation: 'GetSessionToken' | 'GetFederationToken',
): LongTermCaller | string {
  if (caller.kind === 'user' || caller.kind === 'root') return caller;
  const needs = `${operation} needs the long-term credentials of an IAM user or root user`;
  if (caller.kind === 'session') {
    const rule = { role: 'R134', 'user-token': 'R131', federated: 'R107' }[caller.session.kind];
    return `${needs}; session ${caller.session.name} has temporary ${caller.session.kind} credentials (${rule})`;
  }
  // R130, R133: who may call each operation; an anonymous caller has no credentials, a service principal no user.
  const rule = operation === 'GetSessionToken' ? 'R130' : 'R133';
  const who = caller.kind === 'anonymous' ? 'an anonymous caller has none' : `service ${caller.service} has none`;
  return `${needs}; ${who} (${rule})`;
}

/** R130, R133: IAM users get 900–129600 seconds (12 hours by default), the root user 900–3600 (1 hour). */
export function tokenDurationLimits(caller: LongTermCaller): { readonly max: number; readonly default: number } {
  return caller.kind === 'root' ? { max: 3600, default: 3600 } : { max: 129600, default: 43200 };
}
