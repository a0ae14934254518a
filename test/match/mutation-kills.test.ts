// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
// Cases added for mutants that survived `npm run mutation` (docs/testing.md): each pins documented behaviour
// that the table tests did not reach.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Caller } from '../../src/context/caller.js';
import { RequestContext } from '../../src/context/request-context.js';
import { compileActionMatcher } from '../../src/match/action-matcher.js';
import { compileArnPattern } from '../../src/match/arn-pattern.js';
import { checkActionPattern } from '../../src/match/check-action-pattern.js';
import { checkPrincipalValue, type PrincipalType } from '../../src/match/check-principal-value.js';
import { checkResourcePattern } from '../../src/match/check-resource-pattern.js';
import { compileGlob } from '../../src/match/glob.js';
import { compilePrincipalMatcher } from '../../src/match/principal-matcher.js';
import { compileTemplate } from '../../src/match/policy-variables.js';
import { compileResourceMatcher } from '../../src/match/resource-matcher.js';
import { scanArnSource } from '../../src/match/scan-arn-source.js';
import type { PrincipalSpec } from '../../src/policy/policy.js';

const PAIR = '\uD83D\uDE00'; // one code point, two UTF-16 units

describe('R20 `?` matches exactly one code point', () => {
  const rows: readonly (readonly [pattern: string, input: string, expected: boolean])[] = [
    ['a?b', `a${PAIR}b`, true],
    ['a??b', `a${PAIR}b`, false],
    ['?', '\uD800\uDC00', true],
    ['?', '\uDBFF\uDC00', true],
    ['?', '\uD800\uDFFF', true],
    ['?', '\uDBFF\uDFFF', true],
    ['?', '\uD7FF\uDC00', false],
    ['?', '\uDC00\uDC00', false],
    ['?', '\uD800\uE000', false],
    ['??', '\uDC00\uDC00', true],
    ['??', '\uD800\uD800', true],
    ['??', '\uD800\uE000', true],
    ['??', '\uD7FF\uDC00', true],
    // anchored at the end: the last `?` takes the whole pair
    ['*?', PAIR, true],
    ['*??', PAIR, false],
    ['*??', `x${PAIR}`, true],
    ['*??', '\uD800a', true],
    ['*?', '\uDC00', true],
    ['*??', '\uDC00\uDC00', true],
    ['x*?', `x${PAIR}`, true],
    ['x*??', `x${PAIR}`, false],
    // in the middle
    ['*?b*', `${PAIR}b`, true],
    ['*??b*', `${PAIR}b`, false],
    ['a*??*', `a${PAIR}`, false],
    ['a*?*', `a${PAIR}`, true],
    ['a*?x?*b', `a${PAIR}x${PAIR}b`, true],
    ['a*?x??*b', `a${PAIR}x${PAIR}b`, false],
  ];
  for (const [pattern, input, expected] of rows) {
    it(`R20 ${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(input)}`, () => {
      expect(compileGlob(pattern).test(input)).to.equal(expected);
    });
  }
});

describe('R20 globs with several `*` and `?`', () => {
  const rows: readonly (readonly [pattern: string, input: string, expected: boolean])[] = [
    ['?', '', false],
    ['a?', 'a', false],
    ['*?', '', false],
    ['?*', '', false],
    ['?*?', 'a', false],
    ['?*?', 'ab', true],
    ['a*b?', 'ab', false],
    ['a*b?', 'abc', true],
    ['a*?b*c', 'abc', false],
    ['a*?b*c', 'axbc', true],
    ['*a?c*', 'abc', true],
    ['*a?c*', 'xxabcxx', true],
    ['*a?c*', 'ac', false],
    ['*a?c*', 'xxacxx', false],
    ['*b?d*', 'abcbxd', true],
    ['*?c*', 'c', false],
    ['*x*?', 'x', false],
    ['*x*?', 'xy', true],
    ['a*x?*y', 'axy', false],
    ['a*x?*y', 'ax1y', true],
    ['a*x?*y', 'aaax1y', true],
    ['*ab*', 'a', false],
    ['*a*b*', 'ba', false],
    ['*a*b*', 'ab', true],
    ['**a', 'ba', true],
    ['a*', 'A', false],
    ['*A', 'a', false],
    ['a*b*c', 'abcb', false],
    ['a*bc', 'abcbc', true],
    ['ab*', 'a', false],
    ['*', '', true],
    ['a*?', 'a', false],
  ];
  for (const [pattern, input, expected] of rows) {
    it(`R20 ${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(input)}`, () => {
      expect(compileGlob(pattern).test(input)).to.equal(expected);
    });
  }
  it('R34 literal pieces keep `*` and `?` as characters', () => {
    const glob = compileGlob([
      { text: 'a', wildcards: true },
      { text: '*?', wildcards: false },
      { text: '*', wildcards: true },
    ]);
    expect(glob.test('a*?')).to.equal(true);
    expect(glob.test('a*?zz')).to.equal(true);
    expect(glob.test('axy')).to.equal(false);
  });
  it('R21 ignoreCase lowercases the pattern', () => {
    expect(compileGlob('S3:Get*', { ignoreCase: true }).test('s3:getobject')).to.equal(true);
    expect(compileGlob('S3:Get*', { ignoreCase: false }).test('s3:getobject')).to.equal(false);
    expect(compileGlob('S3:GetObject', { ignoreCase: true }).test('s3:getobject')).to.equal(true);
  });
});

