import { describe, it } from 'node:test';
import { expect } from 'chai';
import { evaluate, type Row, title } from './evaluate.js';

const rows: Row[] = [
  // R49: Null true ⇔ the key is absent (or null); Null false ⇔ present and not null.
  { operator: 'Null', values: ['true'], ctx: {}, expected: true },
  { operator: 'Null', values: ['true'], ctx: { k: '2020-01-01T00:00:00Z' }, expected: false },
  { operator: 'Null', values: ['false'], ctx: {}, expected: false },
  { operator: 'Null', values: ['false'], ctx: { k: 'x' }, expected: true },
  { operator: 'Null', values: ['false'], ctx: { k: ['a', 'b'] }, expected: true },
  { operator: 'Null', values: ['TRUE'], ctx: {}, expected: true },
  // R50: an empty string or empty list is a null value.
  { operator: 'Null', values: ['true'], ctx: { k: '' }, expected: true },
  { operator: 'Null', values: ['true'], ctx: { k: [] }, expected: true },
  { operator: 'Null', values: ['false'], ctx: { k: '' }, expected: false },
  { operator: 'Null', values: ['false'], ctx: { k: [] }, expected: false },
  { operator: 'Null', values: ['false'], ctx: { k: [''] }, expected: true },
  // R46: several values are ORed.
  { operator: 'Null', values: ['true', 'false'], ctx: {}, expected: true },
  { operator: 'Null', values: ['true', 'false'], ctx: { k: 'x' }, expected: true },
  // R68: a value other than true/false never matches.
  { operator: 'Null', values: ['yes'], ctx: {}, expected: false },
  { operator: 'Null', values: ['yes'], ctx: { k: 'x' }, expected: false },
  // R56: with a set qualifier Null is constant.
  { operator: 'ForAllValues:Null', values: ['false'], ctx: {}, expected: true },
  { operator: 'ForAllValues:Null', values: ['true'], ctx: { k: 'x' }, expected: true },
  { operator: 'ForAnyValue:Null', values: ['true'], ctx: {}, expected: false },
  { operator: 'ForAnyValue:Null', values: ['false'], ctx: { k: 'x' }, expected: false },
  // R43: NullIfExists is not an operator, so it never matches.
  { operator: 'NullIfExists', values: ['true'], ctx: {}, expected: false },
];

describe('Null condition operator', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});
