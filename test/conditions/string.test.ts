// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { evaluate, type Row, title } from './evaluate.js';

const rows: Row[] = [
  // R57: StringEquals is exact and case-sensitive.
  { operator: 'StringEquals', values: ['johndoe'], ctx: { k: 'johndoe' }, expected: true },
  { operator: 'StringEquals', values: ['johndoe'], ctx: { k: 'JohnDoe' }, expected: false },
  { operator: 'StringEquals', values: ['a*'], ctx: { k: 'abc' }, expected: false },
  { operator: 'StringEquals', values: ['a*'], ctx: { k: 'a*' }, expected: true },
  { operator: 'StringEquals', values: [''], ctx: { k: '' }, expected: true },
  // R46: several values are ORed.
  { operator: 'StringEquals', values: ['finance', 'hr', 'legal'], ctx: { k: 'hr' }, expected: true },
  { operator: 'StringEquals', values: ['finance', 'hr', 'legal'], ctx: { k: 'it' }, expected: false },
  { operator: 'StringEquals', values: [], ctx: { k: 'x' }, expected: false },
  // R44: missing key.
  { operator: 'StringEquals', values: ['x'], ctx: {}, expected: false },
  { operator: 'StringNotEquals', values: ['x'], ctx: {}, expected: true },
  // R47: a negated operator with several values holds only when none matches.
  { operator: 'StringNotEquals', values: ['audit', 'security'], ctx: { k: 'audit' }, expected: false },
  { operator: 'StringNotEquals', values: ['audit', 'security'], ctx: { k: 'security' }, expected: false },
  { operator: 'StringNotEquals', values: ['audit', 'security'], ctx: { k: 'dev' }, expected: true },
  { operator: 'StringNotEquals', values: ['x'], ctx: { k: 'X' }, expected: true },
  // R57: IgnoreCase variants.
  { operator: 'StringEqualsIgnoreCase', values: ['johndoe'], ctx: { k: 'JohnDoe' }, expected: true },
  { operator: 'StringEqualsIgnoreCase', values: ['JOHNDOE'], ctx: { k: 'johndoe' }, expected: true },
  { operator: 'StringEqualsIgnoreCase', values: ['johndoe'], ctx: { k: 'johndoe2' }, expected: false },
  { operator: 'StringEqualsIgnoreCase', values: ['ÉCOLE'], ctx: { k: 'école' }, expected: true },
  { operator: 'StringEqualsIgnoreCase', values: ['straße'], ctx: { k: 'STRASSE' }, expected: false },
  { operator: 'StringEqualsIgnoreCase', values: ['a', 'b'], ctx: { k: 'B' }, expected: true },
  { operator: 'StringEqualsIgnoreCase', values: ['a'], ctx: {}, expected: false },
  { operator: 'StringNotEqualsIgnoreCase', values: ['Prod', 'Stage'], ctx: { k: 'PROD' }, expected: false },
  { operator: 'StringNotEqualsIgnoreCase', values: ['Prod', 'Stage'], ctx: { k: 'dev' }, expected: true },
  { operator: 'StringNotEqualsIgnoreCase', values: ['Prod'], ctx: {}, expected: true },
  // R58: StringLike wildcards.
  { operator: 'StringLike', values: ['t2.*'], ctx: { k: 't2.micro' }, expected: true },
  { operator: 'StringLike', values: ['t2.*'], ctx: { k: 't3.micro' }, expected: false },
  { operator: 'StringLike', values: ['t2.*'], ctx: { k: 'T2.micro' }, expected: false },
  { operator: 'StringLike', values: ['t?.micro'], ctx: { k: 't3.micro' }, expected: true },
  { operator: 'StringLike', values: ['t?.micro'], ctx: { k: 't.micro' }, expected: false },
  { operator: 'StringLike', values: ['*'], ctx: { k: '' }, expected: true },
  { operator: 'StringLike', values: [''], ctx: { k: '' }, expected: true },
  { operator: 'StringLike', values: [''], ctx: { k: 'a' }, expected: false },
  { operator: 'StringLike', values: ['home/'], ctx: { k: 'home/' }, expected: true },
  { operator: 'StringLike', values: ['a.b'], ctx: { k: 'aXb' }, expected: false },
  { operator: 'StringLike', values: ['', 'home/', 'home/*'], ctx: { k: 'home/x/y' }, expected: true },
  { operator: 'StringLike', values: ['x*'], ctx: {}, expected: false },
  { operator: 'StringNotLike', values: ['t1.*', 't2.*'], ctx: { k: 't2.nano' }, expected: false },
  { operator: 'StringNotLike', values: ['t1.*', 't2.*'], ctx: { k: 'm5.large' }, expected: true },
  { operator: 'StringNotLike', values: ['t1.*'], ctx: {}, expected: true },
];

