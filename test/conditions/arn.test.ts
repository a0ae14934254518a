// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { evaluate, type Row, title } from './evaluate.js';

const TOPIC = 'arn:aws:sns:us-east-2:123456789012:my-topic';
const DOC_PATTERN = 'arn:aws:someservice:*:111122223333:finance/*';
const DOC_VALUE = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';

const rows: Row[] = [
  { operator: 'ArnEquals', values: [TOPIC], ctx: { k: TOPIC }, expected: true },
  { operator: 'ArnEquals', values: [TOPIC], ctx: { k: TOPIC.toUpperCase() }, expected: false },
  { operator: 'ArnEquals', values: [TOPIC], ctx: {}, expected: false },
  // R67: ArnEquals and ArnLike both take wildcards, segment by segment.
  { operator: 'ArnEquals', values: ['arn:aws:sns:*:123456789012:*'], ctx: { k: TOPIC }, expected: true },
  { operator: 'ArnLike', values: ['arn:aws:sns:*:123456789012:*'], ctx: { k: TOPIC }, expected: true },
  { operator: 'ArnLike', values: ['arn:aws:sns:us-east-?:*:my-topic'], ctx: { k: TOPIC }, expected: true },
  { operator: 'ArnLike', values: ['arn:aws:sns:*:111111111111:*'], ctx: { k: TOPIC }, expected: false },
  // The guide's example: StringLike matches across colons, ArnLike does not.
  { operator: 'StringLike', values: [DOC_PATTERN], ctx: { k: DOC_VALUE }, expected: true },
  { operator: 'ArnLike', values: [DOC_PATTERN], ctx: { k: DOC_VALUE }, expected: false },
  { operator: 'ArnEquals', values: [DOC_PATTERN], ctx: { k: DOC_VALUE }, expected: false },
  { operator: 'ArnLike', values: ['arn:aws:s3:::bucket/*'], ctx: { k: 'arn:aws:s3:::bucket/a:b:c' }, expected: true },
  { operator: 'ArnLike', values: ['arn:aws:iam::*:role/a', TOPIC], ctx: { k: TOPIC }, expected: true },
  { operator: 'ArnLike', values: ['arn:aws:sns:*:*:*'], ctx: { k: 'not-an-arn' }, expected: false },
  // R47, R44: the negated pair.
  { operator: 'ArnNotEquals', values: [TOPIC], ctx: { k: TOPIC }, expected: false },
  {
    operator: 'ArnNotLike',
    values: ['arn:aws:sns:*:*:other', 'arn:aws:sns:*:*:my-*'],
    ctx: { k: TOPIC },
    expected: false,
  },
  { operator: 'ArnNotLike', values: ['arn:aws:sns:*:*:other'], ctx: { k: TOPIC }, expected: true },
  { operator: 'ArnNotLike', values: ['arn:aws:sns:*:*:other'], ctx: {}, expected: true },
  { operator: 'ArnNotEquals', values: [TOPIC], ctx: {}, expected: true },
  { operator: 'ArnLikeIfExists', values: [TOPIC], ctx: {}, expected: true },
  // R59, R61: variables are substituted and their text is literal.
  {
    operator: 'ArnLike',
    values: ['arn:aws:iam::${aws:PrincipalAccount}:role/*'],
    ctx: { k: 'arn:aws:iam::123456789012:role/admin', 'aws:PrincipalAccount': '123456789012' },
    expected: true,
  },
  {
    operator: 'ArnLike',
    values: ['arn:aws:iam::${aws:PrincipalAccount}:role/*'],
    ctx: { k: 'arn:aws:iam::123456789012:role/admin', 'aws:PrincipalAccount': '999999999999' },
    expected: false,
  },
  {
    operator: 'ArnLike',
    values: ['arn:aws:iam::123456789012:role/${aws:username}'],
    ctx: { k: 'arn:aws:iam::123456789012:role/admin', 'aws:username': 'a*' },
    expected: false,
  },
  // R60: an unresolvable variable matches no ARN.
  {
    operator: 'ArnLike',
    values: ['arn:aws:iam::${aws:PrincipalAccount}:role/*'],
    ctx: { k: 'arn:aws:iam::1:role/x' },
    expected: false,
  },
  {
    operator: 'ArnNotLike',
    values: ['arn:aws:iam::${aws:PrincipalAccount}:role/*'],
    ctx: { k: 'arn:aws:iam::1:role/x' },
    expected: true,
  },
];

describe('ARN condition operators', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});