describe('R21 R22 compileActionMatcher', () => {
  it('R21 wildcard patterns match case-insensitively', () => {
    const matcher = compileActionMatcher(['S3:Get*']);
    expect(matcher.test('s3:getobject')).to.equal(true);
    expect(matcher.test('s3:putobject')).to.equal(false);
  });
  it('R22 a pattern with no colon counts as its own service', () => {
    const matcher = compileActionMatcher([':GetObject']);
    expect(matcher.services === 'any' ? 'any' : [...matcher.services]).to.deep.equal(['']);
    expect(matcher.test(':getobject')).to.equal(true);
  });
  it('R22 "*" among other patterns matches every action', () => {
    const matcher = compileActionMatcher(['s3:GetObject', '*']);
    expect(matcher.test('ec2:runinstances')).to.equal(true);
    expect(matcher.services).to.equal('any');
  });
  it('R22 a pattern that is not "*" does not match every action', () => {
    const matcher = compileActionMatcher(['s3:*']);
    expect(matcher.test('ec2:runinstances')).to.equal(false);
  });
});

describe('R25 R26 compileArnPattern', () => {
  const rows: readonly (readonly [pattern: string, value: string, expected: boolean])[] = [
    // wildcard in a head segment: matched segment by segment
    ['arn:aws:s3:*:*:b', 'arn:aws:s3:::b', true],
    ['arn:aws:s3:*:*:b', 'arn:aws:s3:::c', false],
    ['arn:aws:s3:*:*:b', 'arn:aws:s3::', false],
    ['arn:aws:s3:*:*:b', 'arn:aws:s3', false],
    ['arn:aws:s3:*:*:b*', 'arn:aws:s3:::b:c', true],
    ['arn:aws:s?:::b', 'arn:aws:s3:::b', true],
    ['arn:aws:s?:::b', ':aws:s3:::b', false],
    ['arn:*:s3', 'arn:aws:s3', true],
    ['arn:*:s3', 'arn:aws:s3:x', false],
    ['arn:*:s3', 'arn:aws', false],
    ['arn:*:*:*:*', 'arn:aws:s3::', true],
    ['arn:*:*:*:*', 'arn:aws:s3:::b', false],
    ['?:x', ':x', false],
    ['?x', ':x', false],
    ['a*', 'a:b', false],
    ['?:x', 'a:x', true],
    ['*:x', ':x', true],
    ['*:x', 'x', false],
    // fewer than six segments, all literal
    ['arn:aws:s3', 'arn:aws:s3', true],
    ['arn:aws:s3', 'arn:aws:s3x', false],
    ['a:b', 'a:b:c', false],
    // only stars
    ['***', 'anything:at:all', true],
    ['*?', '', false],
    ['', '', true],
    ['', 'x', false],
  ];
  for (const [pattern, value, expected] of rows) {
    it(`R25 ${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(value)}`, () => {
      expect(compileArnPattern(pattern).test(value)).to.equal(expected);
    });
  }
  it('R34 a literal `*` piece in a head segment is no wildcard', () => {
    const pattern = compileArnPattern([
      { text: 'arn:aws:s3:', wildcards: true },
      { text: '*', wildcards: false },
      { text: '::b', wildcards: true },
    ]);
    expect(pattern.test('arn:aws:s3:*::b')).to.equal(true);
    expect(pattern.test('arn:aws:s3:us-east-1::b')).to.equal(false);
  });
  it('R34 a literal piece that is all stars is not "match anything"', () => {
    const pattern = compileArnPattern([{ text: '**', wildcards: false }]);
    expect(pattern.test('**')).to.equal(true);
    expect(pattern.test('arn:aws:s3:::b')).to.equal(false);
  });
  it('R25 pieces split at colons inside any piece', () => {
    const pattern = compileArnPattern([
      { text: 'arn:aws', wildcards: true },
      { text: ':s3::', wildcards: false },
      { text: ':b?', wildcards: true },
    ]);
    expect(pattern.test('arn:aws:s3:::bx')).to.equal(true);
    expect(pattern.test('arn:aws:s3:::b')).to.equal(false);
  });
});

