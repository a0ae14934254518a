import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConditionKeyTypes } from '../../src/catalog/condition-key-types.js';
import { isValueOfType } from '../../src/conditions/check-context-value.js';

describe('R165 request values of typed condition keys', () => {
  it('R165 the catalogue types global and service keys; templated and unknown keys have no type', () => {
    const types = defaultConditionKeyTypes();
    assert.deepEqual(types.of('aws:SourceIp'), { type: 'IPAddress', multivalued: false });
    assert.deepEqual(types.of('AWS:SECURETRANSPORT'), { type: 'Bool', multivalued: false });
    assert.deepEqual(types.of('aws:TagKeys'), { type: 'String', multivalued: true });
    assert.equal(types.of('s3:prefix')?.type, 'String');
    assert.equal(types.of('aws:PrincipalTag/team'), undefined);
    assert.equal(types.of('nosuchservice:Key'), undefined);
    assert.equal(types.of('../../etc:passwd'), undefined);
  });

  const table: readonly [string, Parameters<typeof isValueOfType>[1], boolean][] = [
    ['203.0.113.10', 'IPAddress', true],
    ['2001:db8::1', 'IPAddress', true],
    ['10.0.0.300', 'IPAddress', false],
    ['10.0.0.0/8', 'IPAddress', false],
    ['true', 'Bool', true],
    ['FALSE', 'Bool', true],
    ['ture', 'Bool', false],
    ['3600', 'Numeric', true],
    ['an hour', 'Numeric', false],
    ['2025-01-01T00:00:00Z', 'Date', true],
    ['1735689600', 'Date', true],
    ['yesterday', 'Date', false],
    ['arn:aws:s3:::b', 'ARN', true],
    ['arn:aws:s3', 'ARN', false],
    ['anything at all', 'String', true],
  ];
  for (const [value, type, ok] of table) {
    it(`R165 "${value}" ${ok ? 'is' : 'is not'} a ${type} value`, () => assert.equal(isValueOfType(value, type), ok));
  }
});
