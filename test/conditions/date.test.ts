// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseDate } from '../../src/conditions/parse-date.js';
import { evaluate, type Row, title } from './evaluate.js';

const rows: Row[] = [
  { operator: 'DateGreaterThan', values: ['2020-01-01T00:00:01Z'], ctx: { k: '2020-06-01T00:00:00Z' }, expected: true },
  {
    operator: 'DateGreaterThan',
    values: ['2020-01-01T00:00:01Z'],
    ctx: { k: '2020-01-01T00:00:01Z' },
    expected: false,
  },
  { operator: 'DateGreaterThan', values: ['2020-01-01T00:00:01Z'], ctx: {}, expected: false },
  { operator: 'DateGreaterThanEquals', values: ['2020-01-01'], ctx: { k: '2020-01-01T00:00:00Z' }, expected: true },
  { operator: 'DateLessThan', values: ['2020-01-01'], ctx: { k: '2019-12-31T23:59:59.999Z' }, expected: true },
  { operator: 'DateLessThan', values: ['2020-01-01'], ctx: { k: '2020-01-01T00:00:00Z' }, expected: false },
  { operator: 'DateLessThanEquals', values: ['2020-01-01'], ctx: { k: '2020-01-01T00:00:00Z' }, expected: true },
  // R63: values compare as instants, whatever form and zone they are written in.
  { operator: 'DateEquals', values: ['2020-01-01T02:00:00+02:00'], ctx: { k: '2020-01-01T00:00:00Z' }, expected: true },
  { operator: 'DateEquals', values: ['1577836800'], ctx: { k: '2020-01-01T00:00:00Z' }, expected: true },
  { operator: 'DateEquals', values: ['2020-01-01T00:00:00Z'], ctx: { k: '1577836800' }, expected: true },
  { operator: 'DateEquals', values: ['2020-01-01T00:00:00.000Z'], ctx: { k: '2020-01-01T00:00Z' }, expected: true },
  { operator: 'DateEquals', values: ['2020'], ctx: { k: '2020-01-01T00:00:00Z' }, expected: true },
  { operator: 'DateEquals', values: ['2020-02'], ctx: { k: '2020-02-01' }, expected: true },
  { operator: 'DateEquals', values: ['2020-01-01'], ctx: { k: '2020-01-02' }, expected: false },
  { operator: 'DateNotEquals', values: ['2020-01-01', '2020-01-02'], ctx: { k: '2020-01-02' }, expected: false },
  { operator: 'DateNotEquals', values: ['2020-01-01', '2020-01-02'], ctx: { k: '2020-01-03' }, expected: true },
  { operator: 'DateNotEquals', values: ['2020-01-01'], ctx: {}, expected: true },
  { operator: 'DateLessThan', values: ['2020-01-01', '2030-01-01'], ctx: { k: '2025-01-01' }, expected: true },
  // R69, R68: no wildcards, and a bad policy value never matches.
  { operator: 'DateGreaterThan', values: ['2020-*'], ctx: { k: '2025-01-01' }, expected: false },
  { operator: 'DateNotEquals', values: ['not a date'], ctx: { k: '2025-01-01' }, expected: true },
  { operator: 'DateLessThan', values: ['2030-01-01'], ctx: { k: 'yesterday' }, expected: false },
  { operator: 'DateLessThanIfExists', values: ['2030-01-01'], ctx: {}, expected: true },
  // R59: Date takes no policy variables.
  {
    operator: 'DateEquals',
    values: ['${aws:CurrentTime}'],
    ctx: { k: '2020-01-01T00:00:00Z', 'aws:currenttime': '2020-01-01T00:00:00Z' },
    expected: false,
  },
];

const utc = (iso: string): number => Date.parse(iso);

const dates: [string, number | undefined][] = [
  ['1997', utc('1997-01-01T00:00:00Z')],
  ['1997-07', utc('1997-07-01T00:00:00Z')],
  ['1997-07-16', utc('1997-07-16T00:00:00Z')],
  ['1997-07-16T19:20+01:00', utc('1997-07-16T18:20:00Z')],
  ['1997-07-16T19:20:30+01:00', utc('1997-07-16T18:20:30Z')],
  ['1997-07-16T19:20:30.45+01:00', utc('1997-07-16T18:20:30.450Z')],
  ['1997-07-16T19:20:30.45-05:30', utc('1997-07-17T00:50:30.450Z')],
  ['2020-01-01T00:00:01Z', utc('2020-01-01T00:00:01Z')],
  ['2024-02-29', utc('2024-02-29T00:00:00Z')],
  ['0001-01-01', -62_135_596_800_000],
  ['0000-03-01', utc('0000-03-01T00:00:00Z')],
  ['0', 0],
  ['1577836800', 1_577_836_800_000],
  ['', undefined],
  ['2023-02-29', undefined],
  ['2023-13-01', undefined],
  ['2023-00-10', undefined],
  ['2023-01-32', undefined],
  ['2023-1-1', undefined],
  ['2023-01-01T24:00Z', undefined],
  ['2023-01-01T10:60Z', undefined],
  ['2023-01-01T10:00:60Z', undefined],
  ['2023-01-01T10:00:00', undefined],
  ['2023-01-01T10:00:00.Z', undefined],
  ['2023-01-01T10:00:00+0100', undefined],
  ['2023-01-01t10:00:00z', undefined],
  ['2023-01-01 10:00:00Z', undefined],
  ['2023-01-01T10Z', undefined],
  ['-1577836800', undefined],
  ['1577836800.5', undefined],
  ['20200101', 20_200_101_000],
];

describe('Date condition operators', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});

describe('parseDate (R63)', () => {
  for (const [text, expected] of dates) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(parseDate(text)).to.equal(expected);
    });
  }
});
