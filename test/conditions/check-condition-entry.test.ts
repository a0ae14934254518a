// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { checkConditionEntry } from '../../src/conditions/check-condition-entry.js';
import type { Diagnostic } from '../../src/policy/diagnostic.js';

const PATH = 'Statement[0].Condition';

function check(operator: string, values: string[], key = 'k'): Diagnostic[] {
  return checkConditionEntry({ operator, key, values, path: `${PATH}.${operator}.${key}` });
}

const valid: [string, string[], string?][] = [
  ['StringEquals', ['anything', '', '${aws:username}']],
  ['StringLike', ['*', '?', '${unterminated']],
  ['ForAnyValue:StringLikeIfExists', ['a*'], 'aws:TagKeys'],
  ['NumericLessThanEquals', ['10', '-2.5', '1e3']],
  ['DateGreaterThan', ['2020-01-01T00:00:01Z', '2020', '1577836800']],
  ['Bool', ['true', 'False', '${aws:PrincipalTag/x}']],
  ['BinaryEquals', ['QmluYXJ5VmFsdWVJbkJhc2U2NA==', 'QQ']],
  ['IpAddress', ['203.0.113.0/24', '2001:DB8:1234:5678::/64', '10.1.2.3']],
  ['NotIpAddressIfExists', ['::1']],
  ['ArnLike', ['arn:aws:sns:*:123456789012:*']],
  ['Null', ['true', 'false']],
];

const badValues: [string, string, string][] = [
  ['NumericEquals', 'ten', 'integer or decimal'],
  ['NumericEquals', '${aws:MultiFactorAuthAge}', 'no policy variables'],
  ['DateLessThan', '2020-13-01', 'ISO 8601'],
  ['DateLessThan', '2020-*', 'no wildcards'],
  ['Bool', 'yes', '"true" or "false"'],
  ['BinaryEquals', 'not base64', 'base64'],
  ['IpAddress', '10.0.0.0/33', 'CIDR'],
  ['NotIpAddress', 'localhost', 'CIDR'],
  ['Null', 'yes', '"true"'],
];

describe('checkConditionEntry', () => {
  for (const [operator, values, key] of valid) {
    it(`accepts ${operator} ${JSON.stringify(values)}`, () => {
      expect(check(operator, values, key)).to.deep.equal([]);
    });
  }

  for (const [operator, value, hint] of badValues) {
    it(`R68: rejects ${operator} ${JSON.stringify(value)} and says what is valid`, () => {
      const diagnostics = check(operator, [value]);
      expect(diagnostics).to.have.length(1);
      const [diagnostic] = diagnostics;
      expect(diagnostic?.code).to.equal('condition-bad-value');
      expect(diagnostic?.severity).to.equal('error');
      expect(diagnostic?.path).to.equal(`${PATH}.${operator}.k`);
      expect(diagnostic?.message).to.include(JSON.stringify(value)).and.include(hint);
    });
  }

  it('reports each bad value once', () => {
    const diagnostics = check('NumericEquals', ['1', 'x', 'y']);
    expect(diagnostics.map((d) => d.code)).to.deep.equal(['condition-bad-value', 'condition-bad-value']);
  });

  const unknown: [string, string][] = [
    ['StringEqual', 'StringEquals'],
    ['stringequals', 'StringEquals'],
    ['StringEqualsIgnorecase', 'StringEqualsIgnoreCase'],
    ['ForAllValue:StringLike', 'ForAllValues:StringLike'],
    ['ForAnyValues:StringEquals', 'ForAnyValue:StringEquals'],
    ['IPAddress', 'IpAddress'],
    ['ArnLikeIfExist', 'ArnLikeIfExists'],
    ['DateGreaterThenEquals', 'DateGreaterThanEquals'],
  ];
  for (const [operator, suggestion] of unknown) {
    it(`R41: ${operator} is unknown and ${suggestion} is suggested`, () => {
      const [diagnostic, ...rest] = check(operator, ['x']);
      expect(rest).to.deep.equal([]);
      expect(diagnostic?.code).to.equal('condition-unknown-operator');
      expect(diagnostic?.severity).to.equal('error');
      expect(diagnostic?.message).to.include(`"${operator}"`).and.include(`did you mean "${suggestion}"?`);
    });
  }

  it('names no suggestion when nothing is close', () => {
    const [diagnostic] = check('CompletelyDifferentThing', ['x']);
    expect(diagnostic?.message).to.include('is not a condition operator').and.not.include('did you mean');
  });

  for (const operator of ['NullIfExists', 'ForAllValues:NullIfExists']) {
    it(`R43: ${operator} is invalid and says why`, () => {
      const [diagnostic] = check(operator, ['true']);
      expect(diagnostic?.code).to.equal('condition-unknown-operator');
      expect(diagnostic?.message).to.include('Null takes no IfExists');
    });
  }

  it('R56: warns that Null with a set qualifier is constant', () => {
    const [diagnostic] = check('ForAnyValue:Null', ['true']);
    expect(diagnostic?.code).to.equal('condition-null-with-qualifier');
    expect(diagnostic?.severity).to.equal('warning');
    expect(diagnostic?.message).to.include('always false');
    expect(check('ForAllValues:Null', ['true'])[0]?.message).to.include('always true');
  });

  for (const key of ['aws:SourceIp', 'AWS:username', 'aws:ResourceTag/Team', 'aws:RequestTag/env']) {
    it(`R42: warns about a set qualifier on single-valued ${key}`, () => {
      const [diagnostic] = check('ForAllValues:StringEqualsIfExists', ['x'], key);
      expect(diagnostic?.code).to.equal('condition-qualifier-on-single-valued-key');
      expect(diagnostic?.severity).to.equal('warning');
      expect(diagnostic?.message).to.include('"StringEqualsIfExists"');
    });
  }

  for (const key of ['aws:TagKeys', 'aws:CalledVia', 'dynamodb:Attributes', 'aws:PrincipalOrgPaths']) {
    it(`does not warn about a set qualifier on ${key}`, () => {
      expect(check('ForAnyValue:StringLike', ['x'], key)).to.deep.equal([]);
    });
  }
});
