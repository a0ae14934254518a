import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';

const ACCOUNT = '123456789012';
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;

/** A statement whose Resource list is padded with `n` characters of ARNs, so the policy has about that size. */
function paddedStatement(n: number, principal = false): Record<string, unknown> {
  const resources = Array.from(
    { length: Math.ceil(n / 30) },
    (_, i) => `arn:aws:s3:::pad-${String(i).padStart(8, '0')}`,
  );
  return {
    Effect: 'Allow',
    ...(principal ? { Principal: { AWS: USER } } : {}),
    Action: 's3:GetObject',
    Resource: ['arn:aws:s3:::b/k', ...resources],
  };
}

function bundleText(parts: {
  identity?: Record<string, unknown>[];
  resourcePolicy?: Record<string, unknown>;
  resource?: string;
  context?: Record<string, string | string[]>;
  tags?: Record<string, string>;
}): string {
  return JSON.stringify({
    principal: {
      kind: 'user',
      arn: USER,
      account: ACCOUNT,
      identityPolicies: (parts.identity ?? []).map((s) => ({ Version: '2012-10-17', Statement: [s] })),
      ...(parts.tags === undefined ? {} : { tags: parts.tags }),
    },
    ...(parts.resourcePolicy === undefined
      ? {}
      : { resourcePolicy: { Version: '2012-10-17', Statement: [parts.resourcePolicy] } }),
    request: {
      action: 's3:GetObject',
      resource: parts.resource ?? 'arn:aws:s3:::b/k',
      ...(parts.context === undefined ? {} : { context: parts.context }),
    },
  });
}

function outcome(text: string): { decision?: string; codes: string[]; messages: string[] } {
  const parsed = parseBundle(text, 'bundle.json');
  if (parsed.bundle === undefined) {
    return { codes: parsed.diagnostics.map((d) => d.code), messages: parsed.diagnostics.map((d) => d.message) };
  }
  return { decision: simulate(parsed.bundle).decision, codes: [], messages: [] };
}

describe('R142 R143 simulate refuses a bundle with a policy over its size quota', () => {
  it('an identity policy under 10,240 characters is decided, one over it refuses the bundle', () => {
    expect(outcome(bundleText({ identity: [paddedStatement(9_000)] })).decision).to.equal('Allow');
    const refused = outcome(bundleText({ identity: [paddedStatement(11_000)] }));
    expect(refused.codes).to.deep.equal(['policy-too-large']);
    expect(refused.messages[0]).to.match(
      /^bundle\.json:\d+:\d+: principal\.identityPolicies\[0\]: the policy has [\d,]+ characters without whitespace, more than the 10,240 AWS accepts for an identity policy/,
    );
  });

  it("a resource policy is held to its resource's service quota: 25 KB is too large on a bucket, not on a KMS key", () => {
    const statement = paddedStatement(25_000, true);
    expect(outcome(bundleText({ resourcePolicy: statement })).codes).to.deep.equal(['policy-too-large']);
    const onKey = bundleText({
      resourcePolicy: { ...statement, Resource: '*' },
      resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`,
    });
    expect(outcome(onKey).codes).to.deep.equal([]);
  });

  it("the reviewer's 800 KB bundle of long `?` segments is refused by size, in well under 1 s", () => {
    const k = 8000;
    const pattern = `arn:aws:s3:::*${`b${'?'.repeat(32)}*`.repeat(k)}`;
    const text = bundleText({ identity: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: pattern }] });
    const started = performance.now();
    expect(outcome(text).codes).to.include('policy-too-large');
    expect(performance.now() - started).to.be.below(1000);
  });
});

describe('R144 simulate refuses request values longer than AWS allows', () => {
  it('a resource ARN of 2,048 characters is decided, one of 2,049 refuses the bundle with one line', () => {
    const arn = (n: number) => `arn:aws:s3:::b/${'k'.repeat(n - 'arn:aws:s3:::b/'.length)}`;
    expect(outcome(bundleText({ resource: arn(2_048) })).decision).to.equal('ImplicitDeny');
    const refused = outcome(bundleText({ resource: arn(2_049) }));
    expect(refused.codes).to.deep.equal(['bundle-value-too-long']);
    expect(refused.messages).to.have.length(1);
    expect(refused.messages[0]).to.match(
      /^bundle\.json:1:\d+: request\.resource: is 2,049 characters long; a resource ARN may have at most 2,048 \(R144\)$/,
    );
  });

  it('a context value (alone or in a list) over 4,096 characters, a tag value over 256 and a tag key over 128', () => {
    const long = 'v'.repeat(4_097);
    expect(outcome(bundleText({ context: { 's3:prefix': 'v'.repeat(4_096) } })).decision).to.equal('ImplicitDeny');
    expect(outcome(bundleText({ context: { 's3:prefix': long } })).codes).to.deep.equal(['bundle-value-too-long']);
    const list = outcome(bundleText({ context: { 'aws:TagKeys': ['a', long] } }));
    expect(list.messages[0]).to.contain('request.context.aws:TagKeys[1]: is 4,097 characters long; a context value');
    expect(outcome(bundleText({ tags: { team: 'x'.repeat(256) } })).decision).to.equal('ImplicitDeny');
    expect(outcome(bundleText({ tags: { team: 'x'.repeat(257) } })).messages[0]).to.contain(
      'principal.tags.team: is 257 characters long; a tag value may have at most 256 (R144)',
    );
    expect(outcome(bundleText({ tags: { ['k'.repeat(129)]: 'x' } })).codes).to.deep.equal(['bundle-value-too-long']);
  });
});
