// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compileConditions } from '../../src/conditions/compile-conditions.js';
import { RequestContext } from '../../src/context/request-context.js';
import type { ConditionEntry } from '../../src/policy/policy.js';
import { evaluate, type Row, title } from './evaluate.js';

const TAGS = ['Dept', 'CostCenter'];

const setRows: Row[] = [
  // R51: ForAllValues — every request value matches some policy value; missing or null is true.
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: { k: ['Dept'] }, expected: true },
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: { k: ['Dept', 'CostCenter'] }, expected: true },
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: { k: ['Dept', 'Owner'] }, expected: false },
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: { k: 'Dept' }, expected: true },
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: { k: 'Owner' }, expected: false },
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: {}, expected: true },
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: { k: [] }, expected: true },
  { operator: 'ForAllValues:StringEquals', values: TAGS, ctx: { k: '' }, expected: true },
  { operator: 'ForAllValues:StringEquals', values: [], ctx: { k: ['Dept'] }, expected: false },
  { operator: 'ForAllValues:StringEquals', values: [], ctx: {}, expected: true },
  { operator: 'ForAllValues:StringLike', values: ['Created*'], ctx: { k: ['CreatedBy', 'CreatedAt'] }, expected: true },
  { operator: 'ForAllValues:StringLike', values: ['Created*'], ctx: { k: ['CreatedBy', 'Owner'] }, expected: false },
  // R52: ForAnyValue — at least one request value matches; missing or null is false.
  {
    operator: 'ForAnyValue:StringEquals',
    values: ['ID', 'PostDateTime'],
    ctx: { k: ['UserName', 'Message', 'PostDateTime'] },
    expected: true,
  },
  { operator: 'ForAnyValue:StringEquals', values: ['ID', 'PostDateTime'], ctx: { k: ['UserName'] }, expected: false },
  { operator: 'ForAnyValue:StringEquals', values: ['ID'], ctx: { k: 'ID' }, expected: true },
  { operator: 'ForAnyValue:StringEquals', values: ['ID'], ctx: {}, expected: false },
  { operator: 'ForAnyValue:StringEquals', values: ['ID'], ctx: { k: [] }, expected: false },
  { operator: 'ForAnyValue:StringEquals', values: ['ID', ''], ctx: { k: '' }, expected: false },
  { operator: 'ForAnyValue:StringEquals', values: [], ctx: { k: ['ID'] }, expected: false },
  // R53: a negated operator is applied to each request value before the qualifier combines them.
  {
    operator: 'ForAllValues:StringNotEquals',
    values: ['DataClass', 'Owner'],
    ctx: { k: ['Dept', 'SIC'] },
    expected: true,
  },
  {
    operator: 'ForAllValues:StringNotEquals',
    values: ['DataClass', 'Owner'],
    ctx: { k: ['Dept', 'Owner'] },
    expected: false,
  },
  { operator: 'ForAllValues:StringNotEquals', values: ['DataClass', 'Owner'], ctx: {}, expected: true },
  { operator: 'ForAllValues:StringNotEquals', values: ['DataClass', 'Owner'], ctx: { k: [] }, expected: true },
  {
    operator: 'ForAnyValue:StringNotEquals',
    values: ['DataClass', 'Owner'],
    ctx: { k: ['DataClass', 'Owner'] },
    expected: false,
  },
  {
    operator: 'ForAnyValue:StringNotEquals',
    values: ['DataClass', 'Owner'],
    ctx: { k: ['Dept', 'DataClass'] },
    expected: true,
  },
  { operator: 'ForAnyValue:StringNotEquals', values: ['DataClass', 'Owner'], ctx: {}, expected: false },
  { operator: 'ForAnyValue:StringNotEquals', values: ['DataClass', 'Owner'], ctx: { k: [] }, expected: false },
  { operator: 'ForAnyValue:StringNotLike', values: ['aws-*'], ctx: { k: ['aws-a', 'mine'] }, expected: true },
  {
    operator: 'ForAllValues:ArnNotLike',
    values: ['arn:aws:iam::*:role/admin'],
    ctx: { k: ['arn:aws:iam::1:role/dev'] },
    expected: true,
  },
  // R48, R54: IfExists answers true for a missing key, whatever the qualifier; a present empty set is judged by the qualifier.
  { operator: 'ForAnyValue:StringEqualsIfExists', values: ['ID'], ctx: {}, expected: true },
  { operator: 'ForAnyValue:StringEqualsIfExists', values: ['ID'], ctx: { k: [] }, expected: false },
  { operator: 'ForAnyValue:StringEqualsIfExists', values: ['ID'], ctx: { k: ['Name'] }, expected: false },
  { operator: 'ForAnyValue:StringEqualsIfExists', values: ['ID'], ctx: { k: ['Name', 'ID'] }, expected: true },
  { operator: 'ForAllValues:StringEqualsIfExists', values: ['ID'], ctx: { k: ['ID', 'Name'] }, expected: false },
  { operator: 'ForAllValues:StringNotEqualsIfExists', values: ['ID'], ctx: {}, expected: true },
  // Set qualifiers work with every family.
  { operator: 'ForAllValues:NumericLessThan', values: ['10'], ctx: { k: ['1', '9'] }, expected: true },
  { operator: 'ForAllValues:NumericLessThan', values: ['10'], ctx: { k: ['1', '11'] }, expected: false },
  { operator: 'ForAnyValue:IpAddress', values: ['10.0.0.0/8'], ctx: { k: ['8.8.8.8', '10.1.1.1'] }, expected: true },
];

