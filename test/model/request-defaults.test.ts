import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AwsModel } from '../../src/model/aws-model.js';
import { ModelError } from '../../src/model/model-error.js';
import { SessionStore } from '../../src/model/session.js';
import { DEV, rootOfAccount } from './model-builder.js';

// What every request carries unless it says otherwise: a region and HTTPS (R117, R155–R158).

function model(): AwsModel {
  const m = new AwsModel();
  m.addAccount('dev', DEV);
  m.addUser('alice', 'dev');
  m.addBucket('data', 'dev');
  return m;
}

function contextOf(m: AwsModel, action: string, given: Record<string, string> = {}) {
  const alice = m.resolveCaller('alice', new SessionStore());
  return m.bundleFor(alice, action, 'arn:aws:s3:::data/x', given).request.context;
}

describe('request defaults', () => {
  it('R156 a request names us-east-1 and HTTPS when the scenario names no region', () => {
    const context = contextOf(model(), 's3:GetObject');
    assert.equal(context['aws:RequestedRegion'], 'us-east-1');
    assert.equal(context['aws:SecureTransport'], 'true');
  });

  it('R155 the default region applies to every later request', () => {
    const m = model();
    m.setDefaultRegion('eu-west-1');
    assert.equal(contextOf(m, 's3:GetObject')['aws:RequestedRegion'], 'eu-west-1');
  });

  it('R157 IAM, CloudFront, Route 53 and Support requests are made in us-east-1 whatever the default region', () => {
    const m = model();
    m.setDefaultRegion('eu-west-1');
    for (const action of ['iam:CreateRole', 'cloudfront:CreateDistribution', 'route53:ChangeResourceRecordSets']) {
      assert.equal(contextOf(m, action)['aws:RequestedRegion'], 'us-east-1', action);
    }
    assert.equal(contextOf(m, 'sts:GetCallerIdentity')['aws:RequestedRegion'], 'eu-west-1');
  });

  it('R105 a request that gives the region itself keeps it', () => {
    const m = model();
    m.setDefaultRegion('eu-west-1');
    assert.equal(
      contextOf(m, 's3:GetObject', { 'aws:RequestedRegion': 'ap-south-1' })['aws:RequestedRegion'],
      'ap-south-1',
    );
  });

  it('R158 default context keys apply to later requests, below the keys a request gives', () => {
    const m = model();
    m.setDefaultContext({ 'aws:SecureTransport': 'false', 'aws:SourceIp': '203.0.113.7' });
    const context = contextOf(m, 's3:GetObject');
    assert.equal(context['aws:SecureTransport'], 'false');
    assert.equal(context['aws:SourceIp'], '203.0.113.7');
    assert.equal(contextOf(m, 's3:GetObject', { 'aws:SourceIp': '198.51.100.1' })['aws:SourceIp'], '198.51.100.1');
  });

  it('R158 a default key given again in another case replaces the first', () => {
    const m = model();
    m.setDefaultContext({ 'aws:SourceIp': '203.0.113.7' });
    m.setDefaultContext({ 'aws:sourceip': '198.51.100.1' });
    const context = contextOf(m, 's3:GetObject');
    assert.deepEqual(
      Object.keys(context).filter((k) => k.toLowerCase() === 'aws:sourceip'),
      ['aws:sourceip'],
    );
  });

  it('R155 a text that is not a region code is refused with an example', () => {
    assert.throws(
      () => model().setDefaultRegion('Ireland'),
      (e: Error) => e instanceof ModelError && /eu-west-1/.test(e.message),
    );
  });

  it('R4 a default key named __proto__ is a key like any other', () => {
    const m = model();
    m.setDefaultContext(JSON.parse('{"__proto__": "x"}') as Record<string, string>);
    assert.equal(Object.hasOwn(contextOf(m, 's3:GetObject'), '__proto__'), true);
  });

  it('the root user asks in the default region too', () => {
    const m = model();
    m.setDefaultRegion('eu-central-1');
    const root = m.resolveCaller('root of dev', new SessionStore());
    assert.equal(
      m.bundleFor(root, 's3:ListBucket', 'arn:aws:s3:::data').request.context['aws:RequestedRegion'],
      'eu-central-1',
    );
    assert.ok(rootOfAccount(DEV).endsWith(':root'));
  });
});
