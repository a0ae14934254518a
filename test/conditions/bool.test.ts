// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { evaluate, type Row, title } from './evaluate.js';

const rows: Row[] = [
  { operator: 'Bool', values: ['true'], ctx: { k: 'true' }, expected: true },
  { operator: 'Bool', values: ['true'], ctx: { k: 'false' }, expected: false },
  { operator: 'Bool', values: ['false'], ctx: { k: 'false' }, expected: true },
  // R64 (iamspec decision): letter case does not matter on either side.
  { operator: 'Bool', values: ['True'], ctx: { k: 'TRUE' }, expected: true },
  { operator: 'Bool', values: ['FALSE'], ctx: { k: 'false' }, expected: true },
  { operator: 'Bool', values: ['true', 'false'], ctx: { k: 'false' }, expected: true },
  // R44: missing key is false; R48: IfExists makes it true.
  { operator: 'Bool', values: ['false'], ctx: {}, expected: false },
  { operator: 'BoolIfExists', values: ['false'], ctx: {}, expected: true },
  { operator: 'BoolIfExists', values: ['false'], ctx: { k: 'true' }, expected: false },
  // R68: values that are not booleans never match.
  { operator: 'Bool', values: ['yes'], ctx: { k: 'yes' }, expected: false },
  { operator: 'Bool', values: ['1'], ctx: { k: 'true' }, expected: false },
  { operator: 'Bool', values: ['true'], ctx: { k: '1' }, expected: false },
  { operator: 'Bool', values: ['true'], ctx: { k: ' true' }, expected: false },
  // R59: the operators page allows policy variables in Bool values.
  {
    operator: 'Bool',
    values: ['${aws:PrincipalTag/mfa-required}'],
    ctx: { k: 'true', 'aws:PrincipalTag/mfa-required': 'TRUE' },
    expected: true,
  },
  {
    operator: 'Bool',
    values: ['${aws:PrincipalTag/mfa-required}'],
    ctx: { k: 'true', 'aws:PrincipalTag/mfa-required': 'false' },
    expected: false,
  },
  { operator: 'Bool', values: ['${aws:PrincipalTag/mfa-required}'], ctx: { k: 'true' }, expected: false },
  { operator: 'Bool', values: ["${aws:PrincipalTag/mfa-required, 'true'}"], ctx: { k: 'true' }, expected: true },
];

describe('Bool condition operator', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});
