// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { checkActionPattern } from '../../src/match/check-action-pattern.js';
import { checkPrincipalValue, type PrincipalType } from '../../src/match/check-principal-value.js';
import { checkResourcePattern } from '../../src/match/check-resource-pattern.js';
import type { Diagnostic } from '../../src/policy/diagnostic.js';

const PATH = 'Statement[0].X[1]';

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity}:${d.code}`);
}

function expectShape(diagnostics: readonly Diagnostic[], value: string): void {
  for (const d of diagnostics) {
    expect(d.path).to.equal(PATH);
    expect(d.message).to.include(`"${value}"`);
    expect(d.message).not.to.include('\n');
  }
}

describe('checkActionPattern', () => {
  const rows: readonly (readonly [string, readonly string[]])[] = [
    ['*', []],
    ['s3:GetObject', []],
    ['S3:getobject', []],
    ['s3:*', []],
    ['iam:*AccessKey*', []],
    ['s3:Get?bject', []],
    ['execute-api:Invoke', []],
    ['*:*', ['error:action-service-wildcard']],
    ['s*:GetObject', ['error:action-service-wildcard']],
    ['?3:GetObject', ['error:action-service-wildcard']],
    ['s3GetObject', ['error:action-malformed']],
    ['s3:', ['error:action-malformed']],
    [':GetObject', ['error:action-malformed']],
    ['s3:Get:Object', ['error:action-malformed']],
    ['s3: GetObject', ['error:action-malformed']],
    ['', ['error:action-malformed']],
    ['**', ['error:action-malformed']],
  ];
  for (const [pattern, expected] of rows) {
    it(`${JSON.stringify(pattern)} → ${JSON.stringify(expected)}`, () => {
      const diagnostics = checkActionPattern(pattern, PATH);
      expect(codes(diagnostics)).to.deep.equal(expected);
      expectShape(diagnostics, pattern);
    });
  }
});

describe('checkResourcePattern', () => {
  const rows: readonly (readonly [string, readonly string[]])[] = [
    ['*', []],
    ['arn:aws:s3:::bucket/*', []],
    ['arn:aws:s3:::*', []],
    ['arn:*:s3:::b', []],
    ['arn:aws:iam::*:role/x', []],
    ['arn:aws:lambda:us-east-1:111122223333:function:f:1', []],
    ['arn:aws:s3:::bucket/${aws:username}/*', []],
    ['arn:aws:sqs:us-east-2:*:${aws:username}-queue', []],
    ['arn:aws:*:::b', ['error:arn-service-wildcard']],
    ['arn:aws:s?:::b', ['error:arn-service-wildcard']],
    ['arn:aws:s3::b', ['error:arn-malformed']],
    ['arn:aws:s3', ['error:arn-malformed']],
    ['bucket/*', ['error:arn-malformed']],
    ['ARN:aws:s3:::b', ['error:arn-malformed']],
    ['arn:aws::::b', ['error:arn-malformed']],
    ['arn:aws:s3:::', ['error:arn-malformed']],
    ['arn:aws:iam::${aws:PrincipalAccount}:user/x', ['warning:arn-variable-outside-resource']],
  ];
  for (const [pattern, expected] of rows) {
    it(`${JSON.stringify(pattern)} → ${JSON.stringify(expected)}`, () => {
      const diagnostics = checkResourcePattern(pattern, PATH);
      expect(codes(diagnostics)).to.deep.equal(expected);
      expectShape(diagnostics, pattern);
    });
  }
});

describe('checkPrincipalValue', () => {
  const A = '111122223333';
  const rows: readonly (readonly [PrincipalType, string, readonly string[]])[] = [
    ['AWS', '*', []],
    ['AWS', A, []],
    ['AWS', `arn:aws:iam::${A}:root`, []],
    ['AWS', `arn:aws-cn:iam::${A}:root`, []],
    ['AWS', `arn:aws:iam::${A}:user/alice`, []],
    ['AWS', `arn:aws:iam::${A}:user/division/alice`, []],
    ['AWS', `arn:aws:iam::${A}:role/Admin`, []],
    ['AWS', `arn:aws:sts::${A}:assumed-role/Admin/session`, []],
    ['AWS', `arn:aws:sts::${A}:federated-user/carol`, []],
    ['AWS', `arn:aws:iam::${A}:user/*`, ['error:principal-wildcard']],
    ['AWS', `arn:aws:sts::${A}:assumed-role/Admin/*`, ['error:principal-wildcard']],
    ['AWS', 'arn:aws:iam::*:root', ['error:principal-wildcard']],
    ['AWS', '11112222333?', ['error:principal-wildcard']],
    ['AWS', '11112222333', ['error:principal-malformed']],
    ['AWS', `arn:aws:iam::${A}:group/devs`, ['error:principal-malformed']],
    ['AWS', `arn:aws:iam::${A}:federated-user/carol`, ['error:principal-malformed']],
    ['AWS', `arn:aws:sts::${A}:assumed-role/Admin`, ['error:principal-malformed']],
    ['AWS', `arn:aws:iam::${A}:user/`, ['error:principal-malformed']],
    ['AWS', `arn:aws:iam:us-east-1:${A}:root`, ['error:principal-malformed']],
    ['AWS', 'arn:aws:iam::aws:root', ['error:principal-malformed']],
    ['AWS', 'ecs.amazonaws.com', ['error:principal-malformed']],
    ['AWS', 'AIDACKCEVSQ6C2EXAMPLE', ['warning:principal-unique-id']],
    ['AWS', 'AROADBQP57FF2AEXAMPLE', ['warning:principal-unique-id']],
    ['Service', 'ecs.amazonaws.com', []],
    ['Service', 'elasticloadbalancing.amazonaws.com', []],
    ['Service', '*', ['error:principal-wildcard']],
    ['Service', '*.amazonaws.com', ['error:principal-wildcard']],
    ['Service', 'ecs', ['error:principal-malformed']],
    ['Service', 'ecs amazonaws.com', ['error:principal-malformed']],
    ['Federated', 'accounts.google.com', []],
    ['Federated', 'cognito-identity.amazonaws.com', []],
    ['Federated', `arn:aws:iam::${A}:saml-provider/ExampleCorpProvider`, []],
    ['Federated', `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`, []],
    ['Federated', `arn:aws:iam::${A}:role/x`, ['error:principal-malformed']],
    ['Federated', `arn:aws:iam::${A}:saml-provider/*`, ['error:principal-wildcard']],
    ['Federated', 'google', ['error:principal-malformed']],
    ['CanonicalUser', '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be', []],
    ['CanonicalUser', '79a59df9', ['error:principal-malformed']],
    ['CanonicalUser', '*', ['error:principal-wildcard']],
  ];
  for (const [type, value, expected] of rows) {
    it(`${type} ${JSON.stringify(value)} → ${JSON.stringify(expected)}`, () => {
      const diagnostics = checkPrincipalValue(type, value, PATH);
      expect(codes(diagnostics)).to.deep.equal(expected);
      expectShape(diagnostics, value);
    });
  }
});
