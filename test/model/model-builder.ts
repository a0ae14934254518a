import { expect } from 'chai';
import type { ContextValue } from '../../src/context/request-context.js';
import type { Decision } from '../../src/engine/decision.js';
import { AwsModel } from '../../src/model/aws-model.js';
import type { Caller } from '../../src/model/caller.js';
import { ModelError } from '../../src/model/model-error.js';
import { SessionStore } from '../../src/model/session.js';
import { Sts } from '../../src/sts/sts.js';

/**
 * Builders for model and STS tests: accounts, policy documents, and a small world of two accounts with users, roles
 * and a bucket, so that a table row reads as the scenario it checks.
 */

export type Json = { readonly [key: string]: unknown };
type Many = string | readonly string[];

export const DEV = '111122223333';
export const PROD = '444455556666';
export const MGMT = '999988887777';
export const EXT = '777766665555';

export function doc(...statements: Json[]): Json {
  return { Version: '2012-10-17', Statement: statements };
}

export function allow(action: Many, resource: Many = '*', more: Json = {}): Json {
  return { Effect: 'Allow', Action: action, Resource: resource, ...more };
}

export function deny(action: Many, resource: Many = '*', more: Json = {}): Json {
  return { Effect: 'Deny', Action: action, Resource: resource, ...more };
}

export function when(operator: string, key: string, value: Many): Json {
  return { Condition: { [operator]: { [key]: value } } };
}

/** A trust-policy statement letting AWS principals call `action` (sts:AssumeRole by default). */
export function trusts(principal: Many, action: Many = 'sts:AssumeRole', more: Json = {}): Json {
  return { Effect: 'Allow', Principal: { AWS: principal }, Action: action, ...more };
}

export function trustsService(service: string): Json {
  return doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
}

export function trustsFederated(provider: string, action: Many, more: Json = {}): Json {
  return doc({ Effect: 'Allow', Principal: { Federated: provider }, Action: action, ...more });
}

export function rootOfAccount(id: string): string {
  return `arn:aws:iam::${id}:root`;
}

/** A model, an STS on it, and the session store they share. */
export interface TestWorld {
  readonly model: AwsModel;
  readonly sessions: SessionStore;
  readonly sts: Sts;
  /** Resolves a caller the way steps do. */
  caller(ref: string): Caller;
  /** The decision for a request. */
  decide(who: string | Caller, action: string, resource: string, context?: Record<string, ContextValue>): Decision;
}

export function world(model = new AwsModel()): TestWorld {
  const sessions = new SessionStore();
  const sts = new Sts(model, sessions);
  const caller = (ref: string) => model.resolveCaller(ref, sessions);
  return {
    model,
    sessions,
    sts,
    caller,
    decide: (who, action, resource, context = {}) =>
      model.authorize(typeof who === 'string' ? caller(who) : who, action, resource, context).result.decision,
  };
}

/**
 * Accounts dev and prod; alice (dev) may assume any role; bob (dev) has no policies; role `app` in dev trusts the dev
 * account and reads the `data` bucket (dev); role `partner` in prod trusts the dev account.
 */
export function standardWorld(): TestWorld {
  const w = world();
  const m = w.model;
  m.addAccount('dev', DEV);
  m.addAccount('prod', PROD);
  m.addUser('alice', 'dev');
  m.addUser('bob', 'dev');
  m.putInlinePolicy('user', 'alice', 'AssumeAny', doc(allow('sts:AssumeRole')));
  m.addRole('app', 'dev', doc(trusts(rootOfAccount(DEV))));
  m.putInlinePolicy(
    'role',
    'app',
    'ReadData',
    doc(allow(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'])),
  );
  m.addRole('partner', 'prod', doc(trusts(rootOfAccount(DEV))));
  m.putInlinePolicy('role', 'partner', 'ReadQueue', doc(allow('sqs:ReceiveMessage')));
  m.addBucket('data', 'dev');
  return w;
}

/** Runs `f` and checks that it throws a ModelError whose message contains every fragment. */
export function expectModelError(f: () => unknown, ...fragments: string[]): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a ModelError').to.be.instanceOf(ModelError);
  const message = (thrown as Error).message;
  for (const fragment of fragments) expect(message).to.include(fragment);
}
