import type { AuthorizationResult } from '../engine/decision.js';

/** The outcome of an STS (or PassRole) operation: a value, or why AWS would refuse the call. */
export type StsResult<T> =
  | { readonly ok: true; readonly value: T; readonly decision?: AuthorizationResult }
  | {
      readonly ok: false;
      readonly reason: string;
      readonly decision?: AuthorizationResult;
      /** For a call the policies denied: base64 of the decision's reasons, for DecodeAuthorizationMessage (R138). */
      readonly encodedMessage?: string;
    };

export function succeed<T>(value: T, decision?: AuthorizationResult): StsResult<T> {
  return decision === undefined ? { ok: true, value } : { ok: true, value, decision };
}

export function fail<T>(reason: string): StsResult<T> {
  return { ok: false, reason };
}
