import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import {
  A,
  ARN,
  allow,
  anonymous,
  B,
  bundle,
  doc,
  getObject,
  type Json,
  named,
  request,
  root,
  roleSession,
  service,
  user,
} from './bundle-builder.js';

// Bundle validation: bad input is data, never a throw (GUIDE §3). Every problem becomes a diagnostic with a code and
// a JSON path into the bundle; a bundle comes back only when there is none.

function parse(value: unknown) {
  return parseBundle(value as JsonValue, 'case.json');
}

function problems(value: unknown): { code: string; path: string; message: string }[] {
  return parse(value).diagnostics.map(({ code, path, message }) => ({ code, path, message }));
}

const badEffect = doc({ ...allow('s3:GetObject'), Effect: 'Allowed' });

describe('bundle validation: where each problem is', () => {
  const rows: readonly [title: string, input: Json, code: string, path: string][] = [
    [
      'a principal kind that does not exist',
      bundle({ ...user(), kind: 'usr' }, getObject()),
      'bundle-kind',
      'principal.kind',
    ],
    [
      'a user without account',
      bundle({ kind: 'user', arn: ARN.alice }, getObject()),
      'bundle-missing',
      'principal.account',
    ],
    [
      'an account that is not 12 digits',
      bundle(user({ account: '1234' }), getObject()),
      'bundle-account',
      'principal.account',
    ],
    [
      'a role session without roleArn',
      bundle({ kind: 'role-session', arn: ARN.session, account: A }, getObject()),
      'bundle-missing',
      'principal.roleArn',
    ],
    [
      'an anonymous principal with an arn',
      bundle(anonymous({ arn: ARN.alice }), getObject()),
      'bundle-kind',
      'principal.arn',
    ],
    [
      'a service principal with an account',
      bundle(service('s3.amazonaws.com', { account: A }), getObject()),
      'bundle-kind',
      'principal.account',
    ],
    [
      'a root user with identity policies',
      bundle(root(A, { identityPolicies: [doc(allow('*'))] }), getObject()),
      'bundle-kind',
      'principal.identityPolicies',
    ],
    ['a request without action', bundle(user(), { resource: ARN.object }), 'bundle-missing', 'request.action'],
    [
      'an action without service prefix',
      bundle(user(), request('GetObject', ARN.object)),
      'bundle-action',
      'request.action',
    ],
    [
      'a resourceAccount that is not 12 digits',
      bundle(user(), getObject({ resourceAccount: 'B' })),
      'bundle-account',
      'request.resourceAccount',
    ],
    [
      'a context value that is a number',
      bundle(user(), getObject({ context: { 'aws:MultiFactorAuthAge': 5 } })),
      'bundle-context',
      'request.context.aws:MultiFactorAuthAge',
    ],
    [
      'a tag value that is not a string',
      bundle(user({ tags: { team: 7 } }), getObject()),
      'bundle-type',
      'principal.tags.team',
    ],
    [
      'isManagementAccount that is not a boolean',
      bundle(user(), getObject(), { isManagementAccount: 'yes' }),
      'bundle-type',
      'isManagementAccount',
    ],
    [
      'a bad Effect in an identity policy',
      bundle(user({ identityPolicies: [badEffect] }), getObject()),
      'effect-invalid',
      'principal.identityPolicies[0].Statement[0].Effect',
    ],
    [
      'a bad Effect in a named identity policy',
      bundle(user({ identityPolicies: [{ name: 'P', document: badEffect }] }), getObject()),
      'effect-invalid',
      'principal.identityPolicies[0].document.Statement[0].Effect',
    ],
    [
      'a Principal in a permissions boundary',
      bundle(user({ permissionsBoundary: doc(allow('*', '*', { Principal: '*' })) }), getObject()),
      'principal-not-allowed',
      'principal.permissionsBoundary.Statement[0].Principal',
    ],
    [
      'a bad Effect in a session policy',
      bundle(roleSession({ sessionPolicy: badEffect }), getObject()),
      'effect-invalid',
      'principal.sessionPolicy.Statement[0].Effect',
    ],
    [
      'a resource policy without Principal',
      bundle(user(), getObject(), { resourcePolicy: doc(allow('s3:GetObject')) }),
      'principal-missing',
      'resourcePolicy.Statement[0]',
    ],
    [
      'NotPrincipal in a trust policy',
      bundle(user(), request('sts:AssumeRole', ARN.targetRole), {
        resourcePolicy: doc({ Effect: 'Deny', Action: 'sts:AssumeRole', NotPrincipal: { AWS: ARN.alice } }),
      }),
      'notprincipal-not-allowed',
      'resourcePolicy.Statement[0].NotPrincipal',
    ],
    [
      'a bad Effect in an SCP level list',
      bundle(user(), getObject(), { scps: [[doc(allow('*'))], [badEffect]] }),
      'effect-invalid',
      'scps[1][0].Statement[0].Effect',
    ],
    [
      'a bad Effect in a named SCP level',
      bundle(user(), getObject(), { scps: [{ name: 'Root', policies: [badEffect] }] }),
      'effect-invalid',
      'scps[0].policies[0].Statement[0].Effect',
    ],
    [
      'an RCP whose Principal is not "*"',
      bundle(user(), getObject(), {
        rcps: [[doc({ Effect: 'Deny', Principal: { AWS: A }, Action: 's3:*', Resource: '*' })]],
      }),
      'principal-not-wildcard',
      'rcps[0][0].Statement[0].Principal',
    ],
    [
      'identityPolicies that is not an array',
      bundle(user({ identityPolicies: doc(allow('*')) }), getObject()),
      'bundle-type',
      'principal.identityPolicies',
    ],
    [
      'an identity policy that is not an object',
      bundle(user({ identityPolicies: ['{}'] }), getObject()),
      'bundle-type',
      'principal.identityPolicies[0]',
    ],
  ];
  for (const [title, input, code, path] of rows) {
    it(`${title} → ${code} at ${path}`, () => {
      const result = parse(input);
      expect(result.bundle).to.equal(undefined);
      expect(problems(input).map((d) => `${d.code} @ ${d.path}`)).to.include(`${code} @ ${path}`);
    });
  }
});

