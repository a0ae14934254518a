import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validatePolicy } from '../../src/lint/validate-policy.js';

const withCondition = (condition: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }],
  });

function findings(condition: object, options: Parameters<typeof validatePolicy>[1] = {}): string[] {
  return validatePolicy(withCondition(condition), options).diagnostics.map(
    (d) => `${d.severity} ${d.code}@${d.path}: ${d.message}`,
  );
}

describe('R40 R154 condition keys are compared with the catalogue', () => {
  it("a misspelt global key is a warning with a did-you-mean: aws:SecureTransprot → 'aws:SecureTransport'", () => {
    expect(findings({ Bool: { 'aws:SecureTransprot': 'true' } })).to.deep.equal([
      "warning condition-key-unknown@Statement[0].Condition.Bool.aws:SecureTransprot: Statement[0].Condition.Bool.aws:SecureTransprot: unknown condition key 'aws:SecureTransprot'; did you mean 'aws:SecureTransport'?",
    ]);
  });

  it('documented keys pass in any letter case: global, service, identity-provider and SAML keys', () => {
    const condition = {
      Bool: { 'AWS:SECURETRANSPORT': 'true' },
      StringEquals: {
        'aws:sourcevpce': 'vpce-1',
        's3:prefix': 'home/',
        'sts:ExternalId': 'x',
        'saml:aud': 'https://signin.aws.amazon.com/saml',
        'accounts.google.com:aud': 'app',
        'token.actions.githubusercontent.com:sub': 'repo:o/r:ref:refs/heads/main',
        'oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub': 'system:serviceaccount:a:b',
        'kms:EncryptionContext:purpose': 'backup',
        'iam:PassedToService': 'lambda.amazonaws.com',
      },
    };
    expect(findings(condition)).to.deep.equal([]);
  });

  it('tag keys are free-form after the slash, for global and service tag keys', () => {
    const condition = {
      StringEquals: {
        'aws:PrincipalTag/any thing:here': 'x',
        'aws:RequestTag/__proto__': 'x',
        'aws:ResourceTag/team/sub': 'x',
        's3:ExistingObjectTag/classification': 'x',
        'ec2:ResourceTag/Name': 'x',
        'secretsmanager:ResourceTag/owner': 'x',
      },
    };
    expect(findings(condition)).to.deep.equal([]);
  });

  it('a misspelt tag-key prefix keeps the tag key in the suggestion', () => {
    const [message] = findings({ StringEquals: { 'aws:PrincipleTag/team': 'x' } });
    expect(message).to.contain("did you mean 'aws:PrincipalTag/team'?");
  });

  it('a tag-key prefix with nothing after the slash is unknown', () => {
    const [message] = findings({ StringEquals: { 'aws:PrincipalTag/': 'x' } });
    expect(message).to.contain('condition-key-unknown').and.to.contain('a tag key must follow the slash');
  });

  it('a misspelt service key and a key under an unknown prefix are found, with suggestions', () => {
    expect(
      findings({ StringLike: { 's3:prefx': 'a/*', 's4:prefix': 'a/*' } }).map((m) => m.split(': ').at(-1)),
    ).to.deep.equal([
      "unknown condition key 's3:prefx'; did you mean 's3:prefix'?",
      "unknown condition key 's4:prefix'; did you mean 's3:prefix'?",
    ]);
  });

  it('a global key written without its prefix suggests the prefix', () => {
    const [message] = findings({ Bool: { SecureTransport: 'true' } });
    expect(message).to.contain("did you mean 'aws:SecureTransport'?");
  });

  it('an identity provider claim that the guide does not document is unknown', () => {
    const [message] = findings({ StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/X:subb': 'x' } });
    expect(message).to.contain("did you mean 'oidc.eks.eu-west-1.amazonaws.com/id/X:sub'?");
  });

  it("catalogSeverity: 'error' makes every catalogue finding an error", () => {
    const input = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:GetObjekt', 's4:GetObject', 's3:Gett*'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransprot': 'true' } },
        },
      ],
    });
    const result = validatePolicy(input, { catalogSeverity: 'error' });
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).to.deep.equal([
      'error action-unknown',
      'error service-unknown',
      'error action-matches-nothing',
      'error condition-key-unknown',
    ]);
    expect(result.policy).to.not.equal(undefined);
  });

  it('knownConditionKeys and knownActions relax the catalogue (lowercase names)', () => {
    const input = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObjectBrandNew', 'newsvc:DoThing', 'newsvc:Do*'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:BrandNewKey': 'x' } },
        },
      ],
    });
    const relaxed = validatePolicy(input, {
      catalogSeverity: 'error',
      knownActions: new Set(['s3:getobjectbrandnew', 'newsvc:dothing']),
      knownConditionKeys: new Set(['aws:brandnewkey']),
    });
    expect(relaxed.diagnostics).to.deep.equal([]);
    const strict = validatePolicy(input, { catalogSeverity: 'error' });
    expect(strict.diagnostics.map((d) => d.code)).to.deep.equal([
      'action-unknown',
      'service-unknown',
      'service-unknown',
      'condition-key-unknown',
    ]);
  });

  it('a known service still reports its unknown actions, suggesting among the known names too', () => {
    const result = validatePolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'newsvc:DoThinq', Resource: '*' }],
      }),
      { knownActions: new Set(['newsvc:dothing']) },
    );
    expect(result.diagnostics.map((d) => d.message)).to.deep.equal([
      "Statement[0].Action: unknown action 'newsvc:DoThinq'; did you mean 'newsvc:dothing'?",
    ]);
  });

  it('is skipped with catalog: false', () => {
    expect(findings({ Bool: { 'aws:SecureTransprot': 'true' } }, { catalog: false })).to.deep.equal([]);
  });
});
