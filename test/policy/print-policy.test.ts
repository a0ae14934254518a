import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { childPath, indexPath } from '../../src/policy/json-path.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import type { ConditionEntry, Policy, PrincipalSpec, Statement } from '../../src/policy/policy.js';
import { printPolicy } from '../../src/policy/print-policy.js';
import { type PolicyKindJson, policyDocument } from '../../src/testing/index.js';

const VALID = join(import.meta.dirname, '../fixtures/policies/valid');

function reparse(policy: Policy): Policy | undefined {
  return parsePolicy(printPolicy(policy)).policy;
}

const text = fc.string({ maxLength: 12 });
const list = fc.array(text, { minLength: 1, maxLength: 3 });
// Keys that JavaScript would not reorder (no integer-like names); prototype names included on purpose.
const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'aws:username', 'aws:RequestTag/app.name'),
  fc.string({ minLength: 1, maxLength: 8 }).map((s) => `k${s}`),
);

const principal: fc.Arbitrary<PrincipalSpec> = fc.oneof(
  fc.constant({ wildcard: true, aws: [], service: [], federated: [], canonicalUser: [] }),
  fc
    .record({
      aws: fc.array(text, { maxLength: 2 }),
      service: fc.array(text, { maxLength: 2 }),
      federated: fc.array(text, { maxLength: 2 }),
      canonicalUser: fc.array(text, { maxLength: 2 }),
    })
    .filter((p) => p.aws.length + p.service.length + p.federated.length + p.canonicalUser.length > 0)
    .map((p) => ({ wildcard: false, ...p })),
);

function statement(index: number, path: string): fc.Arbitrary<Statement> {
  const conditions = fc
    .uniqueArray(
      fc.tuple(key, fc.uniqueArray(fc.tuple(key, list), { selector: ([k]) => k, maxLength: 3, minLength: 1 })),
      { selector: ([op]) => op, maxLength: 3 },
    )
    .map((blocks) =>
      blocks.flatMap(([operator, entries]) =>
        entries.map(
          ([k, values]): ConditionEntry => ({
            operator,
            key: k,
            values,
            path: childPath(childPath(childPath(path, 'Condition'), operator), k),
          }),
        ),
      ),
    );
  return fc
    .record({
      effect: fc.constantFrom('Allow' as const, 'Deny' as const),
      actionKey: fc.constantFrom('action' as const, 'notAction' as const),
      actions: list,
      resourceKey: fc.constantFrom('resource' as const, 'notResource' as const, undefined),
      resources: list,
      principalKey: fc.constantFrom('principal' as const, 'notPrincipal' as const, undefined),
      principal,
      conditions,
    })
    .map((s) => ({
      index,
      sid: `S${index}`,
      effect: s.effect,
      [s.actionKey]: s.actions,
      ...(s.resourceKey === undefined ? {} : { [s.resourceKey]: s.resources }),
      ...(s.principalKey === undefined ? {} : { [s.principalKey]: s.principal }),
      conditions: s.conditions,
    }));
}

const policy: fc.Arbitrary<Policy> = fc
  .record({
    version: fc.constantFrom('2012-10-17' as const, '2008-10-17' as const, undefined),
    id: fc.option(text, { nil: undefined }),
    count: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ version, id, count }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => statement(i, indexPath('Statement', i)))).map((statements) => ({
      ...(version === undefined ? {} : { version }),
      ...(id === undefined ? {} : { id }),
      statements,
      supportsVariables: version === '2012-10-17',
    })),
  );

describe('printPolicy', () => {
  it('prints arrays everywhere and Statement as an array', () => {
    const parsed = parsePolicy(
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "1"}, "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": true}}}}',
    );
    expect(parsed.policy && printPolicy(parsed.policy)).to.deep.equal({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ['1'] },
          Action: ['s3:*'],
          Resource: ['*'],
          Condition: { Bool: { 'aws:SecureTransport': ['true'] } },
        },
      ],
    });
  });

  it('prints the wildcard principal as "*"', () => {
    const parsed = parsePolicy({ Statement: [{ Effect: 'Deny', Principal: '*', Action: '*' }] });
    expect(parsed.policy && printPolicy(parsed.policy).Statement[0]?.Principal).to.equal('*');
  });

  describe('round-trips every valid fixture: parse → print → parse', () => {
    for (const file of readdirSync(VALID).filter((f) => f.endsWith('.json'))) {
      it(file, () => {
        const first = parsePolicy(readFileSync(join(VALID, file), 'utf8')).policy;
        expect(first).to.not.equal(undefined);
        if (first === undefined) return;
        const printed = printPolicy(first);
        const second = parsePolicy(JSON.stringify(printed)).policy;
        expect(second === undefined ? undefined : printPolicy(second)).to.deep.equal(printed);
        // Condition paths name `Statement` for a single-object Statement, `Statement[0]` once printed as an array.
        if (Array.isArray(JSON.parse(readFileSync(join(VALID, file), 'utf8')).Statement))
          expect(second).to.deep.equal(first);
      });
    }
  });

  it('law: parsePolicy(printPolicy(p)) equals p for any policy model', () => {
    fc.assert(
      fc.property(policy, (p) => {
        expect(reparse(p)).to.deep.equal(p);
      }),
    );
  });

  it('law: parse → print → parse is a round trip for the public policyDocument() arbitrary, every kind of policy', () => {
    const kinds: PolicyKindJson[] = ['identity', 'resource', 'trust', 'boundary', 'session', 'scp', 'rcp'];
    const documents = fc.constantFrom(...kinds).chain((kind) => policyDocument({ kind }).map((d) => ({ kind, d })));
    fc.assert(
      fc.property(documents, ({ kind, d }) => {
        const first = parsePolicy(JSON.stringify(d), { kind }).policy;
        expect(first, 'a generated document parses').to.not.equal(undefined);
        if (first === undefined) return;
        const printed = printPolicy(first);
        const second = parsePolicy(JSON.stringify(printed), { kind }).policy;
        expect(second === undefined ? undefined : printPolicy(second)).to.deep.equal(printed);
        // Condition paths name `Statement` for a single-object Statement, `Statement[0]` once printed as an array.
        if (Array.isArray(d.Statement)) expect(second).to.deep.equal(first);
      }),
      { numRuns: 300 },
    );
  });

  it('law: printing is stable through JSON text (print ∘ parse ∘ stringify ∘ print = print)', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const printed = printPolicy(p);
        const again = parsePolicy(JSON.stringify(printed)).policy;
        expect(again === undefined ? undefined : printPolicy(again)).to.deep.equal(printed);
      }),
    );
  });
});
