import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';
import { parseJson } from '../../src/policy/parse-json.js';

// Issue 8 §4: an empty identityPolicies list is harmless for principals that have no identity policies; a non-empty
// one stays an error. The JSON Schema and parseBundle must agree on both.

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/bundle.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function read(value: unknown) {
  const json = parseJson(JSON.stringify(value));
  if (!json.ok) throw new Error(json.error.message);
  return json.document.value;
}

const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const request = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
const principals: readonly [string, Record<string, unknown>][] = [
  ['root', { kind: 'root', arn: 'arn:aws:iam::111122223333:root', account: '111122223333' }],
  ['anonymous', { kind: 'anonymous' }],
  ['service', { kind: 'service', arn: 'cloudtrail.amazonaws.com' }],
];

describe('bundle: "identityPolicies": [] for principals without identity policies', () => {
  for (const [kind, principal] of principals) {
    it(`a ${kind} principal with an empty list is valid for parseBundle and the schema, and decides as without it`, () => {
      const bundle = { principal: { ...principal, identityPolicies: [] }, request };
      const parsed = parseBundle(read(bundle));
      expect(parsed.diagnostics).to.deep.equal([]);
      expect(validate(bundle), JSON.stringify(validate.errors)).to.equal(true);
      const without = parseBundle(read({ principal, request }));
      if (parsed.bundle === undefined || without.bundle === undefined) throw new Error('expected both to parse');
      expect(simulate(parsed.bundle).decision).to.equal(simulate(without.bundle).decision);
    });

    it(`a ${kind} principal with a non-empty list is still an error at principal.identityPolicies for both`, () => {
      const bundle = { principal: { ...principal, identityPolicies: [allowAll] }, request };
      const parsed = parseBundle(read(bundle));
      expect(parsed.bundle).to.equal(undefined);
      expect(parsed.diagnostics.map((d) => d.path)).to.include('principal.identityPolicies');
      expect(parsed.diagnostics.map((d) => d.message).join('\n')).to.include('has no identity policies');
      expect(validate(bundle), 'the schema agrees').to.equal(false);
    });
  }

  it('a root principal with an identityPolicies value that is not a list is an error for both', () => {
    const bundle = { principal: { ...principals[0]?.[1], identityPolicies: {} }, request };
    expect(parseBundle(read(bundle)).bundle).to.equal(undefined);
    expect(validate(bundle)).to.equal(false);
  });
});
