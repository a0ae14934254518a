import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validatePolicy } from '../../src/lint/validate-policy.js';

const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

function found(input: string, options: Parameters<typeof validatePolicy>[1] = {}): string[] {
  return validatePolicy(input, options).diagnostics.map((d) => `${d.severity} ${d.code}@${d.path}`);
}

describe('validatePolicy', () => {
  it('a clean policy has no diagnostics', () => {
    expect(
      found(policy({ Effect: 'Allow', Action: ['s3:GetObject', 's3:List*'], Resource: 'arn:aws:s3:::b/*' })),
    ).to.deep.equal([]);
  });

  describe('catalogue lint (R19) gives warnings', () => {
    it("unknown action: did you mean 's3:GetObject'?", () => {
      const result = validatePolicy(policy({ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }), {
        source: 'p.json',
      });
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.path])).to.deep.equal([
        ['action-unknown', 'warning', 'Statement[0].Action'],
      ]);
      expect(result.diagnostics[0]?.message).to.equal(
        "p.json:1:56: Statement[0].Action: unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?",
      );
    });
    it('unknown service', () => {
      expect(found(policy({ Effect: 'Allow', Action: ['s4:GetObject'], Resource: '*' }))).to.deep.equal([
        'warning service-unknown@Statement[0].Action[0]',
      ]);
    });
    it('a pattern that matches nothing', () => {
      expect(found(policy({ Effect: 'Deny', NotAction: 's3:Gett*', Resource: '*' }))).to.deep.equal([
        'warning action-matches-nothing@Statement[0].NotAction',
      ]);
    });
    it('is case-insensitive, as AWS is', () => {
      expect(
        found(policy({ Effect: 'Allow', Action: ['S3:GETOBJECT', 'EC2:describe*'], Resource: '*' })),
      ).to.deep.equal([]);
    });
    it('is skipped with catalog: false', () => {
      expect(
        found(policy({ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }), { catalog: false }),
      ).to.deep.equal([]);
    });
    it('leaves malformed actions to the pattern checker (no catalogue warning on top)', () => {
      const result = found(policy({ Effect: 'Allow', Action: 's3 GetObject', Resource: '*' }));
      expect(result.some((d) => d.includes('action-unknown') || d.includes('service-unknown'))).to.equal(false);
      expect(result.length).to.be.greaterThan(0);
    });
  });

  describe('delegates value checks to the matchers and condition checker', () => {
    it('resource, principal and condition findings carry JSON paths', () => {
      const input = JSON.stringify({
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::123456789012:user/*'] },
          Action: 's3:GetObject',
          Resource: 'bucket',
          Condition: { StringEqual: { 'aws:username': 'x' } },
        },
      });
      const paths = validatePolicy(input).diagnostics.map((d) => d.path);
      expect(paths).to.include('Statement.Resource');
      expect(paths).to.include('Statement.Principal.AWS[0]');
      expect(paths).to.include('Statement.Condition.StringEqual.aws:username');
    });
    it('adopted messages gain the file, position and path', () => {
      const [d] = validatePolicy(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'bucket' }), {
        source: 'p.json',
      }).diagnostics;
      expect(d?.message.startsWith('p.json:1:')).to.equal(true);
      expect(d?.message).to.include('Statement[0].Resource: ');
    });
  });

  it('returns the parse diagnostics alone when the document is structurally broken', () => {
    expect(found(policy({ Effect: 'allow', Action: 's3:GetObjekt', Resource: '*' }))).to.deep.equal([
      'error effect-invalid@Statement[0].Effect',
    ]);
  });

  it('still checks the readable statements when a sibling statement is broken (nothing is lost)', () => {
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' },
        { Effect: 'allow', Action: 's3:GetObject', Resource: '*' },
      ],
    });
    expect(found(doc)).to.deep.equal([
      'error effect-invalid@Statement[1].Effect',
      'warning action-unknown@Statement[0].Action',
    ]);
  });

  it('accepts already-parsed objects', () => {
    expect(
      found({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' },
      } as unknown as string),
    ).to.deep.equal(['warning action-unknown@Statement.Action']);
  });
});