describe('R22 R28 checkActionPattern edge cases', () => {
  const rows: readonly (readonly [pattern: string, ok: boolean])[] = [
    ['z3:GetObject', true],
    ['Z3:GetObject', true],
    ['s9:GetObject', true],
    ['s0:GetObject', true],
    ['{3:GetObject', false],
    ['[3:GetObject', false],
    ['@3:GetObject', false],
    ['s/:GetObject', false],
    ['s::GetObject', false],
    ['s3:Get{', false],
    ['s3:GetZ', true],
    ['s3:Get9', true],
  ];
  for (const [pattern, ok] of rows) {
    it(`R22 ${JSON.stringify(pattern)} is ${ok ? 'valid' : 'malformed'}`, () => {
      const codes = checkActionPattern(pattern, 'P').map((d) => d.code);
      expect(codes).to.deep.equal(ok ? [] : ['action-malformed']);
    });
  }
  it('R22 the malformed message shows a valid example', () => {
    const [d] = checkActionPattern('s3GetObject', 'P');
    expect(d?.message).to.include('"service:Action"');
  });
  it('R22 a pattern without a colon has no service prefix to blame', () => {
    const [d] = checkActionPattern('GetObject', 'P');
    expect(d?.code).to.equal('action-malformed');
  });
});

describe('R25 R28 R35 checkResourcePattern edge cases', () => {
  const rows: readonly (readonly [pattern: string, expected: readonly string[]])[] = [
    ['arn:aws::::x', ['arn-malformed']],
    ['arn:aws:s3:::', ['arn-malformed']],
    ['arn:aws:s3::', ['arn-malformed']],
    ['arn:aws', ['arn-malformed']],
    ['arn:', ['arn-malformed']],
    ['arn:a:b', ['arn-malformed']],
    [':aws:s3:::b', ['arn-malformed']],
  ];
  for (const [pattern, expected] of rows) {
    it(`R25 ${JSON.stringify(pattern)} → ${JSON.stringify(expected)}`, () => {
      expect(checkResourcePattern(pattern, 'P').map((d) => d.code)).to.deep.equal(expected);
    });
  }
  it('R25 the message names what is missing', () => {
    expect(checkResourcePattern('arn:aws::::x', 'P')[0]?.message).to.include('empty service segment');
    expect(checkResourcePattern('arn:aws:s3:::', 'P')[0]?.message).to.include('empty resource part');
    expect(checkResourcePattern('arn:aws', 'P')[0]?.message).to.include(
      '"arn:partition:service:region:account:resource"',
    );
  });
});

describe('R25 R35 R36 scanArnSource', () => {
  it('R36 steps over a closed variable whose braces hold colons', () => {
    const layout = scanArnSource('arn:aws:s3:::${aws:username}:x', true);
    expect(layout.colons).to.deep.equal([3, 7, 10, 11, 12]);
    expect(layout.resourceStart).to.equal(13);
    expect(layout.variableBeforeResource).to.equal(false);
  });
  it('R35 a variable before the fifth colon is reported', () => {
    const layout = scanArnSource('arn:aws:iam::${aws:PrincipalAccount}:user/x', true);
    expect(layout.colons).to.deep.equal([3, 7, 11, 12, 36]);
    expect(layout.resourceStart).to.equal(37);
    expect(layout.variableBeforeResource).to.equal(true);
  });
  it('R36 an unclosed `${` is plain text and its colons count', () => {
    const layout = scanArnSource('arn:${a:b:c:d', true);
    expect(layout.colons).to.deep.equal([3, 7, 9, 11]);
    expect(layout.resourceStart).to.equal(-1);
    expect(layout.variableBeforeResource).to.equal(false);
  });
  it('R3 without variable support `${...}` is plain text', () => {
    const layout = scanArnSource('a:${b:c}:d:e:f:g', false);
    expect(layout.colons).to.deep.equal([1, 5, 8, 10, 12]);
    expect(layout.variableBeforeResource).to.equal(false);
  });
  it('R36 a variable right at the start is stepped over whole', () => {
    const layout = scanArnSource('${x:y}:a:b:c:d:e', true);
    expect(layout.colons).to.deep.equal([6, 8, 10, 12, 14]);
    expect(layout.resourceStart).to.equal(15);
  });
  it('R36 a variable is skipped from its `${` to the first `}` after it', () => {
    expect(scanArnSource('${:}:a', true).colons).to.deep.equal([4]);
    expect(scanArnSource('${a:}b', true).colons).to.deep.equal([]);
    expect(scanArnSource('a}${b:c}:d', true).colons).to.deep.equal([8]);
  });
  it('R25 only the first five colons are separators', () => {
    expect(scanArnSource('a:b:c:d:e:f:g:h', true).colons).to.deep.equal([1, 3, 5, 7, 9]);
    expect(scanArnSource('a:b', true).resourceStart).to.equal(-1);
    expect(scanArnSource('', true).colons).to.deep.equal([]);
  });
  it('R36 `$` followed by another `{` later is not a variable opening', () => {
    const layout = scanArnSource('a$:{b}:c:d:e:f', true);
    expect(layout.colons).to.deep.equal([2, 6, 8, 10, 12]);
    expect(layout.variableBeforeResource).to.equal(false);
  });
});

