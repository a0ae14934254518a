import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { Decision } from '../../src/engine/decision.js';
import { referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import { runsFor, SEED } from './replay.js';

// R85: NotPrincipal entries, in any letter case of their names, for every caller kind and both effects. Two laws: the
// engine decides as the reference evaluator does, and an Allow whose NotPrincipal names one of the caller's own
// identities in another letter case never grants to it (R110: names are unique ignoring case).

const A = '111122223333';
const B = '444455556666';
const IDENTITIES = [
  A,
  `arn:aws:iam::${A}:root`,
  `arn:aws:iam::${B}:root`,
  `arn:aws:iam::${A}:user/alice`,
  `arn:aws:iam::${A}:role/App`,
  `arn:aws:sts::${A}:assumed-role/App/s1`,
  `arn:aws:sts::${A}:federated-user/carol`,
  `arn:aws:iam::${B}:user/alice`,
];
const CALLERS = [
  { kind: 'user', arn: `arn:aws:iam::${A}:user/alice`, account: A },
  {
    kind: 'role-session',
    arn: `arn:aws:sts::${A}:assumed-role/App/s1`,
    roleArn: `arn:aws:iam::${A}:role/App`,
    account: A,
  },
  {
    kind: 'federated-user',
    arn: `arn:aws:sts::${A}:federated-user/carol`,
    account: A,
    userArn: `arn:aws:iam::${A}:user/alice`,
  },
  { kind: 'root', arn: `arn:aws:iam::${A}:root`, account: A },
  { kind: 'service', arn: 'cloudtrail.amazonaws.com' },
];
const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

/** The name part of an ARN in another letter case; the partition, service and resource type stay valid. */
function recase(value: string, upper: boolean): string {
  const slash = value.indexOf('/');
  if (slash < 0) return value;
  const name = value.slice(slash + 1);
  return value.slice(0, slash + 1) + (upper ? name.toUpperCase() : name.toLowerCase());
}

const entry = fc.tuple(fc.constantFrom(...IDENTITIES), fc.boolean()).map(([v, upper]) => recase(v, upper));
const caseArbitrary = fc.record({
  caller: fc.constantFrom(...CALLERS),
  aws: fc.uniqueArray(entry, { minLength: 1, maxLength: 3 }),
  service: fc.option(fc.constantFrom('cloudtrail.amazonaws.com', 'CloudTrail.amazonaws.com'), { nil: undefined }),
  effect: fc.constantFrom('Allow', 'Deny'),
  identity: fc.boolean(),
});

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function decide(c: Case, withPolicy = true): readonly [Decision, Decision] {
  const caller = c.caller;
  const hasPolicies = caller.kind === 'user' || caller.kind === 'role-session' || caller.kind === 'federated-user';
  const principal = {
    ...caller,
    identityPolicies: hasPolicies && c.identity ? [ALLOW_ALL] : [],
    ...(caller.kind === 'federated-user' && c.identity ? { sessionPolicy: ALLOW_ALL } : {}),
  };
  const notPrincipal = { AWS: c.aws, ...(c.service === undefined ? {} : { Service: c.service }) };
  const statements: unknown[] = [{ Effect: c.effect, Action: '*', Resource: '*', NotPrincipal: notPrincipal }];
  if (c.effect === 'Deny') statements.push({ Effect: 'Allow', Action: '*', Resource: '*', Principal: '*' });
  const json = {
    principal,
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::data/x' },
    ...(withPolicy ? { resourcePolicy: { Version: '2012-10-17', Statement: statements } } : {}),
  };
  const parsed = parseBundle(json as unknown as JsonValue, 'property');
  if (parsed.bundle === undefined) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
  return [simulate(parsed.bundle).decision, referenceDecision(parsed.bundle).decision];
}

/** The caller's own identities (R85), lowercased. */
function ownNames(c: Case): string[] {
  const p = c.caller as { arn?: string; roleArn?: string; userArn?: string };
  return [p.arn, p.roleArn, p.userArn].flatMap((n) => (n === undefined ? [] : [n.toLowerCase()]));
}

describe('R85 NotPrincipal in any letter case', () => {
  it('law: the engine decides as the reference evaluator does, for either effect and any letter case of the names', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const [engine, reference] = decide(c);
        expect(engine).to.equal(reference);
      }),
      { seed: SEED, numRuns: runsFor(400, 20_000) },
    );
  });

  it('law: an Allow whose NotPrincipal names one of the caller’s identities, in any letter case, grants it nothing: the decision is the one without the resource policy (R85, R110)', () => {
    let tested = 0;
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const own = ownNames(c);
        const named = c.aws.some((v) => own.includes(v.toLowerCase()));
        if (c.effect !== 'Allow' || !named) return;
        tested++;
        expect(decide(c)[0]).to.equal(decide(c, false)[0]);
      }),
      { seed: SEED, numRuns: runsFor(400, 20_000) },
    );
    expect(tested).to.be.greaterThan(0);
  });
});
