import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import { AwsModel } from '../../src/model/aws-model.js';
import { ModelError } from '../../src/model/model-error.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';

// R5, R40: condition keys, context keys and IAM user and role tag keys are case-insensitive, so two of them that differ
// only in letter case are one key given twice. Read as two keys they were ANDed, and a Deny never fired; read as one,
// which value counts is ambiguous. IAM Access Analyzer reports "Duplicate keys with different case" as an error, and
// iamspec fails closed: an error that names both paths, a refused scenario policy, a refused bundle.

const statement = (condition: unknown) => ({ Effect: 'Deny', Action: '*', Resource: '*', Condition: condition });
const policy = (condition: unknown) => ({ Version: '2012-10-17', Statement: [statement(condition)] });
const TWO_CASES = { IpAddress: { 'aws:SourceIp': '1.2.3.4/32', 'aws:sourceip': '5.6.7.8/32' } };

function codes(document: unknown): string[] {
  return validatePolicy(document, { kind: 'identity' }).diagnostics.map((d) => `${d.severity}:${d.code}`);
}

describe('R5 a condition key given twice in different letter case under one operator is an error', () => {
  it('R5 validatePolicy reports condition-key-duplicate as an error naming both paths', () => {
    const result = validatePolicy(policy(TWO_CASES), { kind: 'identity', source: 'p.json' });
    const found = result.diagnostics.filter((d) => d.code === 'condition-key-duplicate');
    expect(found.map((d) => [d.severity, d.path])).to.deep.equal([
      ['error', 'Statement[0].Condition.IpAddress.aws:sourceip'],
    ]);
    expect(found[0]?.message).to.include('Statement[0].Condition.IpAddress.aws:SourceIp');
    expect(found[0]?.message).to.include('Statement[0].Condition.IpAddress.aws:sourceip');
    expect(found[0]?.message).to.match(/^p\.json:/);
  });

  it('R5 from JSON text too, with the place of the second key', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",' +
      '"Condition":{"IpAddress":{"aws:SourceIp":"1.2.3.4","aws:sourceip":"5.6.7.8"}}}]}';
    const result = parsePolicy(text, { source: 'p.json' });
    const [found] = result.diagnostics.filter((d) => d.code === 'condition-key-duplicate');
    expect(found?.severity).to.equal('error');
    expect(found?.message).to.match(/^p\.json:1:\d+: /);
  });

  it('R5 three spellings of one key: each later one is reported against the first', () => {
    const three = {
      StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:principaltag/TEAM': 'b', 'AWS:PRINCIPALTAG/Team': 'c' },
    };
    const found = validatePolicy(policy(three), { kind: 'identity' }).diagnostics.filter(
      (d) => d.code === 'condition-key-duplicate',
    );
    expect(found.map((d) => d.path)).to.deep.equal([
      'Statement[0].Condition.StringEquals.aws:principaltag/TEAM',
      'Statement[0].Condition.StringEquals.AWS:PRINCIPALTAG/Team',
    ]);
    for (const d of found) expect(d.message).to.include('Statement[0].Condition.StringEquals.aws:PrincipalTag/team');
  });

  it('R5 prototype-named keys are compared like any other (R140)', () => {
    const proto = { StringEquals: { 'aws:PrincipalTag/__proto__': '1', 'aws:PrincipalTag/__PROTO__': '2' } };
    expect(codes(policy(proto))).to.include('error:condition-key-duplicate');
  });

  it('R45 the same key under two different operators is not a duplicate (control)', () => {
    const ok = { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, NotIpAddress: { 'aws:sourceip': '10.1.0.0/16' } };
    expect(codes(policy(ok))).to.not.include('error:condition-key-duplicate');
  });

  it('R45 two different keys under one operator are not duplicates (control)', () => {
    const ok = { StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:PrincipalTag/teams': 'b' } };
    expect(codes(policy(ok))).to.deep.equal([]);
  });

  it('R5 a scenario policy with such keys is refused by the model', () => {
    const model = new AwsModel();
    model.addAccount('dev', '111122223333');
    model.addUser('alice', 'dev');
    expect(() => model.putInlinePolicy('user', 'alice', 'p', policy(TWO_CASES)))
      .to.throw(ModelError)
      .with.property('message')
      .that.includes('condition key');
  });
});