describe('R30 R33 compileTemplate edge cases', () => {
  const ctx = RequestContext.from({ 'aws:username': 'alice' });
  const rows: readonly (readonly [source: string, expected: string | undefined])[] = [
    ["${aws:username,'x'}", 'alice'],
    ["${aws:missing ,  'x' }", 'x'],
    ["${aws:missing,'x'}", 'x'],
    ["${ aws:username ,'x'}", 'alice'],
    ['${ aws:username }', 'alice'],
    ["${aws:missing,'}", undefined],
    ["${aws:missing,x'}", undefined],
    ["${aws:missing,'x}", undefined],
    ["${aws:missing,''}", ''],
    ['${,}', undefined],
    ["${,'d'}", 'd'],
    ['a}b', 'a}b'],
    ['${}', undefined],
    ["${'x'}", undefined],
  ];
  for (const [source, expected] of rows) {
    it(`R30 ${JSON.stringify(source)} renders ${JSON.stringify(expected)}`, () => {
      expect(compileTemplate(source, true).renderText(ctx)).to.equal(expected);
    });
  }
  it('R33 static text around specials merges into pieces by kind', () => {
    const template = compileTemplate('a*${*}b${?}c', true);
    expect(template.keys).to.deep.equal([]);
    expect(template.staticPieces).to.deep.equal([
      { text: 'a*', wildcards: true },
      { text: '*', wildcards: false },
      { text: 'b', wildcards: true },
      { text: '?', wildcards: false },
      { text: 'c', wildcards: true },
    ]);
    expect(template.renderPieces(RequestContext.empty())).to.deep.equal(template.staticPieces);
  });
  it('R33 neighbouring specials merge into one literal piece', () => {
    const template = compileTemplate('${*}${?}${$}x', true);
    expect(template.staticPieces).to.deep.equal([
      { text: '*?$', wildcards: false },
      { text: 'x', wildcards: true },
    ]);
  });
  it('R3 an empty source has no pieces', () => {
    expect(compileTemplate('', false).staticPieces).to.deep.equal([]);
    expect(compileTemplate('', true).staticPieces).to.deep.equal([]);
  });
  it('R29 a dynamic template renders literal pieces for its values', () => {
    const template = compileTemplate('a/${aws:username}/*', true);
    expect(template.keys).to.deep.equal(['aws:username']);
    expect(template.renderPieces(ctx)).to.deep.equal([
      { text: 'a/', wildcards: true },
      { text: 'alice', wildcards: false },
      { text: '/*', wildcards: true },
    ]);
  });
});

describe('R23 R31 compileResourceMatcher', () => {
  it('R23 "*" among other patterns matches every resource', () => {
    const matcher = compileResourceMatcher(['arn:aws:s3:::a', '*'], true);
    expect(matcher.test('arn:aws:sqs:us-east-1:111122223333:q', RequestContext.empty())).to.equal(true);
  });
  it('R31 no patterns match no resource', () => {
    const matcher = compileResourceMatcher([], true);
    expect(matcher.test('arn:aws:s3:::a', RequestContext.empty())).to.equal(false);
  });
  it('R29 a static pattern and a variable pattern are both tried', () => {
    const matcher = compileResourceMatcher(['arn:aws:s3:::a', 'arn:aws:s3:::${aws:username}'], true);
    const ctx = RequestContext.from({ 'aws:username': 'bob' });
    expect(matcher.test('arn:aws:s3:::a', ctx)).to.equal(true);
    expect(matcher.test('arn:aws:s3:::bob', ctx)).to.equal(true);
    expect(matcher.test('arn:aws:s3:::c', ctx)).to.equal(false);
  });
});

