import fc from 'fast-check';
import { accountId } from './account-id.js';
import { ACCOUNTS, ACTIONS, resourcesOf, serviceOf } from './vocabulary.js';

/** Constraints for {@link arn}. */
export interface ArnConstraints {
  /** Service prefixes to draw from; defaults to every service of the vocabulary. */
  readonly services?: readonly string[];
  /** Accounts the resources belong to; defaults to the vocabulary's accounts. */
  readonly accounts?: readonly string[];
}

/** A resource ARN from the vocabulary (S3 bucket and object ARNs name no account, R103). */
export function arn(constraints: ArnConstraints = {}): fc.Arbitrary<string> {
  const services = constraints.services ?? [...new Set(ACTIONS.map(serviceOf))];
  return fc
    .tuple(fc.constantFrom(...services), accountId({ accounts: constraints.accounts ?? ACCOUNTS }))
    .chain(([service, account]) => fc.constantFrom(...resourcesOf(service, account)));
}
