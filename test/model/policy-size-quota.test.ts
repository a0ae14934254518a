import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readDocument } from '../../src/model/read-document.js';

/** An identity policy with `n` object ARNs in its Resource list. */
function identityPolicy(n: number): Record<string, unknown> {
  const resources = Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket/key-${i}`);
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }] };
}

describe('R142 scenario policies are held to the size quotas of their kind', () => {
  it('an identity policy over 10,240 characters is refused with one line saying so; a smaller one is read', () => {
    expect(() => readDocument('small', 'identity', identityPolicy(100))).to.not.throw();
    expect(() => readDocument('big', 'identity', identityPolicy(500))).to.throw(
      /identity policy "big": the policy has [\d,]+ characters without whitespace, more than the 10,240 AWS accepts/,
    );
  });

  it('a session-sized limit applies to session policies and a managed-policy limit to boundaries', () => {
    expect(() => readDocument('s', 'session', identityPolicy(80))).to.throw(/more than the 2,048 AWS accepts/);
    expect(() => readDocument('b', 'boundary', identityPolicy(250))).to.throw(/more than the 6,144 AWS accepts/);
  });
});
