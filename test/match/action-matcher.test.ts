import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compileActionMatcher } from '../../src/match/action-matcher.js';

type Row = readonly [patterns: readonly string[], actionLower: string, expected: boolean];

const cases: readonly Row[] = [
  [['s3:GetObject'], 's3:getobject', true],
  // R21: prefix and name are case-insensitive
  [['IAM:ListAccessKeys'], 'iam:listaccesskeys', true],
  [['iam:listaccesskeys'], 'iam:listaccesskeys', true],
  [['s3:GetObject'], 's3:putobject', false],
  [['s3:GetObject'], 's3:getobjectacl', false],
  // R22: `*` alone and inside names
  [['*'], 'anything:atall', true],
  [['s3:*'], 's3:getobject', true],
  [['s3:*'], 's3express:createsession', false],
  [['iam:*AccessKey*'], 'iam:createaccesskey', true],
  [['iam:*AccessKey*'], 'iam:updateaccesskey', true],
  [['iam:*AccessKey*'], 'iam:listusers', false],
  [['s3:Get*'], 's3:get', true],
  [['s3:Get?bject'], 's3:getobject', true],
  [['s3:Get?bject'], 's3:getbject', false],
  // several patterns are an OR
  [['sqs:SendMessage', 'ec2:Start*'], 'ec2:startinstances', true],
  [['sqs:SendMessage', 'ec2:Start*'], 'sqs:sendmessage', true],
  [['sqs:SendMessage', 'ec2:Start*'], 'sqs:receivemessage', false],
  [[], 's3:getobject', false],
];

describe('compileActionMatcher', () => {
  for (const [patterns, action, expected] of cases) {
    it(`${JSON.stringify(patterns)} ${expected ? 'matches' : 'does not match'} ${action}`, () => {
      expect(compileActionMatcher(patterns).test(action)).to.equal(expected);
    });
  }

  describe('services', () => {
    const rows: readonly (readonly [patterns: readonly string[], expected: readonly string[] | 'any'])[] = [
      [
        ['s3:GetObject', 'S3:Put*', 'IAM:*'],
        ['s3', 'iam'],
      ],
      [['*'], 'any'],
      [['s3:GetObject', '*'], 'any'],
      [['s?:GetObject'], 'any'],
      [['*:GetObject'], 'any'],
      [[], []],
      [['nocolon'], ['nocolon']],
    ];
    for (const [patterns, expected] of rows) {
      it(`${JSON.stringify(patterns)} → ${JSON.stringify(expected)}`, () => {
        const services = compileActionMatcher(patterns).services;
        expect(services === 'any' ? 'any' : [...services]).to.deep.equal(expected);
      });
    }
  });
});
