import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compileGlob } from '../../src/match/glob.js';
import type { Piece } from '../../src/match/policy-variables.js';

type Row = readonly [pattern: string, input: string, expected: boolean];

const cases: readonly Row[] = [
  // exact, no wildcard
  ['abc', 'abc', true],
  ['abc', 'abcd', false],
  ['abc', 'ab', false],
  ['', '', true],
  ['', 'a', false],
  // `*` alone and runs of `*`
  ['*', '', true],
  ['*', 'anything at all', true],
  ['**', '', true],
  ['a**b', 'ab', true],
  ['a**b', 'axxb', true],
  ['a***', 'a', true],
  // prefix, suffix, middle
  ['abc*', 'abc', true],
  ['abc*', 'abcdef', true],
  ['abc*', 'ab', false],
  ['*abc', 'xxabc', true],
  ['*abc', 'abcx', false],
  ['a*c', 'ac', true],
  ['a*c', 'abbbc', true],
  ['a*c', 'abbbcd', false],
  ['a*b*c', 'abc', true],
  ['a*b*c', 'acb', false],
  ['*a*', 'bab', true],
  ['*a*', 'bbb', false],
  // prefix and suffix must not overlap
  ['ab*ba', 'aba', false],
  ['ab*ba', 'abba', true],
  ['a*a', 'a', false],
  // `?` is exactly one character, never none
  ['?', '', false],
  ['?', 'a', true],
  ['?', 'ab', false],
  ['a?c', 'abc', true],
  ['a?c', 'ac', false],
  ['a?c', 'abbc', false],
  ['??', 'ab', true],
  ['*?', '', false],
  ['*?', 'x', true],
  ['?*', 'x', true],
  ['*?b*', 'ab', true],
  ['*?b*', 'b', false],
  ['x*?y?*z', 'x12y3z', true],
  ['x*?y?*z', 'xyyz', false],
  ['*a?c*', 'zzabzabcz', true],
  // greedy-leftmost middles are enough
  ['*aab*', 'aaab', true],
  ['*ab*ab*', 'abab', true],
  ['*ab*ab*', 'aba', false],
  // case-sensitive by default
  ['ABC', 'abc', false],
  // unicode: `?` is one code point, even outside the BMP
  ['caf?', 'café', true],
  ['?', '😀', true],
  ['??', '😀', false],
  ['a?b', 'a😀b', true],
  ['*?', '😀', true],
  ['*?b', 'x😀b', true],
  ['?😀', 'é😀', true],
  ['*😀*', 'ab😀cd', true],
  ['日本*', '日本語', true],
  // characters that mean something to a RegExp are plain text here
  ['a.c', 'abc', false],
  ['a.c', 'a.c', true],
  ['(a|b)+', '(a|b)+', true],
  ['\\d', '\\d', true],
];

describe('compileGlob', () => {
  for (const [pattern, input, expected] of cases) {
    it(`${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(input)}`, () => {
      expect(compileGlob(pattern).test(input)).to.equal(expected);
    });
  }

  describe('ignoreCase lowercases the pattern; callers pass lowercase input', () => {
    const rows: readonly Row[] = [
      ['S3:Get*', 's3:getobject', true],
      ['IAM:*AccessKey*', 'iam:listaccesskeys', true],
      ['S3:Get?bject', 's3:getobject', true],
      ['S3:GetObject', 's3:putobject', false],
    ];
    for (const [pattern, input, expected] of rows) {
      it(`${pattern} vs ${input}`, () => {
        expect(compileGlob(pattern, { ignoreCase: true }).test(input)).to.equal(expected);
      });
    }
  });

  describe('literal pieces', () => {
    const rows: readonly (readonly [pieces: readonly Piece[], input: string, expected: boolean])[] = [
      [[{ text: '*', wildcards: false }], '*', true],
      [[{ text: '*', wildcards: false }], 'x', false],
      [[{ text: '?', wildcards: false }], 'x', false],
      [[{ text: '?', wildcards: false }], '?', true],
      [
        [
          { text: 'home/', wildcards: true },
          { text: 'a*b', wildcards: false },
          { text: '/*', wildcards: true },
        ],
        'home/a*b/x/y',
        true,
      ],
      [
        [
          { text: 'home/', wildcards: true },
          { text: 'a*b', wildcards: false },
          { text: '/*', wildcards: true },
        ],
        'home/axxb/x',
        false,
      ],
      [
        [
          { text: '*', wildcards: true },
          { text: '?', wildcards: false },
        ],
        'why?',
        true,
      ],
      [[{ text: 'ABC', wildcards: false }], 'abc', false],
      [[], '', true],
      [[], 'a', false],
    ];
    for (const [pieces, input, expected] of rows) {
      it(`${JSON.stringify(pieces)} vs ${JSON.stringify(input)} → ${expected}`, () => {
        expect(compileGlob(pieces).test(input)).to.equal(expected);
      });
    }

    it('lowercases literal pieces too when ignoring case', () => {
      expect(compileGlob([{ text: 'A*B', wildcards: false }], { ignoreCase: true }).test('a*b')).to.equal(true);
    });
  });

  it('answers a pathological pattern on 10,000 characters without backtracking (100 runs < 1 s: a backtracking matcher never finishes; speed itself is measured by npm run bench)', () => {
    const glob = compileGlob('arn:aws:s3:::*a*a*a*a*a*a*a*a*a*a*b');
    const input = `arn:aws:s3:::${'a'.repeat(10_000)}`;
    const start = performance.now();
    for (let i = 0; i < 100; i++) expect(glob.test(input)).to.equal(false);
    expect(performance.now() - start).to.be.below(1000);
    expect(glob.test(`${input}b`)).to.equal(true);
  });

  it('answers `?` segments on 10,000 characters quickly', () => {
    const glob = compileGlob('*a?a*a?a*a?a*b');
    const input = 'a'.repeat(10_000);
    const start = performance.now();
    for (let i = 0; i < 100; i++) expect(glob.test(input)).to.equal(false);
    expect(performance.now() - start).to.be.below(200);
  });
});
