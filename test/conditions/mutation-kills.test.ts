// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
// Cases added for mutants that survived `npm run mutation` (docs/testing.md): each pins documented behaviour
// of the condition operators that the existing tests did not reach.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { closestOperatorName } from '../../src/conditions/closest-operator-name.js';
import { equalsIgnoreCase } from '../../src/conditions/equals-ignore-case.js';
import { parseBool } from '../../src/conditions/parse-bool.js';
import { parseDate } from '../../src/conditions/parse-date.js';
import { parseIpv4, parseIpv6 } from '../../src/conditions/parse-ip.js';
import { evaluate, type Row, title } from './evaluate.js';

describe('R57 equalsIgnoreCase', () => {
  const rows: readonly (readonly [a: string, b: string, expected: boolean])[] = [
    ['', '', true],
    ['abc', 'abc', true],
    ['ABC', 'abc', true],
    ['abc', 'ABC', true],
    ['aBc', 'AbC', true],
    ['AZ', 'az', true],
    ['az', 'AZ', true],
    ['ab', 'abc', false],
    ['abc', 'ab', false],
    ['abc', 'abd', false],
    ['ABC', 'ABD', false],
    // ASCII characters that differ only in the case bit but are not letters
    ['@', '`', false],
    ['`', '@', false],
    ['[', '{', false],
    ['{', '[', false],
    ['^', '~', false],
    ['1', 'Q', false],
    // beyond ASCII: the locale-independent lowercase forms are compared
    ['\u00c9', '\u00e9', true],
    ['\u00e9', '\u00c9', true],
    ['a\u00c9', 'A\u00e9', true],
    ['\u00c9a', '\u00e9b', false],
    ['\u0080', '\u00a0', false],
    ['\u007f', '\u00ff', false],
    ['\u00ff', '\u007f', false],
    ['\u0130', 'i\u0307', true],
    ['i\u0307', '\u0130', true],
    ['\u0130', 'ix', false],
    ['ix', '\u0130', false],
    ['\u00df', 'SS', false],
    ['\u00df', 'ss', false],
    ['\u212a', 'k', true],
    ['k', '\u212a', true],
    ['\u212a', 'K', true],
    ['a\u212a', 'AK', true],
    ['A\u00e9', 'a\u00c9x', false],
  ];
  for (const [a, b, expected] of rows) {
    it(`R57 ${JSON.stringify(a)} ${expected ? 'equals' : 'does not equal'} ${JSON.stringify(b)} ignoring case`, () => {
      expect(equalsIgnoreCase(a, b)).to.equal(expected);
    });
  }
});

describe('R64 parseBool', () => {
  const rows: readonly (readonly [text: string, expected: boolean | undefined])[] = [
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['false', false],
    ['FALSE', false],
    ['fAlSe', false],
    ['', undefined],
    ['t', undefined],
    ['truex', undefined],
    ['tru', undefined],
    ['falsey', undefined],
    ['fals', undefined],
    ['1', undefined],
    ['yes', undefined],
  ];
  for (const [text, expected] of rows) {
    it(`R64 ${JSON.stringify(text)} → ${String(expected)}`, () => {
      expect(parseBool(text)).to.equal(expected);
    });
  }
});

describe('R41 R43 closestOperatorName suggests a valid operator', () => {
  const rows: readonly (readonly [name: string, expected: string | undefined])[] = [
    ['StringEqual', 'StringEquals'],
    ['stringequals', 'StringEquals'],
    ['StringEqualsIfExist', 'StringEqualsIfExists'],
    ['ForAllValues:StringLik', 'ForAllValues:StringLike'],
    ['ForAnyValues:StringLike', 'ForAnyValue:StringLike'],
    ['ForAnyValue:NumericLessThanEqual', 'ForAnyValue:NumericLessThanEquals'],
    ['Nul', 'Null'],
    ['ForAllValues:Nul', 'ForAllValues:Null'],
    ['DateGreaterThanIfExist', 'DateGreaterThanIfExists'],
    ['xyz', undefined],
    ['', undefined],
    ['CompletelyDifferentWords', undefined],
  ];
  for (const [name, expected] of rows) {
    it(`R41 ${JSON.stringify(name)} → ${String(expected)}`, () => {
      expect(closestOperatorName(name)).to.equal(expected);
    });
  }
  it('R43 never suggests NullIfExists, which is not an operator', () => {
    expect(closestOperatorName('NullIfExists')).to.not.equal('NullIfExists');
    expect(closestOperatorName('NullIfExist')).to.not.equal('NullIfExists');
    expect(closestOperatorName('ForAnyValue:NullIfExists')).to.not.equal('ForAnyValue:NullIfExists');
  });
});

