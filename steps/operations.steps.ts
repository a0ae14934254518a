// Outcomes of STS and IAM operations, and the sessions they create.
import { Then } from '@cucumber/cucumber';
import type { OperationWord } from './support/parameter-types.js';
import { lastOperation } from './support/operations.js';
import { explain } from './support/report.js';
import type { IamspecWorld, OperationRecord } from './support/world.js';
import { wordsToFind } from './support/words.js';

function why(record: OperationRecord): string {
  const reason = record.reason === undefined ? '' : `: ${record.reason}`;
  const decision = record.decision === undefined ? '' : `\n${explain(record.decision)}`;
  return `${reason}${decision}`;
}

/**
 * The last role assumption, session token request, federation token request, pass-role, caller identity request
 * or decoding succeeded or failed.
 */
Then('the {operation} {outcome}', function (this: IamspecWorld, operation: OperationWord, succeeds: boolean) {
  const record = lastOperation(this, operation);
  if (record.ok === succeeds) return;
  const actual = record.ok ? 'it succeeded' : 'it failed';
  throw new Error(`expected "${record.asked}" to ${succeeds ? 'succeed' : 'fail'}, but ${actual}${why(record)}`);
});

/** The last operation of the kind failed, and its reason mentions the words. */
Then(
  'the {operation} fails with a reason that mentions {string}',
  function (this: IamspecWorld, operation: OperationWord, words: string) {
    wordsToFind(words, 'reason');
    const record = lastOperation(this, operation);
    if (record.ok) throw new Error(`expected "${record.asked}" to fail, but it succeeded`);
    if (!(record.reason ?? '').includes(words)) {
      throw new Error(`expected the reason to mention "${words}"; it is${why(record)}`);
    }
  },
);

/** The ARN of a session created by an STS step. */
Then('the session {string} has the ARN {string}', function (this: IamspecWorld, name: string, arn: string) {
  const session = this.sessions.require(name);
  if (session.arn !== arn)
    throw new Error(`expected the session ${name} to have the ARN ${arn}, it has ${session.arn}`);
});

/** How long from now (the scenario clock) a session's credentials stay valid. */
Then('the session {string} expires in {duration}', function (this: IamspecWorld, name: string, seconds: number) {
  const session = this.sessions.require(name);
  const left = (Date.parse(session.expiresAt) - Date.parse(this.model.now)) / 1000;
  if (left !== seconds) {
    throw new Error(
      `expected the session ${name} to expire in ${seconds} s; it expires at ${session.expiresAt}, ${left} s from now (${this.model.now})`,
    );
  }
});