describe('R5 simulate refuses a bundle whose keys differ only in letter case', () => {
  const ALICE = 'arn:aws:iam::123456789012:user/u';
  const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };
  const principal = (statements: unknown[], more: object = {}) => ({
    kind: 'user',
    arn: ALICE,
    account: '123456789012',
    identityPolicies: [{ name: 'i', document: { Version: '2012-10-17', Statement: [allowAll, ...statements] } }],
    ...more,
  });
  const get = (more: object = {}) => ({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', ...more });
  const parse = (b: unknown) => parseBundle(b as JsonValue, 'b.json');

  it('R5 reviewer repro: a Deny with aws:SourceIp and aws:sourceip under IpAddress → bundle refused', () => {
    const result = parse({
      principal: principal([statement(TWO_CASES)]),
      request: get({ context: { 'aws:SourceIp': '5.6.7.8' } }),
    });
    expect(result.bundle).to.equal(undefined);
    expect(result.diagnostics.map((d) => d.code)).to.include('condition-key-duplicate');
    const [found] = result.diagnostics;
    expect(found?.path).to.equal(
      'principal.identityPolicies[0].document.Statement[1].Condition.IpAddress.aws:sourceip',
    );
  });

  it('R5 R40 request context {"aws:SourceIp", "aws:sourceip"} → bundle refused, naming both keys', () => {
    const result = parse({
      principal: principal([]),
      request: get({ context: { 'aws:SourceIp': '5.6.7.8', 'aws:sourceip': '1.2.3.4' } }),
    });
    expect(result.bundle).to.equal(undefined);
    expect(result.diagnostics.map((d) => [d.code, d.path])).to.deep.equal([
      ['bundle-context-duplicate', 'request.context.aws:sourceip'],
    ]);
    expect(result.diagnostics[0]?.message).to.include('"aws:SourceIp"');
  });

  it('R5 R110 principal tags {"team", "TEAM"} → bundle refused (IAM user and role tag keys ignore case)', () => {
    const result = parse({ principal: principal([], { tags: { team: 'red', TEAM: 'blue' } }), request: get() });
    expect(result.bundle).to.equal(undefined);
    expect(result.diagnostics.map((d) => [d.code, d.path])).to.deep.equal([
      ['bundle-tag-duplicate', 'principal.tags.TEAM'],
    ]);
    expect(result.diagnostics[0]?.message).to.include('"team"');
  });

  it('R5 R110 resource tags of an IAM role resource {"team", "TEAM"} → bundle refused', () => {
    const role = 'arn:aws:iam::123456789012:role/target';
    const result = parse({
      principal: principal([]),
      request: { action: 'iam:GetRole', resource: role, resourceTags: { team: 'red', TEAM: 'blue' } },
    });
    expect(result.bundle).to.equal(undefined);
    expect(result.diagnostics.map((d) => d.code)).to.deep.equal(['bundle-tag-duplicate']);
  });

  it('R5 resource tags of an S3 object {"team", "TEAM"} are kept: S3 tag keys are case-sensitive (control)', () => {
    const result = parse({ principal: principal([]), request: get({ resourceTags: { team: 'red', TEAM: 'blue' } }) });
    expect(result.diagnostics).to.deep.equal([]);
    expect(result.bundle?.request.resourceTags).to.deep.equal({ team: 'red', TEAM: 'blue' });
  });

  it('R5 distinct context keys and tags are accepted (control)', () => {
    const result = parse({
      principal: principal([], { tags: { team: 'red', teams: 'blue' } }),
      request: get({ context: { 'aws:SourceIp': '5.6.7.8', 'aws:SourceVpc': 'vpc-1' } }),
    });
    expect(result.diagnostics).to.deep.equal([]);
  });
});

describe('R110 a tag table for an IAM user or role may not hold two keys that differ only in case', () => {
  const world = () => {
    const model = new AwsModel();
    model.addAccount('dev', '111122223333');
    model.addUser('alice', 'dev');
    return model;
  };

  it('R110 setTags with {"team", "TEAM"} in one call is an error that names both keys', () => {
    expect(() => world().setTags('user', 'alice', { team: 'red', TEAM: 'blue' }))
      .to.throw(ModelError)
      .with.property('message')
      .that.match(/"team".*"TEAM"|"TEAM".*"team"/);
  });

  it('R110 a later call with a key differing only in case still replaces the old one (control)', () => {
    const model = world();
    model.setTags('user', 'alice', { team: 'red' });
    model.setTags('user', 'alice', { TEAM: 'blue' });
    expect({ ...model.user('alice').tags }).to.deep.equal({ TEAM: 'blue' });
  });

  it('R110 resource tags keep keys that differ only in case (S3 tags are case-sensitive, control)', () => {
    const model = world();
    model.addBucket('data', 'dev');
    expect(() => model.setResourceTags('data', { team: 'red', TEAM: 'blue' })).to.not.throw();
  });
});