describe('bundle validation: unknown keys suggest the closest known one', () => {
  const rows: readonly [title: string, input: Json, path: string, suggestion: string][] = [
    ['top level', { ...bundle(user(), getObject()), resourcePolicies: doc() }, 'resourcePolicies', 'resourcePolicy'],
    ['principal', bundle(user({ identityPolicy: [] }), getObject()), 'principal.identityPolicy', 'identityPolicies'],
    [
      'principal, other case',
      bundle(user({ PermissionsBoundary: doc(allow('*')) }), getObject()),
      'principal.PermissionsBoundary',
      'permissionsBoundary',
    ],
    ['request', bundle(user(), { ...getObject(), resourceTag: {} }), 'request.resourceTag', 'resourceTags'],
    [
      'top level, management flag',
      { ...bundle(user(), getObject()), isManagementAcount: true },
      'isManagementAcount',
      'isManagementAccount',
    ],
  ];
  for (const [title, input, path, suggestion] of rows) {
    it(`${title}: ${path} → did you mean "${suggestion}"?`, () => {
      const found = problems(input).find((d) => d.path === path);
      expect(found?.code).to.equal('bundle-unknown-key');
      expect(found?.message).to.include(`did you mean "${suggestion}"?`);
    });
  }

  it('a key far from every known key lists the valid keys instead', () => {
    const found = problems(bundle(user({ zzzzzzzzzzzz: 1 }), getObject())).find(
      (d) => d.path === 'principal.zzzzzzzzzzzz',
    );
    expect(found?.message).to.include('valid keys are');
  });
});

