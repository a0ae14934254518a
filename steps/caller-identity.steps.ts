// STS GetCallerIdentity and DecodeAuthorizationMessage: who am I, and why was I denied.
import { Then, When } from '@cucumber/cucumber';
import type { Caller } from '../src/model/caller.js';
import './support/caller-parameter.js';
import { describeCaller } from './support/callers.js';
import { lastOperation, recordOperation } from './support/operations.js';
import type { IamspecWorld } from './support/world.js';
import { wordsToFind } from './support/words.js';

/**
 * GetCallerIdentity: allowed for every caller with valid credentials, even under an explicit deny (R98); an
 * anonymous caller or a service principal has no credentials, and expired ones are refused (R136).
 */
When('{caller} gets the caller identity', function (this: IamspecWorld, caller: Caller) {
  const principal = describeCaller(caller);
  const asked = {
    words: `${principal} gets the caller identity`,
    principal,
    action: 'sts:GetCallerIdentity',
    resource: '*',
  };
  recordOperation(this, 'caller identity request', asked, this.sts.getCallerIdentity(caller));
});

/** The ARN that the last GetCallerIdentity returned. */
Then('the caller identity ARN is {string}', function (this: IamspecWorld, arn: string) {
  expectIdentityField(this, 'Arn', arn);
});

/** The account id that the last GetCallerIdentity returned. */
Then('the caller identity account is {string}', function (this: IamspecWorld, account: string) {
  expectIdentityField(this, 'Account', account);
});

function expectIdentityField(world: IamspecWorld, field: 'Arn' | 'Account', expected: string): void {
  const record = lastOperation(world, 'caller identity request');
  if (!record.ok) throw new Error(`the caller identity request failed: ${record.reason}`);
  const identity = record.value as Record<string, unknown>;
  if (identity[field] !== expected) {
    throw new Error(`expected the caller identity ${field} ${expected}, got ${JSON.stringify(identity)}`);
  }
}

/**
 * DecodeAuthorizationMessage on the encoded message of the last denied operation that returned one; the caller needs
 * sts:DecodeAuthorizationMessage, and federated users (R107), GetSessionToken sessions (R131) and anonymous callers
 * (R138) cannot call it.
 */
When('{caller} decodes the authorization message', function (this: IamspecWorld, caller: Caller) {
  const encoded = this.lastEncodedMessage;
  if (encoded === undefined) {
    throw new Error('no encoded authorization message yet: only a denied operation returns one');
  }
  const principal = describeCaller(caller);
  const asked = {
    words: `${principal} decodes the authorization message`,
    principal,
    action: 'sts:DecodeAuthorizationMessage',
    resource: '*',
  };
  recordOperation(this, 'decoding', asked, this.sts.decodeAuthorizationMessage(caller, encoded));
});

/** The decoded authorization message mentions the words (a statement Sid, a policy name, a decision …). */
Then('the decoded message mentions {string}', function (this: IamspecWorld, words: string) {
  wordsToFind(words, 'decoded message');
  const record = lastOperation(this, 'decoding');
  if (!record.ok) throw new Error(`the decoding failed: ${record.reason}`);
  const text = typeof record.value === 'string' ? record.value : JSON.stringify(record.value);
  if (!text.includes(words)) throw new Error(`expected the decoded message to mention "${words}"; it is:\n${text}`);
});
