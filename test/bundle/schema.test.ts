import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { parseJson } from '../../src/policy/parse-json.js';

const ROOT = join(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/bundle.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const FIXTURES = join(ROOT, 'test/fixtures/bundles');

function read(text: string) {
  const json = parseJson(text);
  if (!json.ok) throw new Error(json.error.message);
  return json.document.value;
}

describe('bundle JSON Schema agrees with parseBundle', () => {
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    it(`${name} is valid for both`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).to.equal(true);
      expect(parseBundle(read(text)).diagnostics).to.deep.equal([]);
    });
  }

  const invalid: readonly [string, unknown][] = [
    ['unknown principal kind', { principal: { kind: 'usr' }, request: { action: 's3:GetObject', resource: '*' } }],
    ['missing request', { principal: { kind: 'anonymous' } }],
    [
      'anonymous with an account',
      { principal: { kind: 'anonymous', account: '111122223333' }, request: { action: 's3:GetObject', resource: '*' } },
    ],
    [
      'role session without roleArn',
      {
        principal: { kind: 'role-session', arn: 'arn:aws:sts::111122223333:assumed-role/r/s', account: '111122223333' },
        request: { action: 's3:GetObject', resource: '*' },
      },
    ],
    [
      'a context value that is a number',
      {
        principal: { kind: 'anonymous' },
        request: { action: 's3:GetObject', resource: '*', context: { 'aws:EpochTime': 5 } },
      },
    ],
    [
      'a short account id',
      {
        principal: { kind: 'root', arn: 'arn:aws:iam::1:root', account: '1' },
        request: { action: 's3:GetObject', resource: '*' },
      },
    ],
    [
      'an unknown top-level key',
      { principal: { kind: 'anonymous' }, request: { action: 's3:GetObject', resource: '*' }, scp: [] },
    ],
  ];
  for (const [title, value] of invalid) {
    it(`${title} is invalid for both`, () => {
      expect(validate(value)).to.equal(false);
      expect(parseBundle(read(JSON.stringify(value))).diagnostics).to.not.deep.equal([]);
    });
  }
});

describe('bundle: policies a principal kind cannot have', () => {
  const allow = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  const request = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
  const cases: readonly [string, unknown, string][] = [
    [
      'a root user with a boundary',
      { kind: 'root', arn: 'arn:aws:iam::111122223333:root', account: '111122223333', permissionsBoundary: allow },
      'principal.permissionsBoundary',
    ],
    [
      'an anonymous caller with a session policy',
      { kind: 'anonymous', sessionPolicy: allow },
      'principal.sessionPolicy',
    ],
    [
      'a service with a boundary',
      { kind: 'service', arn: 'cloudtrail.amazonaws.com', permissionsBoundary: allow },
      'principal.permissionsBoundary',
    ],
    [
      'an IAM user with a session policy',
      { kind: 'user', arn: 'arn:aws:iam::111122223333:user/a', account: '111122223333', sessionPolicy: allow },
      'principal.sessionPolicy',
    ],
  ];
  for (const [title, principal, path] of cases) {
    it(`${title} is an error at ${path}`, () => {
      const result = parseBundle(read(JSON.stringify({ principal, request })));
      expect(validate({ principal, request }), 'the schema agrees').to.equal(false);
      expect(result.bundle).to.equal(undefined);
      expect(result.diagnostics.map((d) => d.path)).to.include(path);
    });
  }
});