describe('R63 parseDate reads the W3C profiles of ISO 8601 and epoch seconds', () => {
  const utc = (text: string): number => Date.parse(text);
  const rows: readonly (readonly [text: string, expected: number | undefined])[] = [
    // epoch seconds and bare years
    ['0', 0],
    ['12345', 12_345_000],
    ['1700000000', 1_700_000_000_000],
    ['2024', Date.UTC(2024, 0, 1)],
    // month and day ranges, leap years
    ['2024-01', Date.UTC(2024, 0, 1)],
    ['2024-00', undefined],
    ['2024-13', undefined],
    ['2024-1/', undefined],
    ['abcd-01', undefined],
    ['abcd-01-01', undefined],
    ['2024/01/01', undefined],
    ['2024/01', undefined],
    ['2024-01/01', undefined],
    ['2024-01-00', undefined],
    ['2024-01-31', Date.UTC(2024, 0, 31)],
    ['2024-03-31', Date.UTC(2024, 2, 31)],
    ['2024-04-30', Date.UTC(2024, 3, 30)],
    ['2024-04-31', undefined],
    ['2024-06-31', undefined],
    ['2024-09-31', undefined],
    ['2024-11-31', undefined],
    ['2024-12-31', Date.UTC(2024, 11, 31)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2023-02-29', undefined],
    ['2023-02-28', Date.UTC(2023, 1, 28)],
    ['1900-02-29', undefined],
    ['2100-02-29', undefined],
    ['2000-02-29', Date.UTC(2000, 1, 29)],
    ['2024-02-30', undefined],
    ['2024-01-01X00:00Z', undefined],
    // times and zones
    ['2024-01-01T00:00Z', utc('2024-01-01T00:00:00Z')],
    ['2024-01-01T23:59Z', utc('2024-01-01T23:59:00Z')],
    ['2024-01-01T24:00Z', undefined],
    ['2024-01-01T00:60Z', undefined],
    ['2024-01-01T00-00Z', undefined],
    ['2024-01-01Ta0:00Z', undefined],
    ['2024-01-01T00:a0Z', undefined],
    ['2024-01-01T00:00:59Z', utc('2024-01-01T00:00:59Z')],
    ['2024-01-01T00:00:60Z', undefined],
    ['2024-01-01T00:00:a0Z', undefined],
    ['2024-01-01T00:00Zx', undefined],
    ['2024-01-01T00:00', undefined],
    ['2024-01-01T00:00+01:00', utc('2024-01-01T00:00:00+01:00')],
    ['2024-01-01T00:00-01:30', utc('2024-01-01T00:00:00-01:30')],
    ['2024-01-01T00:00+23:59', utc('2024-01-01T00:00:00+23:59')],
    ['2024-01-01T00:00+00:59', utc('2024-01-01T00:00:00+00:59')],
    ['2024-01-01T00:00+24:00', undefined],
    ['2024-01-01T00:00+00:60', undefined],
    ['2024-01-01T00:00+0a:00', undefined],
    ['2024-01-01T00:00+00:a0', undefined],
    ['2024-01-01T00:00+1:00', undefined],
    ['2024-01-01T00:00+01:000', undefined],
    ['2024-01-01T00:00+01-00', undefined],
    ['2024-01-01T00:00*01:00', undefined],
    ['2024-01-01T00:00:00.5Z', utc('2024-01-01T00:00:00.500Z')],
    ['2024-01-01T00:00:00.Z', undefined],
  ];
  for (const [text, expected] of rows) {
    it(`R63 ${JSON.stringify(text)} → ${String(expected)}`, () => {
      expect(parseDate(text)).to.equal(expected);
    });
  }
  it('R63 fraction digits count up to nine places', () => {
    // at the epoch, so that the fraction is not lost to the precision of a large number
    expect(parseDate('1970-01-01T00:00:00.123456789123Z')).to.be.closeTo(123.456789, 1e-9);
    expect(parseDate('1970-01-01T00:00:00.123456789Z')).to.be.closeTo(123.456789, 1e-9);
    expect(parseDate('1970-01-01T00:00:00.12345678Z')).to.be.closeTo(123.45678, 1e-9);
  });
});

describe('R66 parseIpv4 reads dotted quads', () => {
  const rows: readonly (readonly [text: string, expected: number])[] = [
    ['0.0.0.0', 0],
    ['1.2.3.4', 0x01020304],
    ['255.255.255.255', 0xffffffff],
    ['10.0.0.99', 0x0a000063],
    ['256.0.0.0', -1],
    ['1.2.3', -1],
    ['1.2.3.', -1],
    ['.1.2.3', -1],
    ['1..2.3', -1],
    ['1.2.3.4.5', -1],
    ['0001.2.3.4', -1],
    ['1.2.3.0004', -1],
    ['1.2.3.a', -1],
    ['1.2./.4', -1],
    ['1.2.3.:', -1],
    ['1.2.3.-1', -1],
    ['', -1],
  ];
  for (const [text, expected] of rows) {
    it(`R66 ${JSON.stringify(text)} → ${expected}`, () => {
      expect(parseIpv4(text, 0, text.length)).to.equal(expected);
    });
  }
  it('R66 reads only the given range', () => {
    expect(parseIpv4('x1.2.3.4/8', 1, 8)).to.equal(0x01020304);
  });
});

describe('R66 parseIpv6 reads RFC 4291 text', () => {
  const rows: readonly (readonly [text: string, expected: readonly number[] | undefined])[] = [
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['1::8', [1, 0, 0, 0, 0, 0, 0, 8]],
    ['1:2::7:8', [1, 2, 0, 0, 0, 0, 7, 8]],
    ['1:2:3::6:7:8', [1, 2, 3, 0, 0, 6, 7, 8]],
    ['::2:3:4:5:6:7:8', [0, 2, 3, 4, 5, 6, 7, 8]],
    ['abcd:ABCD:f:F:a:A:9:0', [0xabcd, 0xabcd, 15, 15, 10, 10, 9, 0]],
    ['ffff::', [0xffff, 0, 0, 0, 0, 0, 0, 0]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x0102, 0x0304]],
    ['::255.255.255.255', [0, 0, 0, 0, 0, 0, 0xffff, 0xffff]],
    ['::0.0.0.0', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['1::2:3:4:5:6:7:1.2.3.4', undefined],
    ['1::2:3:4:5:6:7:8:9', undefined],
    ['::1::2', undefined],
    ['1::2:', undefined],
    [':a', undefined],
    ['ag::', undefined],
    ['1:2:3:4:5:6:7:1.2.3.4', undefined],
    ['1:2:3:4:5:6:7:8:9', undefined],
    ['1:2:3:4:5:6:7', undefined],
    ['1::2::3', undefined],
    [':1:2:3:4:5:6:7', undefined],
    ['1:2:3:4:5:6:7:', undefined],
    ['1:2:3:4:5:6:7:8::', undefined],
    ['::1:2:3:4:5:6:7:8', undefined],
    ['1:2:3:4::5:6:7:8', undefined],
    ['12345::', undefined],
    ['g::', undefined],
    ['G::', undefined],
    ['@::', undefined],
    ['`::', undefined],
    ['/::', undefined],
    [':::', undefined],
    ['1:::2', undefined],
    ['::1.2.3', undefined],
    ['::1.2.3.256', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of rows) {
    it(`R66 ${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      const out = new Uint16Array(8);
      const ok = parseIpv6(text, 0, text.length, out);
      expect(ok ? [...out] : undefined).to.deep.equal(expected);
    });
  }
});

describe('R57 R60 StringEqualsIgnoreCase with policy variables', () => {
  const rows: readonly Row[] = [
    {
      operator: 'StringEqualsIgnoreCase',
      values: ['${aws:username}'],
      ctx: { k: 'ALICE', 'aws:username': 'alice' },
      expected: true,
    },
    {
      operator: 'StringEqualsIgnoreCase',
      values: ['${aws:username}'],
      ctx: { k: 'bob', 'aws:username': 'alice' },
      expected: false,
    },
    // R60: a variable without a value equals nothing, and does not stop the other values from matching
    { operator: 'StringEqualsIgnoreCase', values: ['${aws:username}'], ctx: { k: 'x' }, expected: false },
    {
      operator: 'StringEqualsIgnoreCase',
      values: ['${aws:username}', '${aws:userid}'],
      ctx: { k: 'X', 'aws:userid': 'x' },
      expected: true,
    },
    { operator: 'StringNotEqualsIgnoreCase', values: ['${aws:username}'], ctx: { k: 'x' }, expected: true },
  ];
  for (const row of rows) {
    it(`R60 ${title(row)}`, () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
  }
});