const singleRows: Row[] = [
  // R55 (iamspec decision): a list without a set qualifier — positive if any member matches, negated if none does.
  { operator: 'StringEquals', values: ['a'], ctx: { k: ['b', 'a'] }, expected: true },
  { operator: 'StringEquals', values: ['a'], ctx: { k: ['b', 'c'] }, expected: false },
  { operator: 'StringEquals', values: ['a'], ctx: { k: [] }, expected: false },
  { operator: 'StringNotEquals', values: ['a'], ctx: { k: ['b', 'a'] }, expected: false },
  { operator: 'StringNotEquals', values: ['a'], ctx: { k: ['b', 'c'] }, expected: true },
  { operator: 'StringNotEquals', values: ['a'], ctx: { k: [] }, expected: true },
  // R48: IfExists is true when the key is missing and otherwise the plain operator.
  { operator: 'StringEqualsIfExists', values: ['a'], ctx: {}, expected: true },
  { operator: 'StringEqualsIfExists', values: ['a'], ctx: { k: 'b' }, expected: false },
  { operator: 'StringNotEqualsIfExists', values: ['a'], ctx: {}, expected: true },
  { operator: 'StringNotEqualsIfExists', values: ['a'], ctx: { k: 'a' }, expected: false },
  { operator: 'StringLikeIfExists', values: ['t1.*', 't2.*', 'm3.*'], ctx: {}, expected: true },
  { operator: 'StringLikeIfExists', values: ['t1.*', 't2.*', 'm3.*'], ctx: { k: 'm3.large' }, expected: true },
  { operator: 'StringLikeIfExists', values: ['t1.*', 't2.*', 'm3.*'], ctx: { k: 'c5.large' }, expected: false },
  // R40: key names are case-insensitive.
  { operator: 'StringEquals', key: 'AWS:SourceIP', values: ['x'], ctx: { 'aws:sourceip': 'x' }, expected: true },
  { operator: 'StringEquals', key: 'aws:sourceip', values: ['x'], ctx: { 'AWS:SourceIp': 'x' }, expected: true },
  // R41, R68: unknown operators never match, even negated-looking ones.
  { operator: 'StringNotEqual', values: ['x'], ctx: {}, expected: false },
  { operator: 'stringequals', values: ['x'], ctx: { k: 'x' }, expected: false },
  { operator: 'ForAllValue:StringEquals', values: ['x'], ctx: {}, expected: false },
];

function entry(operator: string, key: string, values: string[]): ConditionEntry {
  return { operator, key, values, path: `Statement[0].Condition.${operator}.${key}` };
}

const BLOCK = [
  entry('StringEqualsIgnoreCase', 'aws:PrincipalTag/department', ['finance', 'hr', 'legal']),
  entry('StringEqualsIgnoreCase', 'aws:PrincipalTag/role', ['audit', 'security']),
  entry('StringEquals', 'aws:PrincipalAccount', ['123456789012']),
];

const FULL = {
  'aws:PrincipalTag/department': 'HR',
  'aws:PrincipalTag/role': 'audit',
  'aws:PrincipalAccount': '123456789012',
};

