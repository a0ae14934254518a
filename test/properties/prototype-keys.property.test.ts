import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { ContextValue } from '../../src/context/request-context.js';
import type { Decision } from '../../src/engine/decision.js';
import { referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import { AwsModel } from '../../src/model/aws-model.js';
import { SessionStore } from '../../src/model/session.js';
import { parseJson } from '../../src/policy/parse-json.js';
import { runsFor, SEED } from './replay.js';

// R140: a key named like a member of Object.prototype is an ordinary key wherever a user names one: as a principal or
// resource tag key, as a request context key, and as a condition key. Each case is decided twice, once with such a
// key and once with an ordinary one in its place; the decisions must be equal. Through the bundle's JSON text
// (parseJson → parseBundle → simulate, and the reference evaluator) and through the AwsModel API.

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const ORDINARY_KEY = 'team';
const RUNS = runsFor(300, 20_000);
const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const OBJECT = 'arn:aws:s3:::data/report.csv';

type Place = 'principal-tag' | 'resource-tag' | 'context';

interface Case {
  readonly place: Place;
  readonly operator: string;
  readonly effect: 'Allow' | 'Deny';
  /** The value the request carries under the key, or undefined when the key is absent. */
  readonly carried: string | undefined;
  readonly policyValue: string;
}

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  place: fc.constantFrom<Place>('principal-tag', 'resource-tag', 'context'),
  operator: fc.constantFrom(
    'StringEquals',
    'StringNotEquals',
    'StringLike',
    'StringEqualsIfExists',
    'Null',
    'ForAnyValue:StringEquals',
    'ForAllValues:StringNotEquals',
  ),
  effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny'),
  carried: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
  policyValue: fc.constantFrom('x', 'y', 'x*'),
});

/** An object with exactly this own key: a computed key defines a property, never the prototype. */
function one<V>(key: string, value: V): Record<string, V> {
  return { [key]: value };
}

/** The condition key a case tests, for the tag or context key `key`. */
function conditionKey(c: Case, key: string): string {
  if (c.place === 'principal-tag') return `aws:PrincipalTag/${key}`;
  if (c.place === 'resource-tag') return `aws:ResourceTag/${key}`;
  return key;
}

/**
 * The identity policy: when the case's statement is a Deny, an unconditional Allow stands beside it, so that the
 * decision shows whether the conditioned statement applied.
 */
function identityPolicy(c: Case, key: string) {
  const value = c.operator === 'Null' ? (c.policyValue === 'x' ? 'true' : 'false') : c.policyValue;
  const conditioned = {
    Effect: c.effect,
    Action: 's3:GetObject',
    Resource: '*',
    Condition: one(c.operator, one(conditionKey(c, key), value)),
  };
  const statements =
    c.effect === 'Deny' ? [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, conditioned] : [conditioned];
  return { Version: '2012-10-17', Statement: statements };
}

function carriedAt(c: Case, place: Place, key: string): Record<string, string> {
  return c.place === place && c.carried !== undefined ? one(key, c.carried) : {};
}

function bundleText(c: Case, key: string): string {
  return JSON.stringify({
    principal: {
      kind: 'user',
      arn: USER,
      account: ACCOUNT,
      identityPolicies: [identityPolicy(c, key)],
      tags: carriedAt(c, 'principal-tag', key),
    },
    request: {
      action: 's3:GetObject',
      resource: OBJECT,
      resourceTags: carriedAt(c, 'resource-tag', key),
      context: carriedAt(c, 'context', key),
    },
  });
}

/** The engine's and the reference's decisions for the bundle, read from its JSON text as `iamspec simulate` does. */
function fromText(c: Case, key: string): readonly [Decision, Decision] {
  const read = parseJson(bundleText(c, key));
  if (!read.ok) throw new Error(read.error.message);
  const parsed = parseBundle(read.document.value, 'property');
  if (parsed.bundle === undefined) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
  return [simulate(parsed.bundle).decision, referenceDecision(parsed.bundle).decision];
}

/** The model's decision for the same case: tags set through the model, the policy given as JSON text. */
function fromModel(c: Case, key: string): Decision {
  const model = new AwsModel();
  model.addAccount('dev', ACCOUNT);
  model.addUser('alice', 'dev');
  model.putInlinePolicy('user', 'alice', 'p', JSON.stringify(identityPolicy(c, key)));
  model.setTags('user', 'alice', carriedAt(c, 'principal-tag', key));
  // Tags as JSON.parse gives them: an own `__proto__` data property, as in a real tag file.
  model.addBucket('data', 'dev', undefined, JSON.parse(JSON.stringify(carriedAt(c, 'resource-tag', key))));
  const context: Record<string, ContextValue> = carriedAt(c, 'context', key);
  const caller = model.resolveCaller('alice', new SessionStore());
  return model.authorize(caller, 's3:GetObject', OBJECT, context).result.decision;
}

describe('R140 prototype-named keys are ordinary keys', () => {
  for (const key of PROTOTYPE_KEYS) {
    it(`law: a tag, context or condition key named ${key} decides as an ordinary key does (bundle text and AwsModel)`, () => {
      const seen = new Set<Decision>();
      fc.assert(
        fc.property(caseArbitrary, (c) => {
          const [ordinary, ordinaryReference] = fromText(c, ORDINARY_KEY);
          const [special, specialReference] = fromText(c, key);
          seen.add(ordinary);
          expect(special, 'engine, bundle text').to.equal(ordinary);
          expect(specialReference, 'reference, bundle text').to.equal(ordinaryReference);
          expect(ordinaryReference, 'reference agrees with the engine').to.equal(ordinary);
          expect(fromModel(c, key), 'AwsModel').to.equal(fromModel(c, ORDINARY_KEY));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // Not vacuous: the conditioned statement decided some cases each way.
      expect([...seen].sort()).to.deep.equal(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
    });
  }
});
