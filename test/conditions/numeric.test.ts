// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseNumber } from '../../src/conditions/parse-number.js';
import { evaluate, type Row, title } from './evaluate.js';

const rows: Row[] = [
  { operator: 'NumericEquals', values: ['10'], ctx: { k: '10' }, expected: true },
  { operator: 'NumericEquals', values: ['10'], ctx: { k: '10.0' }, expected: true },
  { operator: 'NumericEquals', values: ['10'], ctx: { k: '010' }, expected: true },
  { operator: 'NumericEquals', values: ['0.1'], ctx: { k: '0.10' }, expected: true },
  { operator: 'NumericEquals', values: ['-3'], ctx: { k: '-3' }, expected: true },
  { operator: 'NumericEquals', values: ['1e3'], ctx: { k: '1000' }, expected: true },
  { operator: 'NumericEquals', values: ['10'], ctx: { k: '11' }, expected: false },
  { operator: 'NumericEquals', values: ['10', '20'], ctx: { k: '20' }, expected: true },
  { operator: 'NumericEquals', values: ['10'], ctx: {}, expected: false },
  { operator: 'NumericNotEquals', values: ['10'], ctx: { k: '11' }, expected: true },
  { operator: 'NumericNotEquals', values: ['10'], ctx: { k: '10' }, expected: false },
  { operator: 'NumericNotEquals', values: ['10', '20'], ctx: { k: '20' }, expected: false },
  { operator: 'NumericNotEquals', values: ['10', '20'], ctx: { k: '30' }, expected: true },
  { operator: 'NumericNotEquals', values: ['10'], ctx: {}, expected: true },
  { operator: 'NumericLessThan', values: ['10'], ctx: { k: '9.99' }, expected: true },
  { operator: 'NumericLessThan', values: ['10'], ctx: { k: '10' }, expected: false },
  { operator: 'NumericLessThan', values: ['10'], ctx: {}, expected: false },
  { operator: 'NumericLessThanEquals', values: ['3600'], ctx: { k: '3600' }, expected: true },
  { operator: 'NumericLessThanEquals', values: ['3600'], ctx: { k: '3601' }, expected: false },
  { operator: 'NumericGreaterThan', values: ['-1'], ctx: { k: '0' }, expected: true },
  { operator: 'NumericGreaterThan', values: ['0'], ctx: { k: '0' }, expected: false },
  { operator: 'NumericGreaterThanEquals', values: ['0'], ctx: { k: '0' }, expected: true },
  { operator: 'NumericGreaterThanEquals', values: ['0'], ctx: { k: '-0.5' }, expected: false },
  // R46: several values are ORed, so any bound that holds is enough.
  { operator: 'NumericLessThan', values: ['5', '100'], ctx: { k: '50' }, expected: true },
  // R68: a policy value that is not a number never matches; other values still can.
  { operator: 'NumericEquals', values: ['ten'], ctx: { k: '10' }, expected: false },
  { operator: 'NumericEquals', values: ['ten', '10'], ctx: { k: '10' }, expected: true },
  { operator: 'NumericNotEquals', values: ['ten'], ctx: { k: '10' }, expected: true },
  // A request value that is not a number matches nothing.
  { operator: 'NumericLessThan', values: ['10'], ctx: { k: 'abc' }, expected: false },
  { operator: 'NumericLessThan', values: ['10'], ctx: { k: '' }, expected: false },
  { operator: 'NumericNotEquals', values: ['10'], ctx: { k: 'abc' }, expected: true },
  // R59: Numeric takes no policy variables.
  {
    operator: 'NumericEquals',
    values: ['${aws:MultiFactorAuthAge}'],
    ctx: { k: '5', 'aws:multifactorauthage': '5' },
    expected: false,
  },
  { operator: 'NumericLessThanIfExists', values: ['10'], ctx: {}, expected: true },
  { operator: 'NumericLessThanIfExists', values: ['10'], ctx: { k: '11' }, expected: false },
];

const numbers: [string, number | undefined][] = [
  ['0', 0],
  ['10', 10],
  ['+7', 7],
  ['-2.5', -2.5],
  ['007', 7],
  ['1e21', 1e21],
  ['1E-7', 1e-7],
  ['2.5e+3', 2500],
  ['', undefined],
  ['-', undefined],
  ['.5', undefined],
  ['5.', undefined],
  ['1e', undefined],
  [' 1', undefined],
  ['1 ', undefined],
  ['0x10', undefined],
  ['Infinity', undefined],
  ['NaN', undefined],
  ['1,000', undefined],
  ['1_000', undefined],
];

describe('Numeric condition operators', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});

describe('parseNumber (R62)', () => {
  for (const [text, expected] of numbers) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(parseNumber(text)).to.equal(expected);
    });
  }
});
