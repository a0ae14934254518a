import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  CALLER_KINDS,
  type CallerKind,
  EXPECTED,
  type Expected,
  OPERATIONS,
  type Operation,
} from '../sts/caller-matrix.js';

// Issue 8 §4 at the step level: features/sts/every-caller.feature (run by `npm run scenarios`) must cross every
// caller kind with every STS and PassRole operation, with the same answers as the API-level table.

const FEATURE = readFileSync(join(import.meta.dirname, '../../features/sts/every-caller.feature'), 'utf8');

const PHRASES: Readonly<Record<CallerKind, string>> = {
  user: 'the user "alice"',
  role: 'the role "ops"',
  'named role session': 'the session "ops-session"',
  'session-token session': 'the session "alice-token"',
  'federated user': 'the federated user "alice-fed"',
  'root user': 'the root user of "prod"',
  anonymous: 'an anonymous caller',
  service: 'the service "lambda.amazonaws.com"',
};

const CALLS: Readonly<Record<Operation, string>> = {
  AssumeRole: 'assumes the role "fn-exec" as "new-session"',
  GetSessionToken: 'gets a session token as "new-token"',
  GetFederationToken: 'gets a federation token as "new-fed"',
  GetCallerIdentity: 'gets the caller identity',
  DecodeAuthorizationMessage: 'decodes the authorization message',
  PassRole: 'passes the role "fn-exec" to "lambda.amazonaws.com"',
};

function answerWords(expected: Expected): string {
  return expected === 'ok' ? 'succeeds' : `fails with a reason that mentions "${expected.fails}"`;
}

/** Each Scenario Outline's `When <caller> …` call and its Examples rows, as `caller → answer`. */
function outlines(text: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const block of text.split(/^\s*Scenario Outline:/m).slice(1)) {
    const call = /^\s*When <caller> (.+)$/m.exec(block)?.[1]?.trim();
    if (call === undefined) throw new Error(`an outline without "When <caller> …":\n${block.slice(0, 200)}`);
    const examples = block.slice(block.indexOf('Examples:'));
    const rows = examples
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    const [header, ...body] = rows;
    expect(header, `the header of the examples of "${call}"`).to.deep.equal(['caller', 'answer']);
    out.set(call, new Map(body.map(([caller, answer]) => [caller ?? '', answer ?? ''])));
  }
  return out;
}

describe('features/sts/every-caller.feature crosses every caller with every operation', () => {
  const found = outlines(FEATURE);

  it('has one Scenario Outline per STS and PassRole operation, and no other', () => {
    expect([...found.keys()].sort()).to.deep.equal(OPERATIONS.map((op) => CALLS[op]).sort());
  });

  for (const operation of OPERATIONS) {
    it(`${operation}: one row per caller kind, each with the API-level answer`, () => {
      const rows = found.get(CALLS[operation]) ?? new Map<string, string>();
      expect([...rows.keys()].sort()).to.deep.equal(CALLER_KINDS.map((kind) => PHRASES[kind]).sort());
      for (const kind of CALLER_KINDS) {
        expect(rows.get(PHRASES[kind]), `${operation} by the ${kind}`).to.equal(answerWords(EXPECTED[kind][operation]));
      }
    });
  }
});
