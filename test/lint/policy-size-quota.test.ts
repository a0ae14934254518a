import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import type { PolicyKind } from '../../src/policy/policy.js';

/** A one-statement policy whose compact JSON text has exactly `size` characters (`filler` pads its Sid). */
function policyOfSize(size: number, kind: PolicyKind | undefined, filler = 'x'): Record<string, unknown> {
  const principal = kind === 'resource' || kind === 'trust' || kind === 'rcp' ? { Principal: '*' } : {};
  const action = kind === 'trust' ? 'sts:AssumeRole' : 's3:GetObject';
  const make = (sid: string) => ({
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: kind === 'rcp' ? 'Deny' : 'Allow', ...principal, Action: action, Resource: '*' }],
  });
  const base = JSON.stringify(make('')).length;
  const document = make(filler.repeat(size - base));
  expect(JSON.stringify(document).length).to.equal(size);
  return document;
}

function sizeFindings(document: unknown, options: { kind?: PolicyKind; service?: string } = {}): string[] {
  return validatePolicy(document, { ...options, catalog: false })
    .diagnostics.filter((d) => d.code === 'policy-too-large')
    .map((d) => d.severity);
}

describe('R142 IAM, STS and Organizations policy size quotas', () => {
  const cases: [PolicyKind, number][] = [
    ['identity', 10_240],
    ['boundary', 6_144],
    ['session', 2_048],
    ['trust', 4_096],
    ['scp', 5_120],
    ['rcp', 5_120],
  ];
  for (const [kind, limit] of cases) {
    it(`a ${kind} policy of ${limit} characters is accepted, one of ${limit + 1} is an error`, () => {
      expect(sizeFindings(policyOfSize(limit, kind), { kind })).to.not.include('error');
      expect(sizeFindings(policyOfSize(limit + 1, kind), { kind })).to.deep.equal(['error']);
    });
  }

  it('a managed-policy-sized identity policy warns past 6,144, and a trust policy past the default 2,048', () => {
    expect(sizeFindings(policyOfSize(6_144, 'identity'), { kind: 'identity' })).to.deep.equal([]);
    expect(sizeFindings(policyOfSize(6_145, 'identity'), { kind: 'identity' })).to.deep.equal(['warning']);
    expect(sizeFindings(policyOfSize(2_049, 'trust'), { kind: 'trust' })).to.deep.equal(['warning']);
  });

  it('white space between JSON tokens is not counted (reference_iam-quotas.md)', () => {
    const document = policyOfSize(10_000, 'identity');
    const text = JSON.stringify(document).replaceAll(',', `,\n${' '.repeat(200)}`);
    expect(text.length).to.be.above(10_240);
    expect(sizeFindings(text, { kind: 'identity' })).to.deep.equal(['warning']);
  });

  it('the error is one line that names the size, the quota, what it is for and the source', () => {
    const [message] = validatePolicy(policyOfSize(2_100, 'session'), {
      kind: 'session',
      catalog: false,
      source: 'p.json',
    })
      .diagnostics.filter((d) => d.code === 'policy-too-large')
      .map((d) => d.message);
    expect(message).to.equal(
      'p.json: the policy has 2,100 characters without whitespace, more than the 2,048 AWS accepts for a session policy (AWS STS API Reference, AssumeRole (Policy)); split it into smaller policies',
    );
  });
});

describe('R143 resource-based policy size quotas, by service', () => {
  const cases: [string, number][] = [
    ['s3', 20_480],
    ['kms', 32_768],
    ['sqs', 8_192],
    ['sns', 30_720],
    ['lambda', 20_480],
    ['secretsmanager', 20_480],
  ];
  for (const [service, limit] of cases) {
    it(`a ${service} resource policy of ${limit} is accepted, one of ${limit + 1} is an error`, () => {
      expect(sizeFindings(policyOfSize(limit, 'resource'), { kind: 'resource', service })).to.deep.equal([]);
      expect(sizeFindings(policyOfSize(limit + 1, 'resource'), { kind: 'resource', service })).to.deep.equal(['error']);
    });
  }

  it('byte quotas count UTF-8 bytes: 10,000 "é" are 20,000 bytes', () => {
    const document = policyOfSize(10_500, 'resource', 'é');
    expect(sizeFindings(document, { kind: 'resource', service: 's3' })).to.deep.equal(['error']);
    expect(sizeFindings(document, { kind: 'resource', service: 'secretsmanager' })).to.deep.equal([]);
  });

  it('an unknown service, and a policy without a kind, are held to the largest resource quota (32,768 bytes)', () => {
    for (const options of [{ kind: 'resource' as const, service: 'ec2' }, { kind: 'resource' as const }, {}]) {
      expect(sizeFindings(policyOfSize(32_768, 'resource'), options)).to.deep.equal([]);
      expect(sizeFindings(policyOfSize(32_769, 'resource'), options)).to.deep.equal(['error']);
    }
  });

  it('the 600 KB policies that stalled validate are refused by size and still answer in well under 1 s', () => {
    const patterns = Array.from({ length: 40_000 }, (_, i) => `ec2:d*${i.toString(36)}q*`);
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: patterns, Resource: '*' }],
    });
    const started = performance.now();
    const codes = validatePolicy(text, { kind: 'identity' }).diagnostics.map((d) => d.code);
    expect(performance.now() - started).to.be.below(1000);
    expect(codes).to.include('policy-too-large');
  });
});
