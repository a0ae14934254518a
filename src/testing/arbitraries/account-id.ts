import fc from 'fast-check';
import { ACCOUNTS } from './vocabulary.js';

/** Constraints for {@link accountId}. */
export interface AccountIdConstraints {
  /** The accounts to draw from; defaults to the vocabulary's two accounts. */
  readonly accounts?: readonly string[];
}

/** A 12-digit AWS account id from a small set, so that same- and cross-account cases both occur often. */
export function accountId(constraints: AccountIdConstraints = {}): fc.Arbitrary<string> {
  return fc.constantFrom(...(constraints.accounts ?? ACCOUNTS));
}
