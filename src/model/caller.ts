import type { Account } from './accounts.js';
import type { User } from './iam-entities.js';
import type { Session } from './session.js';

/**
 * Who asks, in model terms, with the user, session or account already looked up (`resolveCaller`). An `anonymous` caller with a `provider` is a web-identity or SAML caller: its AssumeRoleWith… call is unsigned,
 * and the identity provider vouches for it (R135).
 */
export type Caller =
  | { readonly kind: 'user'; readonly user: User }
  | { readonly kind: 'session'; readonly session: Session }
  | { readonly kind: 'root'; readonly account: Account }
  | { readonly kind: 'anonymous'; readonly provider?: string }
  | { readonly kind: 'service'; readonly service: string };

/** A short description for messages: `user alice`, `session s1`, `root of prod` … */
export function describeCaller(caller: Caller): string {
  switch (caller.kind) {
    case 'user':
      return `user ${caller.user.name}`;
    case 'session':
      return `session ${caller.session.name} (${caller.session.arn})`;
    case 'root':
      return `root of ${caller.account.name}`;
    case 'anonymous':
      return caller.provider === undefined ? 'an anonymous caller' : `a caller signed in with ${caller.provider}`;
    case 'service':
      return `service ${caller.service}`;
  }
}

/** The account id a caller belongs to; undefined for anonymous callers and services. */
export function accountOfCaller(caller: Caller): string | undefined {
  switch (caller.kind) {
    case 'user':
      return caller.user.accountId;
    case 'session':
      return caller.session.account;
    case 'root':
      return caller.account.id;
    default:
      return undefined;
  }
}
