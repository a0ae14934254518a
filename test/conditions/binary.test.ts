import { describe, it } from 'node:test';
import { expect } from 'chai';
import { decodeBase64 } from '../../src/conditions/base64.js';
import { evaluate, type Row, title } from './evaluate.js';

const DOC_VALUE = 'QmluYXJ5VmFsdWVJbkJhc2U2NA==';

const rows: Row[] = [
  { operator: 'BinaryEquals', values: [DOC_VALUE], ctx: { k: DOC_VALUE }, expected: true },
  // R65: bytes are compared, so optional padding does not matter.
  { operator: 'BinaryEquals', values: [DOC_VALUE], ctx: { k: 'QmluYXJ5VmFsdWVJbkJhc2U2NA' }, expected: true },
  { operator: 'BinaryEquals', values: ['QQ'], ctx: { k: 'QQ==' }, expected: true },
  { operator: 'BinaryEquals', values: ['QQ=='], ctx: { k: 'QR==' }, expected: true },
  { operator: 'BinaryEquals', values: ['QQ=='], ctx: { k: 'Qg==' }, expected: false },
  { operator: 'BinaryEquals', values: ['QUJD'], ctx: { k: 'QUJDRA==' }, expected: false },
  { operator: 'BinaryEquals', values: ['QUJD', 'QUJDRA=='], ctx: { k: 'QUJDRA==' }, expected: true },
  { operator: 'BinaryEquals', values: [''], ctx: { k: '' }, expected: true },
  { operator: 'BinaryEquals', values: [DOC_VALUE], ctx: {}, expected: false },
  { operator: 'BinaryEqualsIfExists', values: [DOC_VALUE], ctx: {}, expected: true },
  // R68: text that is not base64 never matches, on either side.
  { operator: 'BinaryEquals', values: ['not base64!'], ctx: { k: 'not base64!' }, expected: false },
  { operator: 'BinaryEquals', values: ['QQ=='], ctx: { k: 'Q Q==' }, expected: false },
  { operator: 'BinaryEquals', values: ['QQ=='], ctx: { k: 'QQ=' }, expected: false },
  { operator: 'BinaryEquals', values: ['QUJD'], ctx: { k: 'QUJD====' }, expected: false },
];

const decoded: [string, string | undefined][] = [
  ['', ''],
  ['QQ==', 'A'],
  ['QUI=', 'AB'],
  ['QUJD', 'ABC'],
  ['QUI', 'AB'],
  ['+/+/', '\u00fb\u00ff\u00bf'],
  ['Q', undefined],
  ['QUJDR', undefined],
  ['QQ=A', undefined],
  ['QQ===', undefined],
  ['QUJD-_', undefined],
];

describe('BinaryEquals condition operator', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});

describe('decodeBase64 (R65)', () => {
  for (const [text, bytes] of decoded) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(bytes)}`, () => {
      const result = decodeBase64(text);
      expect(result === undefined ? undefined : Buffer.from(result).toString('latin1')).to.equal(bytes);
    });
  }
});
