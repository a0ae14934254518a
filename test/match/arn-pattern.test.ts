import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compileArnPattern } from '../../src/match/arn-pattern.js';
import type { Piece } from '../../src/match/policy-variables.js';

type Row = readonly [pattern: string, value: string, expected: boolean];

const cases: readonly Row[] = [
  // exact
  ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket', true],
  ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket2', false],
  // R24: case-sensitive
  ['arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket', false],
  ['arn:aws:IAM::111122223333:user/bob', 'arn:aws:iam::111122223333:user/bob', false],
  // R25: the resource part — `*` matches `/` and `:`
  ['arn:aws:s3:::*', 'arn:aws:s3:::bucket/a/b', true],
  ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/1/2/test/3/object.jpg', true],
  ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/1///test///object.jpg', true],
  ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET//test/object.jpg', true],
  ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/1/test/', true],
  ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/1-test/object.jpg', false],
  ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/test/object.jpg', false],
  ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/1/2/test.jpg', false],
  ['arn:aws:lambda:us-east-1:111122223333:function:*', 'arn:aws:lambda:us-east-1:111122223333:function:f:1', true],
  ['arn:aws:lambda:us-east-1:111122223333:*', 'arn:aws:lambda:us-east-1:111122223333:function:f:1', true],
  ['arn:aws:lambda:us-east-1:111122223333:function?f', 'arn:aws:lambda:us-east-1:111122223333:function:f', true],
  // R25: wildcards stay inside one of the first five segments
  ['arn:aws:iam::*:role/x', 'arn:aws:iam::111122223333:role/x', true],
  ['arn:aws:iam::*:role/x', 'arn:aws:iam:::role/x', true],
  ['arn:aws:iam::*:role/x', 'arn:aws:iam::1:2:role/x', false],
  ['arn:aws:iam:*:role/x', 'arn:aws:iam::111122223333:role/x', false],
  ['arn:aws:iam:*:*:role/x', 'arn:aws:iam::111122223333:role/x', true],
  ['arn:aws:s3:*', 'arn:aws:s3:::bucket', false],
  ['arn:*', 'arn:aws:s3:::bucket', false],
  ['arn:aws:*:*:*:*', 'arn:aws:s3:::bucket', true],
  ['arn:*:s3:::b', 'arn:aws-cn:s3:::b', true],
  ['arn:aws:sqs:us-east-?:*:q', 'arn:aws:sqs:us-east-2:111122223333:q', true],
  ['arn:aws:sqs:us-east-?:*:q', 'arn:aws:sqs:us-east-:111122223333:q', false],
  // R25: `?` does not match a separating colon
  ['arn:aws:iam:?111122223333:user/x', 'arn:aws:iam::111122223333:user/x', false],
  ['arn:aws:iam::111122223333?user/x', 'arn:aws:iam::111122223333:user/x', false],
  // the guide's ArnLike example: `*` in region cannot absorb `:999999999999:store/abc`
  [
    'arn:aws:someservice:*:111122223333:finance/*',
    'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
    false,
  ],
  ['arn:aws:someservice:*:111122223333:finance/*', 'arn:aws:someservice:us-east-2:111122223333:finance/d', true],
  // R26: segment counts must agree
  ['arn:aws:s3:::bucket', 'arn:aws:s3::bucket', false],
  ['a:b', 'a:b', true],
  ['a:*', 'a:b:c', false],
  ['*:*', 'a:b', true],
  // R27: `*` alone matches any value
  ['*', 'arn:aws:s3:::bucket', true],
  ['*', 'anything', true],
  ['**', 'arn:aws:s3:::bucket', true],
  ['*?', 'arn:aws:s3:::bucket', false],
];

describe('compileArnPattern', () => {
  for (const [pattern, value, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${value}`, () => {
      expect(compileArnPattern(pattern).test(value)).to.equal(expected);
    });
  }

  describe('from pieces', () => {
    const rows: readonly (readonly [pieces: readonly Piece[], value: string, expected: boolean])[] = [
      [
        [
          { text: 'arn:aws:s3:::b/', wildcards: true },
          { text: 'a*', wildcards: false },
          { text: '/*', wildcards: true },
        ],
        'arn:aws:s3:::b/a*/x',
        true,
      ],
      [
        [
          { text: 'arn:aws:s3:::b/', wildcards: true },
          { text: 'a*', wildcards: false },
          { text: '/*', wildcards: true },
        ],
        'arn:aws:s3:::b/ab/x',
        false,
      ],
      // a colon in a literal piece is still a separator
      [
        [
          { text: 'arn:aws:sns:', wildcards: true },
          { text: 'us-east-1:111122223333', wildcards: false },
          { text: ':*', wildcards: true },
        ],
        'arn:aws:sns:us-east-1:111122223333:topic',
        true,
      ],
      [
        [{ text: 'arn:aws:sns:us-east-1:111122223333:topic', wildcards: false }],
        'arn:aws:sns:us-east-1:111122223333:topic',
        true,
      ],
      // a literal `*` is not the match-everything pattern
      [[{ text: '*', wildcards: false }], 'arn:aws:s3:::b', false],
      [[{ text: '*', wildcards: false }], '*', true],
      [
        [
          { text: '', wildcards: false },
          { text: '*', wildcards: true },
        ],
        'arn:aws:s3:::b',
        true,
      ],
      // wildcards in the first five segments, literal resource part
      [
        [
          { text: 'arn:aws:iam::*:', wildcards: true },
          { text: 'user/a?b', wildcards: false },
        ],
        'arn:aws:iam::111122223333:user/a?b',
        true,
      ],
      [
        [
          { text: 'arn:aws:iam::*:', wildcards: true },
          { text: 'user/a?b', wildcards: false },
        ],
        'arn:aws:iam::111122223333:user/axb',
        false,
      ],
    ];
    for (const [pieces, value, expected] of rows) {
      it(`${JSON.stringify(pieces)} vs ${value} → ${expected}`, () => {
        expect(compileArnPattern(pieces).test(value)).to.equal(expected);
      });
    }
  });

  it('answers a pathological resource pattern on a 10,000-character ARN quickly (100 runs < 1 s: a backtracking matcher never finishes; speed itself is measured by npm run bench)', () => {
    const pattern = compileArnPattern('arn:aws:s3:::*a*a*a*a*a*a*a*a*a*a*b');
    const value = `arn:aws:s3:::${'a'.repeat(10_000)}`;
    const start = performance.now();
    for (let i = 0; i < 100; i++) expect(pattern.test(value)).to.equal(false);
    expect(performance.now() - start).to.be.below(1000);
  });
});
