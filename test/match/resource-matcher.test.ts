// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { type ContextValue, RequestContext } from '../../src/context/request-context.js';
import { compileResourceMatcher } from '../../src/match/resource-matcher.js';

type Ctx = Readonly<Record<string, ContextValue>>;
type Row = readonly [patterns: readonly string[], resource: string, ctx: Ctx, expected: boolean];

const alice: Ctx = { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'yellow' };

const withVariables: readonly Row[] = [
  // R23
  [['*'], 'arn:aws:s3:::anything', {}, true],
  [['*'], 'not-even-an-arn', {}, true],
  [['arn:aws:s3:::a', '*'], 'arn:aws:s3:::b', {}, true],
  [[], 'arn:aws:s3:::b', {}, false],
  // R24: case-sensitive
  [['arn:aws:s3:::Bucket/*'], 'arn:aws:s3:::bucket/x', {}, false],
  [['arn:aws:s3:::bucket/*'], 'arn:aws:s3:::bucket/x', {}, true],
  // R25 through the Resource element
  [['arn:aws:s3:::*'], 'arn:aws:s3:::b/k', {}, true],
  [['arn:aws:iam::*:role/x'], 'arn:aws:iam::111122223333:role/x', {}, true],
  [['arn:aws:iam::*:role/x'], 'arn:aws:iam::111122223333:role/y', {}, false],
  [['arn:aws:iam::*'], 'arn:aws:iam::111122223333:role/x', {}, false],
  // R29: variables in the resource part
  [['arn:aws:s3:::bucket/${aws:username}/*'], 'arn:aws:s3:::bucket/alice/file', alice, true],
  [['arn:aws:s3:::bucket/${aws:username}/*'], 'arn:aws:s3:::bucket/bob/file', alice, false],
  [['arn:aws:s3:::bucket/${AWS:USERNAME}/*'], 'arn:aws:s3:::bucket/alice/file', alice, true],
  [['arn:aws:sqs:us-east-2:*:${aws:username}-queue'], 'arn:aws:sqs:us-east-2:111122223333:alice-queue', alice, true],
  [['arn:aws:s3:::bucket/${aws:PrincipalTag/team}'], 'arn:aws:s3:::bucket/yellow', alice, true],
  // R30: defaults
  [["arn:aws:s3:::b-${aws:PrincipalTag/team, 'company-wide'}"], 'arn:aws:s3:::b-yellow', alice, true],
  [["arn:aws:s3:::b-${aws:PrincipalTag/team, 'company-wide'}"], 'arn:aws:s3:::b-company-wide', {}, true],
  // R31: no value, no default
  [['arn:aws:s3:::bucket/${aws:username}/*'], 'arn:aws:s3:::bucket//file', {}, false],
  [['arn:aws:s3:::bucket/${aws:username}*'], 'arn:aws:s3:::bucket/x', {}, false],
  // R32: multivalued
  [['arn:aws:s3:::bucket/${aws:TagKeys}'], 'arn:aws:s3:::bucket/a', { 'aws:TagKeys': ['a'] }, false],
  // R33: specials are literal characters
  [['arn:aws:s3:::bucket/${*}'], 'arn:aws:s3:::bucket/*', {}, true],
  [['arn:aws:s3:::bucket/${*}'], 'arn:aws:s3:::bucket/x', {}, false],
  [['arn:aws:s3:::bucket/why${?}'], 'arn:aws:s3:::bucket/why?', {}, true],
  [['arn:aws:s3:::bucket/why${?}'], 'arn:aws:s3:::bucket/whyx', {}, false],
  [['arn:aws:s3:::bucket/${$}x'], 'arn:aws:s3:::bucket/$x', {}, true],
  // R34: a substituted value's wildcards are literal
  [['arn:aws:s3:::bucket/${aws:username}'], 'arn:aws:s3:::bucket/anyone', { 'aws:username': '*' }, false],
  [['arn:aws:s3:::bucket/${aws:username}'], 'arn:aws:s3:::bucket/*', { 'aws:username': '*' }, true],
  // R35: variables before the fifth colon match nothing
  [
    ['arn:aws:iam::${aws:PrincipalAccount}:user/x'],
    'arn:aws:iam::111122223333:user/x',
    { 'aws:PrincipalAccount': '111122223333' },
    false,
  ],
  [
    ['arn:aws:iam::${aws:PrincipalAccount}:user/x', 'arn:aws:iam::*:user/x'],
    'arn:aws:iam::111122223333:user/x',
    {},
    true,
  ],
  // R36: an unclosed `${` is plain policy text
  [['arn:aws:s3:::bucket/${aws:username'], 'arn:aws:s3:::bucket/${aws:username', alice, true],
];

const version2008: readonly Row[] = [
  // R3: variables are literal text, wildcards stay active
  [['arn:aws:s3:::bucket/${aws:username}/*'], 'arn:aws:s3:::bucket/alice/file', alice, false],
  [['arn:aws:s3:::bucket/${aws:username}/*'], 'arn:aws:s3:::bucket/${aws:username}/file', alice, true],
  [['arn:aws:s3:::bucket/${*}'], 'arn:aws:s3:::bucket/${anything}', {}, true],
  [['arn:aws:iam::${aws:PrincipalAccount}:user/x'], 'arn:aws:iam::${aws:PrincipalAccount}:user/x', {}, true],
  [['arn:aws:iam::${aws:PrincipalAccount}:user/x'], 'arn:aws:iam::111122223333:user/x', {}, false],
];

function run(rows: readonly Row[], supportsVariables: boolean): void {
  for (const [patterns, resource, ctx, expected] of rows) {
    it(`${JSON.stringify(patterns)} ${expected ? 'matches' : 'does not match'} ${resource} with ${JSON.stringify(ctx)}`, () => {
      const matcher = compileResourceMatcher(patterns, supportsVariables);
      expect(matcher.test(resource, RequestContext.from(ctx))).to.equal(expected);
    });
  }
}

describe('compileResourceMatcher', () => {
  describe('Version 2012-10-17 (variables)', () => run(withVariables, true));
  describe('Version 2008-10-17 or none (literal)', () => run(version2008, false));

  it('renders a templated pattern per request', () => {
    const matcher = compileResourceMatcher(['arn:aws:s3:::home/${aws:username}/*'], true);
    expect(matcher.test('arn:aws:s3:::home/alice/x', RequestContext.from({ 'aws:username': 'alice' }))).to.equal(true);
    expect(matcher.test('arn:aws:s3:::home/alice/x', RequestContext.from({ 'aws:username': 'bob' }))).to.equal(false);
  });

  it('answers a pathological templated pattern on a 10,000-character resource quickly (100 runs < 1 s: a backtracking matcher never finishes; speed itself is measured by npm run bench)', () => {
    const matcher = compileResourceMatcher(['arn:aws:s3:::${aws:username}*a*a*a*a*a*a*a*a*a*a*b'], true);
    const ctx = RequestContext.from({ 'aws:username': 'a' });
    const resource = `arn:aws:s3:::${'a'.repeat(10_000)}`;
    const start = performance.now();
    for (let i = 0; i < 100; i++) expect(matcher.test(resource, ctx)).to.equal(false);
    expect(performance.now() - start).to.be.below(1000);
  });
});
