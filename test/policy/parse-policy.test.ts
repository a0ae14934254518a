import { describe, it } from 'node:test';
import { expect } from 'chai';
import { hasErrors } from '../../src/policy/diagnostic.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import type { Policy, PolicyKind } from '../../src/policy/policy.js';

function policyOf(input: unknown, kind?: PolicyKind): Policy {
  const result = parsePolicy(input, kind === undefined ? {} : { kind });
  if (result.policy === undefined) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.policy;
}

function codes(input: unknown, kind?: PolicyKind): string[] {
  return parsePolicy(input, kind === undefined ? {} : { kind }).diagnostics.map((d) => `${d.code}@${d.path}`);
}

const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' };

describe('parsePolicy', () => {
  describe('normalises every string-or-array into an array, once (R12)', () => {
    const policy = policyOf({
      Version: '2012-10-17',
      Id: 'p1',
      Statement: [
        { Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] },
        { Effect: 'Deny', NotAction: ['iam:*'], NotResource: 'arn:aws:iam::*:role/admin' },
      ],
    });
    it('keeps Version, Id and statement order', () => {
      expect(policy.version).to.equal('2012-10-17');
      expect(policy.id).to.equal('p1');
      expect(policy.supportsVariables).to.equal(true);
      expect(policy.statements.map((s) => s.index)).to.deep.equal([0, 1]);
    });
    it('turns single strings into one-element arrays', () => {
      const [first, second] = policy.statements;
      expect(first).to.deep.equal({
        index: 0,
        sid: 'One',
        effect: 'Allow',
        action: ['s3:GetObject'],
        resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'],
        conditions: [],
      });
      expect(second).to.deep.equal({
        index: 1,
        effect: 'Deny',
        notAction: ['iam:*'],
        notResource: ['arn:aws:iam::*:role/admin'],
        conditions: [],
      });
    });
  });

  it('reads a single statement object as statement 0', () => {
    const policy = policyOf({ Version: '2012-10-17', Statement: ALLOW_ALL });
    expect(policy.statements).to.have.length(1);
    expect(policy.statements[0]?.index).to.equal(0);
  });

  describe('Version (R2, R3)', () => {
    it('2008-10-17 is accepted but variables are literal', () => {
      const policy = policyOf({ Version: '2008-10-17', Statement: ALLOW_ALL });
      expect(policy.version).to.equal('2008-10-17');
      expect(policy.supportsVariables).to.equal(false);
    });
    it('a missing Version is a warning and variables are literal', () => {
      const result = parsePolicy({ Statement: ALLOW_ALL });
      expect(result.diagnostics.map((d) => [d.code, d.severity])).to.deep.equal([['version-missing', 'warning']]);
      expect(result.policy?.supportsVariables).to.equal(false);
      expect(result.policy?.version).to.equal(undefined);
    });
    for (const bad of ['2012-10-18', '2012-10-17 ', 20121017, null]) {
      it(`${JSON.stringify(bad)} is an error, yet the policy is still representable`, () => {
        const result = parsePolicy({ Version: bad, Statement: ALLOW_ALL });
        expect(result.diagnostics.map((d) => d.code)).to.deep.equal(['version-invalid']);
        expect(hasErrors(result.diagnostics)).to.equal(true);
        expect(result.policy?.supportsVariables).to.equal(false);
      });
    }
  });

  describe('Principal (R13)', () => {
    const principalOf = (principal: unknown) =>
      policyOf({ Version: '2012-10-17', Statement: { ...ALLOW_ALL, Principal: principal } }).statements[0]?.principal;
    it('"*" sets wildcard', () => {
      expect(principalOf('*')).to.deep.equal({
        wildcard: true,
        aws: [],
        service: [],
        federated: [],
        canonicalUser: [],
      });
    });
    it('a map fills one list per key and keeps AWS values as written', () => {
      expect(
        principalOf({
          AWS: '123456789012',
          Service: ['ecs.amazonaws.com'],
          Federated: 'cognito-identity.amazonaws.com',
          CanonicalUser: ['abc'],
        }),
      ).to.deep.equal({
        wildcard: false,
        aws: ['123456789012'],
        service: ['ecs.amazonaws.com'],
        federated: ['cognito-identity.amazonaws.com'],
        canonicalUser: ['abc'],
      });
    });
    it('{"AWS": "*"} stays an AWS list, not the wildcard flag', () => {
      expect(principalOf({ AWS: '*' })).to.deep.include({ wildcard: false, aws: ['*'] });
    });
    it('NotPrincipal is read the same way', () => {
      const statement = policyOf({
        Version: '2012-10-17',
        Statement: { ...ALLOW_ALL, Effect: 'Deny', NotPrincipal: { AWS: ['a', 'b'] } },
      }).statements[0];
      expect(statement?.notPrincipal?.aws).to.deep.equal(['a', 'b']);
      expect(statement?.principal).to.equal(undefined);
    });
  });

  describe('Condition (R17)', () => {
    it('turns every value into a string and records each entry path', () => {
      const statement = policyOf({
        Version: '2012-10-17',
        Statement: [
          {
            ...ALLOW_ALL,
            Condition: {
              Bool: { 'aws:SecureTransport': true },
              NumericLessThan: { 's3:max-keys': [10, '2.5', false] },
              StringEquals: { 'aws:RequestTag/app.name': 'x' },
            },
          },
        ],
      }).statements[0];
      expect(statement?.conditions).to.deep.equal([
        {
          operator: 'Bool',
          key: 'aws:SecureTransport',
          values: ['true'],
          path: 'Statement[0].Condition.Bool.aws:SecureTransport',
        },
        {
          operator: 'NumericLessThan',
          key: 's3:max-keys',
          values: ['10', '2.5', 'false'],
          path: 'Statement[0].Condition.NumericLessThan.s3:max-keys',
        },
        {
          operator: 'StringEquals',
          key: 'aws:RequestTag/app.name',
          values: ['x'],
          path: 'Statement[0].Condition.StringEquals["aws:RequestTag/app.name"]',
        },
      ]);
    });
    it('does not judge operator names (that is the condition checker’s job)', () => {
      expect(
        codes({ Version: '2012-10-17', Statement: { ...ALLOW_ALL, Condition: { NoSuchOperator: { k: 'v' } } } }),
      ).to.deep.equal([]);
    });
    it('keeps __proto__ and constructor as ordinary condition keys', () => {
      const policy = policyOf(
        `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"__proto__": "x", "constructor": "y"}}}}`,
      );
      expect(policy.statements[0]?.conditions.map((c) => c.key)).to.deep.equal(['__proto__', 'constructor']);
      expect(({} as Record<string, unknown>).x).to.equal(undefined);
    });
  });

  describe('kind rules (R11, R14–R16)', () => {
    const withPrincipal = { ...ALLOW_ALL, Principal: { AWS: '123456789012' } };
    const table: [string, PolicyKind | undefined, object, string[]][] = [
      ['identity with Principal', 'identity', withPrincipal, ['principal-not-allowed@Statement.Principal']],
      ['boundary with Principal', 'boundary', withPrincipal, ['principal-not-allowed@Statement.Principal']],
      ['session with Principal', 'session', withPrincipal, ['principal-not-allowed@Statement.Principal']],
      [
        'scp with NotPrincipal',
        'scp',
        { ...ALLOW_ALL, Effect: 'Deny', NotPrincipal: { AWS: 'x' } },
        ['principal-not-allowed@Statement.NotPrincipal'],
      ],
      ['resource without Principal', 'resource', ALLOW_ALL, ['principal-missing@Statement']],
      [
        'trust without Principal',
        'trust',
        { Effect: 'Allow', Action: 'sts:AssumeRole' },
        ['principal-missing@Statement'],
      ],
      [
        'trust without Resource',
        'trust',
        { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } },
        [],
      ],
      ['resource without Resource', 'resource', { Effect: 'Allow', Action: 's3:GetObject', Principal: '*' }, []],
      [
        'identity without Resource',
        'identity',
        { Effect: 'Allow', Action: 's3:GetObject' },
        ['resource-missing@Statement'],
      ],
      [
        'no kind, no Principal, no Resource',
        undefined,
        { Effect: 'Allow', Action: 's3:GetObject' },
        ['resource-missing@Statement'],
      ],
      ['no kind, Principal, no Resource', undefined, { Effect: 'Allow', Action: 's3:GetObject', Principal: '*' }, []],
      ['no kind, Principal given', undefined, withPrincipal, []],
      [
        'trust with NotPrincipal',
        'trust',
        { Effect: 'Deny', Action: 'sts:AssumeRole', NotPrincipal: { AWS: 'x' } },
        ['notprincipal-not-allowed@Statement.NotPrincipal'],
      ],
      [
        'NotPrincipal with Allow (any kind)',
        undefined,
        { ...ALLOW_ALL, NotPrincipal: { AWS: 'x' } },
        ['notprincipal-allow@Statement.NotPrincipal'],
      ],
      ['rcp with "*"', 'rcp', { ...ALLOW_ALL, Effect: 'Deny', Principal: '*' }, []],
      [
        'rcp with {"AWS": "*"}',
        'rcp',
        { ...ALLOW_ALL, Effect: 'Deny', Principal: { AWS: '*' } },
        ['principal-not-wildcard@Statement.Principal'],
      ],
      [
        'rcp with NotAction',
        'rcp',
        { Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: '*' },
        ['element-not-allowed@Statement.NotAction'],
      ],
    ];
    for (const [name, kind, statement, expected] of table) {
      it(name, () => {
        expect(codes({ Version: '2012-10-17', Statement: statement }, kind)).to.deep.equal(expected);
      });
    }
    it('kind rule errors leave the policy representable', () => {
      const result = parsePolicy({ Version: '2012-10-17', Statement: withPrincipal }, { kind: 'identity' });
      expect(result.policy).to.not.equal(undefined);
      expect(hasErrors(result.diagnostics)).to.equal(true);
    });
    it('Id in an identity-based policy is a warning (R18)', () => {
      expect(codes({ Version: '2012-10-17', Id: 'x', Statement: ALLOW_ALL }, 'identity')).to.deep.equal([
        'id-not-allowed@Id',
      ]);
      expect(codes({ Version: '2012-10-17', Id: 'x', Statement: ALLOW_ALL })).to.deep.equal([]);
    });
  });

  describe('structural errors withhold the policy', () => {
    const broken: [string, unknown][] = [
      ['JSON syntax', '{"Version": '],
      ['effect typo', { Version: '2012-10-17', Statement: { ...ALLOW_ALL, Effect: 'allow' } }],
      ['unknown element', { Version: '2012-10-17', Statement: { ...ALLOW_ALL, Conditions: {} } }],
      ['element conflict', { Version: '2012-10-17', Statement: { ...ALLOW_ALL, NotAction: 'x' } }],
      ['one bad statement among good ones', { Version: '2012-10-17', Statement: [ALLOW_ALL, { Effect: 'Allow' }] }],
    ];
    for (const [name, input] of broken) {
      it(name, () => {
        const result = parsePolicy(input);
        expect(result.policy).to.equal(undefined);
        expect(hasErrors(result.diagnostics)).to.equal(true);
      });
    }
  });

  describe('messages', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "allow",\n    "Action": "*",\n    "Resource": "*"\n  }]\n}';
    it('start with file:line:col when a source is given, and name the path and the value', () => {
      const [d] = parsePolicy(text, { source: 'policy.json' }).diagnostics;
      expect(d?.message).to.equal(
        'policy.json:4:5: Statement[0].Effect is "allow"; valid values are "Allow" and "Deny" (case-sensitive); did you mean "Allow"?',
      );
      expect(d?.path).to.equal('Statement[0].Effect');
    });
    it('omit the file without a source; positionOf still knows the place', () => {
      const result = parsePolicy(text);
      const [d] = result.diagnostics;
      expect(d?.message.startsWith('Statement[0].Effect is "allow"')).to.equal(true);
      expect(d === undefined ? undefined : result.positionOf(d)).to.deep.equal({ line: 4, column: 5 });
    });
    it('start with the file only for object input', () => {
      const [d] = parsePolicy({ Statement: ALLOW_ALL }, { source: 'inline' }).diagnostics;
      expect(d?.message.startsWith('inline: the policy has no Version')).to.equal(true);
    });
    it('are always one line', () => {
      const result = parsePolicy(
        '{"Statement": [{"Effect": "x\\ny", "Action": [], "Resource": {"a\\nb": 1}}], "Bad\\nKey": 1}',
        { source: 'p.json' },
      );
      expect(result.diagnostics.length).to.be.greaterThan(2);
      for (const d of result.diagnostics) expect(d.message).to.not.match(/[\r\n]/);
    });
    it('unreadable input sets unreadable and yields one diagnostic', () => {
      const result = parsePolicy('{"a": }', { source: 'p.json' });
      expect(result.unreadable).to.equal(true);
      expect(result.diagnostics.map((d) => d.code)).to.deep.equal(['json-syntax']);
      const [d] = result.diagnostics;
      expect(d === undefined ? undefined : result.positionOf(d)).to.deep.equal({ line: 1, column: 7 });
    });
  });

  describe('object input', () => {
    it('is walked the same way as text', () => {
      const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}';
      expect(parsePolicy(JSON.parse(text)).policy).to.deep.equal(parsePolicy(text).policy);
    });
    it('refuses a cycle as unreadable', () => {
      const statement: Record<string, unknown> = { Effect: 'Allow', Action: '*', Resource: '*' };
      statement.Condition = { StringEquals: { k: statement } };
      const result = parsePolicy({ Statement: statement });
      expect(result.unreadable).to.equal(true);
      expect(result.diagnostics.map((d) => `${d.code}@${d.path}`)).to.deep.equal([
        'input-cycle@Statement.Condition.StringEquals.k',
      ]);
    });
    it('a JSON string is read as policy text', () => {
      expect(parsePolicy('[]').diagnostics.map((d) => d.code)).to.deep.equal(['invalid-type']);
    });
  });
});
