import type { Caller } from '../model/caller.js';

/**
 * R121, R138: every STS operation but AssumeRoleWithWebIdentity and AssumeRoleWithSAML is a signed call ("This call
 * must be made using valid AWS security credentials", id_credentials_temp_request.md). An anonymous caller has no
 * credentials to sign with, so it is refused before any policy is read, whatever a Principal "*" would allow.
 */
export function unsignedCallRefusal(caller: Caller, operation: string, rule: string): string | undefined {
  if (caller.kind !== 'anonymous') return undefined;
  return `${operation} must be signed with AWS security credentials, and an anonymous caller has none (${rule})`;
}
