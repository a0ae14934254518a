import type { Caller } from './caller.js';
import { rootArn } from './session-arns.js';

/** How a modelled caller is named in messages and decision headlines: its ARN where it has one. */
export function describeCaller(caller: Caller): string {
  switch (caller.kind) {
    case 'user':
      return caller.user.arn;
    case 'session':
      return caller.session.arn;
    case 'root':
      return rootArn(caller.account.id);
    case 'anonymous':
      return caller.provider === undefined ? 'an anonymous caller' : `a caller signed in with ${caller.provider}`;
    case 'service':
      return caller.service;
  }
}
