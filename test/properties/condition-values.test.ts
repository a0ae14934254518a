// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionPool } from '../../src/properties/condition-pool.js';
import { conditionValues } from '../../src/properties/condition-values.js';
import { readDocument } from '../../src/model/read-document.js';
import { policy } from './invariant-models.js';

describe('conditionValues: values that meet a condition and values just beside it', () => {
  const cases: Array<[string, string[], string, string[], boolean]> = [
    ['IpAddress', ['10.1.0.0/16'], 'ip', ['10.1.0.1', '10.2.0.0'], false],
    ['NotIpAddress', ['203.0.113.7/32'], 'ip', ['203.0.113.7', '203.0.113.8'], false],
    ['NumericLessThan', ['3600'], 'number', ['3600', '3599', '3601'], false],
    [
      'DateGreaterThan',
      ['2025-01-01T00:00:00Z'],
      'date',
      ['2025-01-01T00:00:00Z', '2024-12-31T23:59:59Z', '2025-01-01T00:00:01Z'],
      false,
    ],
    ['StringLike', ['dev-*'], 'string', ['dev-*', 'dev-', 'dev-x'], false],
    ['BoolIfExists', ['true'], 'bool', ['true', 'false'], false],
    ['ForAnyValue:StringEquals', ['a', 'b'], 'string', ['a', 'b'], true],
    ['StringEquals', ['${aws:username}'], 'string', [], false],
    ['Null', ['true'], 'string', [], false],
  ];
  for (const [operator, values, kind, expected, multivalued] of cases) {
    it(`${operator} ${values.join(', ')}`, () => {
      assert.deepEqual(conditionValues(operator, values), { kind, multivalued, values: expected });
    });
  }
});

describe('conditionPool', () => {
  const doc = readDocument(
    'p',
    'identity',
    policy(
      {
        Effect: 'Allow',
        Action: 'ec2:RunInstances',
        Resource: '*',
        Condition: {
          StringEquals: {
            'aws:RequestTag/team': 'blue',
            'aws:PrincipalTag/team': 'red',
            'ec2:InstanceType': 't3.micro',
          },
          'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'cost'] },
        },
      },
      { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': '1' } } },
    ),
  );
  const pool = conditionPool([doc], { now: '2025-01-01T00:00:00Z', tags: [['env', 'prod']] });
  const key = (name: string) => pool.keys.find((k) => k.key.toLowerCase() === name.toLowerCase());

  it('generates the global keys, and the keys the policies read', () => {
    for (const name of ['aws:SourceIp', 'aws:MultiFactorAuthPresent', 'aws:CurrentTime', 'ec2:InstanceType']) {
      assert.ok(key(name), name);
    }
    assert.deepEqual(key('ec2:InstanceType')?.values, ['t3.micro']);
  });

  it('leaves out keys that are facts about the principal or the resource', () => {
    assert.equal(key('aws:PrincipalAccount'), undefined);
    assert.equal(key('aws:PrincipalTag/team'), undefined);
  });

  it('turns every tag key seen into request tags and aws:TagKeys, with the values seen', () => {
    assert.deepEqual([...(pool.tags.keys ?? [])].sort(), ['cost', 'env', 'team']);
    assert.deepEqual(key('aws:RequestTag/team')?.values, ['blue', 'red']);
    assert.equal(key('aws:TagKeys')?.multivalued, true);
    assert.deepEqual(pool.tags.values.get('env'), ['prod']);
  });
});