function spec(parts: Partial<PrincipalSpec>): PrincipalSpec {
  return { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [], ...parts };
}

describe('R37 R38 R39 compilePrincipalMatcher edge cases', () => {
  const A = '111122223333';
  const odd: Caller = { kind: 'user', arn: 'arn:aws:iam::abcdefghijkl:user/x', account: 'abcdefghijkl' };
  const rows: readonly (readonly [title: string, aws: string, caller: Caller, expected: string | undefined])[] = [
    ['R38 a 12-character non-numeric value is no account id', 'abcdefghijkl', odd, undefined],
    ['R38 a value with a character below "0" is no account id', '11112222333/', odd, undefined],
    ['R38 a value with a character above "9" is no account id', '11112222333:', odd, undefined],
    ['R38 an 11-digit value is no account id', '11112222333', odd, undefined],
    ['R38 an account ARN needs a numeric account', 'arn:aws:iam::abcdefghijkl:root', odd, undefined],
    ['R38 an account ARN is an iam ARN', `arn:aws:sts::${A}:root`, { kind: 'root', account: A }, undefined],
    ['R38 an account ARN starts with "arn"', `arx:aws:iam::${A}:root`, { kind: 'root', account: A }, undefined],
    ['R38 an account ARN has no region', `arn:aws:iam:us-east-1:${A}:root`, { kind: 'root', account: A }, undefined],
    ['R38 an account ARN has six segments', `arn:aws:iam::${A}:root:x`, { kind: 'root', account: A }, undefined],
    ['R38 a root ARN names the root', `arn:aws:iam::${A}:root`, { kind: 'root', account: A }, 'account'],
  ];
  for (const [title, aws, caller, expected] of rows) {
    it(`${title} (${aws})`, () => {
      expect(compilePrincipalMatcher(spec({ aws: [aws] })).match(caller)).to.equal(expected);
    });
  }
  it('R38 an account id is exactly twelve digits 0-9', () => {
    for (const id of ['012345678901', '999999999999']) {
      const caller: Caller = { kind: 'user', arn: `arn:aws:iam::${id}:user/u`, account: id };
      expect(compilePrincipalMatcher(spec({ aws: [id] })).match(caller), id).to.equal('account');
    }
    for (const id of ['11112222333', '11112222333/', '11112222333:', '1111222233334']) {
      const caller: Caller = { kind: 'user', arn: 'arn:aws:iam::x:user/u', account: id };
      expect(compilePrincipalMatcher(spec({ aws: [id] })).match(caller), id).to.equal(undefined);
    }
  });
  it('R39 an exact ARN that looks like a 12-character account is compared exactly', () => {
    const matcher = compilePrincipalMatcher(spec({ aws: ['arn:aws:iam::abcdefghijkl:root'] }));
    expect(matcher.match({ kind: 'user', arn: 'arn:aws:iam::abcdefghijkl:root', account: A })).to.equal('exact');
  });
  it('R39 a principal with "?" names no one', () => {
    const value = `arn:aws:iam::${A}:user/alic?`;
    expect(compilePrincipalMatcher(spec({ aws: [value] })).match({ kind: 'user', arn: value, account: A })).to.equal(
      undefined,
    );
  });
  it('R39 a principal with "*" names no one, even the caller whose ARN has that text', () => {
    const value = `arn:aws:iam::${A}:user/a*`;
    expect(compilePrincipalMatcher(spec({ aws: [value] })).match({ kind: 'user', arn: value, account: A })).to.equal(
      undefined,
    );
  });
  it('R39 a service ARN is only matched for service callers', () => {
    const matcher = compilePrincipalMatcher(spec({ service: ['ecs.amazonaws.com'] }));
    expect(matcher.match({ kind: 'user', arn: 'ecs.amazonaws.com', account: A })).to.equal(undefined);
    expect(matcher.match({ kind: 'service', arn: 'ecs.amazonaws.com' })).to.equal('service');
  });
  it('R39 an exact ARN only names users, sessions and federated users', () => {
    const matcher = compilePrincipalMatcher(spec({ aws: ['ecs.amazonaws.com'] }));
    expect(matcher.match({ kind: 'service', arn: 'ecs.amazonaws.com' })).to.equal(undefined);
  });
  it('R39 a role ARN names sessions of the role, not the role ARN itself as a user', () => {
    const role = `arn:aws:iam::${A}:role/R`;
    const matcher = compilePrincipalMatcher(spec({ aws: [role] }));
    expect(matcher.match({ kind: 'user', arn: `arn:aws:iam::${A}:user/u`, account: A, roleArn: role })).to.equal(
      undefined,
    );
    expect(matcher.match({ kind: 'role-session', account: A, roleArn: role })).to.equal('role');
  });
  it('R38 an account names only callers that belong to it', () => {
    const matcher = compilePrincipalMatcher(spec({ aws: [A] }));
    expect(matcher.match({ kind: 'service', arn: 'ecs.amazonaws.com', account: A })).to.equal(undefined);
    expect(matcher.match({ kind: 'anonymous', account: A })).to.equal(undefined);
    expect(matcher.match({ kind: 'root', account: A })).to.equal('account');
  });
  it('R39 Federated and CanonicalUser need the caller to carry them', () => {
    const matcher = compilePrincipalMatcher(spec({ federated: ['p.example.com'], canonicalUser: ['c'] }));
    expect(matcher.match({ kind: 'user', arn: 'x', account: A })).to.equal(undefined);
    expect(matcher.match({ kind: 'user', arn: 'x', account: A, provider: 'q.example.com' })).to.equal(undefined);
    expect(matcher.match({ kind: 'user', arn: 'x', account: A, canonicalUser: 'd' })).to.equal(undefined);
  });
});