describe('bundle validation: messages and completeness', () => {
  it('a message names the source and the path and quotes the value', () => {
    const [d] = problems(bundle({ ...user(), kind: 'usr' }, getObject()));
    expect(d?.message).to.match(/^case\.json: principal\.kind: /);
    expect(d?.message).to.include('"usr"');
    expect(d?.message).to.include('role-session');
  });

  it('reports every problem at once', () => {
    const input = {
      principal: { kind: 'user', arn: ARN.alice, account: 'x', identityPolicies: [badEffect] },
      request: { action: 'nope', resource: ARN.object },
      extra: true,
    };
    expect(problems(input).map((d) => d.path)).to.include.members([
      'principal.account',
      'principal.identityPolicies[0].Statement[0].Effect',
      'request.action',
      'extra',
    ]);
  });

  it('a valid bundle has no diagnostics and sensible defaults', () => {
    const result = parse(bundle(user({ identityPolicies: [doc(allow('*'))] }), getObject()));
    expect(result.diagnostics).to.deep.equal([]);
    expect(result.bundle?.isManagementAccount).to.equal(false);
    expect(result.bundle?.resourceIsManagementAccount).to.equal(false);
    expect(result.bundle?.principal.identityPolicies[0]?.name).to.equal('identity policy #1');
  });

  it('R91 resourceIsManagementAccount defaults to isManagementAccount for same-account requests only', () => {
    const same = parse(bundle(user(), getObject(), { isManagementAccount: true }));
    const cross = parse(bundle(user(), getObject({ resourceAccount: B }), { isManagementAccount: true }));
    expect(same.bundle?.resourceIsManagementAccount).to.equal(true);
    expect(cross.bundle?.resourceIsManagementAccount).to.equal(false);
  });

  it('policy names given with {name, document} are kept; SCP levels get default names', () => {
    const result = parse(
      bundle(user({ identityPolicies: [named('S3Read', allow('s3:*'))] }), getObject(), {
        scps: [[doc(allow('*'))], [doc(allow('*'))]],
      }),
    );
    expect(result.bundle?.principal.identityPolicies[0]?.name).to.equal('S3Read');
    expect(result.bundle?.scps?.map((l) => l.name)).to.deep.equal(['Root', 'level 1']);
  });
});

describe('bundle validation: never throws', () => {
  const inputs: readonly [title: string, input: unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a string', 'principal'],
    ['an array', [user(), getObject()]],
    ['an empty object', {}],
    ['principal null', { principal: null, request: getObject() }],
    ['principal an array', { principal: [], request: 5 }],
    ['kind a number', bundle({ kind: 5, arn: ARN.alice, account: A }, getObject())],
    ['identityPolicies with null', bundle(user({ identityPolicies: [null] }), getObject())],
    [
      'a policy whose Statement is a string',
      bundle(user({ identityPolicies: [{ Version: '2012-10-17', Statement: 'x' }] }), getObject()),
    ],
    [
      'a named policy without document body',
      bundle(user({ identityPolicies: [{ name: 'P', document: null }] }), getObject()),
    ],
    ['scps a string', bundle(user(), getObject(), { scps: 'FullAWSAccess' })],
    ['rcps nested too deep', bundle(user(), getObject(), { rcps: [[[doc(allow('*'))]]] })],
    ['context an array', bundle(user(), getObject({ context: ['aws:SourceIp'] }))],
    ['tags a string', bundle(user({ tags: 'team=blue' }), getObject())],
    ['request resource a number', bundle(user(), { action: 's3:GetObject', resource: 7 })],
    [
      'a condition value that is an object',
      bundle(
        user({ identityPolicies: [doc(allow('*', '*', { Condition: { StringEquals: { k: { v: 1 } } } }))] }),
        getObject(),
      ),
    ],
  ];
  const levelWithNullPolicies = bundle(user(), getObject(), { scps: [{ name: 'Root', policies: null }] });
  it('an SCP level whose policies is null → diagnostics, no bundle', {}, () => {
    expect(problems(levelWithNullPolicies).map((d) => d.path)).to.include('scps[0].policies');
    expect(parse(levelWithNullPolicies).bundle).to.equal(undefined);
  });

  for (const [title, input] of inputs) {
    it(`${title} → diagnostics, no bundle`, () => {
      const result = parse(input);
      expect(result.bundle).to.equal(undefined);
      expect(result.diagnostics.length).to.be.greaterThan(0);
      for (const d of result.diagnostics) {
        expect(d.severity).to.equal('error');
        expect(d.message).to.be.a('string').and.not.include('\n');
      }
    });
  }
});
