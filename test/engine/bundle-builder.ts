import { it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { Decision, AuthorizationResult } from '../../src/engine/decision.js';
import { simulate } from '../../src/engine/simulate.js';
import { renderText } from '../../src/explain/render-text.js';
import type { JsonValue } from '../../src/policy/json-value.js';

/**
 * Builders for engine tests: short names for accounts, ARNs, statements, policies, principals and bundles, so that
 * a table row reads as the scenario it checks. Everything builds the JSON bundle format that `parseBundle` reads.
 */

/** A plain JSON object as the bundle format writes it. */
export type Json = { readonly [key: string]: unknown };

export const A = '111122223333';
export const B = '444455556666';

export const ARN = {
  rootA: `arn:aws:iam::${A}:root`,
  rootB: `arn:aws:iam::${B}:root`,
  alice: `arn:aws:iam::${A}:user/alice`,
  bob: `arn:aws:iam::${A}:user/bob`,
  carlos: `arn:aws:iam::${B}:user/carlos`,
  role: `arn:aws:iam::${A}:role/app`,
  session: `arn:aws:sts::${A}:assumed-role/app/s1`,
  otherSession: `arn:aws:sts::${A}:assumed-role/app/s2`,
  ec2Role: `arn:aws:iam::${A}:role/ec2-app`,
  ec2Session: `arn:aws:sts::${A}:assumed-role/ec2-app/i-0123456789abcdef0`,
  roleB: `arn:aws:iam::${B}:role/partner`,
  sessionB: `arn:aws:sts::${B}:assumed-role/partner/p1`,
  fed: `arn:aws:sts::${A}:federated-user/carol`,
  slr: `arn:aws:iam::${A}:role/aws-service-role/x`,
  slrSession: `arn:aws:sts::${A}:assumed-role/x/s`,
  bucket: 'arn:aws:s3:::data',
  object: 'arn:aws:s3:::data/report.csv',
  queueA: `arn:aws:sqs:us-east-1:${A}:jobs`,
  queueB: `arn:aws:sqs:us-east-1:${B}:jobs`,
  keyA: `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  keyB: `arn:aws:kms:us-east-1:${B}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  targetRole: `arn:aws:iam::${A}:role/target`,
  targetRoleB: `arn:aws:iam::${B}:role/target`,
} as const;

// ---- statements and policies ----

type Many = string | readonly string[];

/** An Allow statement; `more` adds or overrides elements (Sid, Principal, Condition …). */
export function allow(action: Many, resource: Many = '*', more: Json = {}): Json {
  return { Effect: 'Allow', Action: action, Resource: resource, ...more };
}

/** A Deny statement; `more` adds or overrides elements. */
export function deny(action: Many, resource: Many = '*', more: Json = {}): Json {
  return { Effect: 'Deny', Action: action, Resource: resource, ...more };
}

/** A policy document. */
export function doc(...statements: Json[]): Json {
  return { Version: '2012-10-17', Statement: statements };
}

/** A named policy (`{name, document}`), so that reasons can name it. */
export function named(name: string, ...statements: Json[]): Json {
  return { name, document: doc(...statements) };
}

/** A Principal element naming AWS principals. */
export function aws(...values: string[]): Json {
  return { Principal: { AWS: values.length === 1 ? values[0] : values } };
}

/** A resource-policy Allow naming AWS principals. */
export function grant(principals: Many, action: Many, resource: Many = '*', more: Json = {}): Json {
  return allow(action, resource, { Principal: { AWS: principals }, ...more });
}

/** A resource-policy Deny naming AWS principals. */
export function refuse(principals: Many, action: Many, resource: Many = '*', more: Json = {}): Json {
  return deny(action, resource, { Principal: { AWS: principals }, ...more });
}

/** An RCP Deny statement (RCPs require `"Principal": "*"`). */
export function rcpDeny(action: Many, more: Json = {}): Json {
  return deny(action, '*', { Principal: '*', ...more });
}

/** FullAWSAccess as an SCP. */
export const FULL_ACCESS = doc(allow('*'));

/** A Condition element with one operator and key. */
export function when(operator: string, key: string, value: Many): Json {
  return { Condition: { [operator]: { [key]: value } } };
}

// ---- principals ----

/** IAM user alice of account A. */
export function user(more: Json = {}): Json {
  return { kind: 'user', arn: ARN.alice, account: A, ...more };
}

/** Session `s1` of role `app` in account A. */
export function roleSession(more: Json = {}): Json {
  return { kind: 'role-session', arn: ARN.session, roleArn: ARN.role, account: A, ...more };
}

/** An EC2 instance's session of role `ec2-app` in account A. */
export function ec2Session(more: Json = {}): Json {
  return { kind: 'role-session', arn: ARN.ec2Session, roleArn: ARN.ec2Role, account: A, ...more };
}

/** Federated user carol of account A, created by alice with GetFederationToken. */
export function federatedUser(more: Json = {}): Json {
  return { kind: 'federated-user', arn: ARN.fed, userArn: ARN.alice, account: A, ...more };
}

/** The root user of an account (A unless given). */
export function root(account: string = A, more: Json = {}): Json {
  return { kind: 'root', arn: `arn:aws:iam::${account}:root`, account, ...more };
}

export function anonymous(more: Json = {}): Json {
  return { kind: 'anonymous', ...more };
}

/** An AWS service principal. */
export function service(name = 'cloudtrail.amazonaws.com', more: Json = {}): Json {
  return { kind: 'service', arn: name, ...more };
}

/** A session of the service-linked role `aws-service-role/x` in account A. */
export function serviceLinkedSession(more: Json = {}): Json {
  return { kind: 'role-session', arn: ARN.slrSession, roleArn: ARN.slr, account: A, ...more };
}

/** User carlos of account B. */
export function outsider(more: Json = {}): Json {
  return { kind: 'user', arn: ARN.carlos, account: B, ...more };
}

// ---- requests and bundles ----

/** A request; `more` adds resourceAccount, resourceTags, context. */
export function request(action: string, resource: string, more: Json = {}): Json {
  return { action, resource, ...more };
}

/** A bundle from a principal and a request plus optional top-level parts. */
export function bundle(principal: Json, req: Json, more: Json = {}): Json {
  return { principal, request: req, ...more };
}

/** GetObject on the data bucket's object in account A (S3 ARNs name no account). */
export function getObject(more: Json = {}): Json {
  return request('s3:GetObject', ARN.object, more);
}

// ---- running ----

/** Parses and simulates a bundle; a bundle with diagnostics is a mistake in the test. */
export function run(json: Json, explain = false): AuthorizationResult {
  const parsed = parseBundle(json as unknown as JsonValue, 'test');
  if (parsed.bundle === undefined) {
    throw new Error(`invalid test bundle: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return simulate(parsed.bundle, { explain });
}

/** The decision for a bundle. */
export function decisionOf(json: Json): Decision {
  return run(json).decision;
}

/** The text rendering of an explained decision. */
export function explainText(json: Json): string {
  const req = json.request as { action: string; resource: string };
  const principal = json.principal as { arn?: string; kind: string };
  return renderText(run(json, true), {
    principal: principal.arn ?? principal.kind,
    action: req.action,
    resource: req.resource,
  });
}

/** One row of a decision table. `todo` marks a documented behaviour the engine does not have yet. */
export interface DecisionCase {
  readonly title: string;
  readonly bundle: Json;
  readonly expected: Decision;
  readonly todo?: string;
}

/** Registers one `it` per row: the bundle's decision, with and without explain, is `expected`. */
export function decisionTable(cases: readonly DecisionCase[]): void {
  for (const c of cases) {
    it(c.title, c.todo === undefined ? {} : { todo: c.todo }, () => {
      expect(decisionOf(c.bundle), 'decision').to.equal(c.expected);
      expect(run(c.bundle, true).decision, 'decision with explain').to.equal(c.expected);
    });
  }
}