describe('R13 R37 R39 checkPrincipalValue edge cases', () => {
  const HEX = 'a'.repeat(64);
  const A = '111122223333';
  const rows: readonly (readonly [type: PrincipalType, value: string, ok: boolean])[] = [
    ['AWS', '11112222333a', false],
    ['AWS', '11112222333/', false],
    ['AWS', '11112222333:', false],
    ['AWS', `arn:aws:iam::${A}:root:x`, false],
    ['AWS', `arx:aws:iam::${A}:root`, false],
    ['AWS', `arn:foo:iam::${A}:root`, false],
    ['AWS', `arn:aws-cn:iam::${A}:root`, true],
    ['AWS', `arn:aws:iam::${A}:user`, false],
    ['AWS', `arn:aws:iam::${A}:user/a/`, false],
    ['AWS', `arn:aws:iam::${A}:user/path/a`, true],
    ['AWS', `arn:aws:s3::${A}:assumed-role/R/s`, false],
    ['AWS', `arn:aws:sts::${A}:assumed-role//s`, false],
    ['AWS', `arn:aws:sts::${A}:other/R/s`, false],
    ['AWS', `arn:aws:sts::${A}:assumed-role/R/s`, true],
    ['AWS', `arn:aws:sts::${A}:federated-user/f`, true],
    ['Federated', `arn:aws:sts::${A}:saml-provider/X`, false],
    ['Federated', `arn:aws:iam::${A}:saml-provider/X`, true],
    ['Federated', 'accounts.google', true],
    ['Federated', 'accounts..com', false],
    ['Federated', '.google.com', false],
    ['Service', 'ecs.amazonaws', true],
    ['Service', HEX, false],
    ['CanonicalUser', 'ecs.amazonaws.com', false],
    ['CanonicalUser', `x${HEX}`, false],
    ['CanonicalUser', `${HEX}x`, false],
    ['CanonicalUser', HEX, true],
  ];
  for (const [type, value, ok] of rows) {
    it(`R13 ${type} ${JSON.stringify(value)} is ${ok ? 'valid' : 'rejected'}`, () => {
      const codes = checkPrincipalValue(type, value, 'P').map((d) => d.code);
      expect(codes).to.deep.equal(ok ? [] : ['principal-malformed']);
    });
  }
  it('R13 messages say what would be valid', () => {
    expect(checkPrincipalValue('AWS', 'x', 'P')[0]?.message).to.include('a 12-digit account id');
    expect(checkPrincipalValue('Federated', 'x', 'P')[0]?.message).to.include('"accounts.google.com"');
    expect(checkPrincipalValue('Service', 'x', 'P')[0]?.message).to.include('a service principal such as');
    expect(checkPrincipalValue('CanonicalUser', 'x', 'P')[0]?.message).to.include('a 64-digit hex canonical id');
  });
});