const variableRows: Row[] = [
  // R59: variables are substituted in String values.
  { operator: 'StringEquals', values: ['${aws:username}'], ctx: { k: 'bob', 'aws:username': 'bob' }, expected: true },
  { operator: 'StringEquals', values: ['${aws:username}'], ctx: { k: 'ann', 'aws:username': 'bob' }, expected: false },
  { operator: 'StringEquals', values: ['${AWS:UserName}'], ctx: { k: 'bob', 'aws:username': 'bob' }, expected: true },
  {
    operator: 'StringEqualsIgnoreCase',
    values: ['${aws:username}'],
    ctx: { k: 'BOB', 'aws:username': 'bob' },
    expected: true,
  },
  {
    operator: 'StringLike',
    values: ['home/${aws:username}/*'],
    ctx: { k: 'home/bob/notes', 'aws:username': 'bob' },
    expected: true,
  },
  {
    operator: 'StringLike',
    values: ['home/${aws:username}/*'],
    ctx: { k: 'home/ann/notes', 'aws:username': 'bob' },
    expected: false,
  },
  // R61: substituted text is literal, policy text keeps its wildcards.
  { operator: 'StringLike', values: ['${aws:username}'], ctx: { k: 'bob', 'aws:username': 'b*' }, expected: false },
  { operator: 'StringLike', values: ['${aws:username}'], ctx: { k: 'b*', 'aws:username': 'b*' }, expected: true },
  { operator: 'StringLike', values: ['a${*}'], ctx: { k: 'a*' }, expected: true },
  { operator: 'StringLike', values: ['a${*}'], ctx: { k: 'abc' }, expected: false },
  { operator: 'StringEquals', values: ["${aws:username, 'nobody'}"], ctx: { k: 'nobody' }, expected: true },
  // R60: an unresolvable variable matches nothing: positive false, negated true.
  { operator: 'StringEquals', values: ['${aws:username}'], ctx: { k: '' }, expected: false },
  { operator: 'StringLike', values: ['${aws:username}*'], ctx: { k: 'x' }, expected: false },
  { operator: 'StringNotEquals', values: ['${aws:PrincipalTag/Team}'], ctx: { k: 'red' }, expected: true },
  { operator: 'StringNotLike', values: ['${aws:PrincipalTag/Team}*'], ctx: { k: 'red' }, expected: true },
  { operator: 'StringEquals', values: ['${aws:username}', 'x'], ctx: { k: 'x' }, expected: true },
  // R59 with version 2008-10-17: `${...}` is literal text.
  {
    operator: 'StringEquals',
    values: ['${aws:username}'],
    ctx: { k: '${aws:username}', 'aws:username': 'bob' },
    supportsVariables: false,
    expected: true,
  },
  {
    operator: 'StringEquals',
    values: ['${aws:username}'],
    ctx: { k: 'bob', 'aws:username': 'bob' },
    supportsVariables: false,
    expected: false,
  },
];

describe('String condition operators', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});

describe('String condition operators with policy variables', () => {
  for (const row of variableRows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});