describe('set qualifiers (R51–R54)', () => {
  for (const row of setRows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});

describe('single entries without a set qualifier (R44, R48, R55)', () => {
  for (const row of singleRows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});

describe('compileConditions', () => {
  const block = compileConditions(BLOCK, true);

  it('R45: every key and every operator of a block must hold', () => {
    expect(block.test(RequestContext.from(FULL))).to.equal(true);
    expect(block.test(RequestContext.from({ ...FULL, 'aws:PrincipalTag/role': 'dev' }))).to.equal(false);
    expect(block.test(RequestContext.from({ ...FULL, 'aws:PrincipalAccount': '999999999999' }))).to.equal(false);
    const { 'aws:PrincipalTag/department': _, ...withoutDepartment } = FULL;
    expect(block.test(RequestContext.from(withoutDepartment))).to.equal(false);
  });

  it('an empty block always holds and says so', () => {
    const empty = compileConditions([], true);
    expect(empty.always).to.equal(true);
    expect(empty.keys).to.deep.equal([]);
    expect(empty.test(RequestContext.empty())).to.equal(true);
    expect(empty.explain(RequestContext.empty())).to.deep.equal([]);
    expect(block.always).to.equal(false);
  });

  it('lists the lowercased keys it reads, including those of policy variables, once each', () => {
    const compiled = compileConditions(
      [
        entry('StringEquals', 'aws:PrincipalTag/Team', ['${aws:ResourceTag/Team}']),
        entry('StringLike', 'AWS:PrincipalTag/team', ['${aws:username}/*']),
        entry('NumericLessThan', 's3:max-keys', ['${aws:username}']),
      ],
      true,
    );
    expect(compiled.keys).to.deep.equal([
      'aws:principaltag/team',
      'aws:resourcetag/team',
      'aws:username',
      's3:max-keys',
    ]);
    expect(compileConditions([entry('StringEquals', 'k', ['${aws:username}'])], false).keys).to.deep.equal(['k']);
  });

  it('explains each entry with what the request had', () => {
    const outcomes = block.explain(
      RequestContext.from({ 'aws:PrincipalTag/department': 'IT', 'aws:PrincipalAccount': '123456789012' }),
    );
    expect(outcomes).to.deep.equal([
      {
        operator: 'StringEqualsIgnoreCase',
        key: 'aws:PrincipalTag/department',
        expected: ['finance', 'hr', 'legal'],
        actual: 'IT',
        matched: false,
        missing: false,
        path: 'Statement[0].Condition.StringEqualsIgnoreCase.aws:PrincipalTag/department',
      },
      {
        operator: 'StringEqualsIgnoreCase',
        key: 'aws:PrincipalTag/role',
        expected: ['audit', 'security'],
        actual: undefined,
        matched: false,
        missing: true,
        path: 'Statement[0].Condition.StringEqualsIgnoreCase.aws:PrincipalTag/role',
      },
      {
        operator: 'StringEquals',
        key: 'aws:PrincipalAccount',
        expected: ['123456789012'],
        actual: '123456789012',
        matched: true,
        missing: false,
        path: 'Statement[0].Condition.StringEquals.aws:PrincipalAccount',
      },
    ]);
  });

  it('R68: never throws on unknown operators or values that do not parse', () => {
    const bad = [
      entry('NoSuchOperator', 'k', ['x']),
      entry('NullIfExists', 'k', ['true']),
      entry('NumericEquals', 'k', ['ten']),
      entry('DateEquals', 'k', ['tomorrow']),
      entry('IpAddress', 'k', ['10.0.0.0/99']),
      entry('BinaryEquals', 'k', ['!!']),
      entry('Bool', 'k', ['maybe']),
      entry('Null', 'k', ['perhaps']),
      entry('StringLike', 'k', ['${unterminated']),
    ];
    for (const one of bad) {
      const compiled = compileConditions([one], true);
      expect(compiled.test(RequestContext.from({ k: 'x' })), one.operator).to.equal(false);
      expect(compiled.explain(RequestContext.empty())).to.have.length(1);
    }
  });

  it('reads the context through RequestContext.get only, so derived contexts work', () => {
    const base = RequestContext.from({ 'aws:PrincipalAccount': '123456789012' });
    const derived = base.over({ 'aws:PrincipalTag/department': 'legal', 'aws:PrincipalTag/role': 'security' });
    expect(block.test(derived)).to.equal(true);
  });
});
