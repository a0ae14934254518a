import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AuthorizerCache } from '../../src/model/authorizer-cache.js';
import { Clock } from '../../src/model/clock.js';
import { allow, DEV, doc, expectModelError, standardWorld } from './model-builder.js';

// bundleFor and authorize: the engine input the model builds and the context it derives (R100–R105, R116–R120).

const OBJ = 'arn:aws:s3:::data/report.csv';

describe('bundleFor', () => {
  it('R72 R93 a role session carries the role’s policies and its session policy', () => {
    const t = standardWorld();
    const s = t.sts.assumeRole('alice', 'app', { sessionName: 's1', sessionPolicy: doc(allow('s3:GetObject')) });
    if (!s.ok) throw new Error(s.reason);
    const bundle = t.model.bundleFor({ kind: 'session', session: s.value }, 's3:GetObject', OBJ);
    expect(bundle.principal.kind).to.equal('role-session');
    expect(bundle.principal.roleArn).to.equal(`arn:aws:iam::${DEV}:role/app`);
    expect(bundle.principal.identityPolicies.map((p) => p.name)).to.deep.equal(['ReadData']);
    expect(bundle.principal.sessionPolicy?.name).to.equal('session policy of s1');
  });

  it('R117 the model’s clock and HTTPS are in the context; given keys override them (R105)', () => {
    const t = standardWorld();
    t.model.advance(90);
    const derived = t.model.bundleFor(t.caller('alice'), 's3:GetObject', OBJ).request.context;
    expect(derived['aws:CurrentTime']).to.equal('2025-01-01T00:01:30Z');
    expect(derived['aws:SecureTransport']).to.equal('true');
    const given = t.model.bundleFor(t.caller('alice'), 's3:GetObject', OBJ, { 'aws:SecureTransport': 'false' });
    expect(given.request.context['aws:SecureTransport']).to.equal('false');
  });

  it('R117 the clock drives date conditions', () => {
    const t = standardWorld();
    t.model.putInlinePolicy(
      'user',
      'bob',
      'Until2026',
      doc(
        allow('s3:ListAllMyBuckets', '*', {
          Condition: { DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } },
        }),
      ),
    );
    expect(t.decide('bob', 's3:ListAllMyBuckets', '*')).to.equal('Allow');
    t.model.setNow('2026-06-01T00:00:00Z');
    expect(t.decide('bob', 's3:ListAllMyBuckets', '*')).to.equal('ImplicitDeny');
  });

  it('R118 R120 long-term credentials carry no MFA or token keys; temporary ones do', () => {
    const t = standardWorld();
    const user = t.model.bundleFor(t.caller('alice'), 's3:GetObject', OBJ).request.context;
    expect(user).not.to.have.property('aws:MultiFactorAuthPresent');
    expect(user).not.to.have.property('aws:TokenIssueTime');
    const role = t.model.bundleFor(t.caller('app'), 's3:GetObject', OBJ).request.context;
    expect(role['aws:MultiFactorAuthPresent']).to.equal('false');
    expect(role['aws:TokenIssueTime']).to.equal('2025-01-01T00:00:00Z');
    expect(role).not.to.have.property('aws:MultiFactorAuthAge');
  });

  it('authorize explains: reasons name the deciding statement', () => {
    const t = standardWorld();
    const { result } = t.model.authorize(t.caller('app'), 's3:GetObject', OBJ);
    expect(result.decision).to.equal('Allow');
    expect(result.reasons[0]).to.deep.include({ kind: 'allow' });
  });

  it('an unknown resource is a model error, not a deny', () => {
    const t = standardWorld();
    expectModelError(() => t.model.authorize(t.caller('alice'), 's3:GetObject', 'arn:aws:s3:::dta/x'), 'no resource');
  });
});

describe('Authorizer cache', () => {
  it('compiles once per principal and policies, again after a policy changes', () => {
    const t = standardWorld();
    const cache = new AuthorizerCache();
    const scenario = () => {
      const { request: _request, ...rest } = t.model.bundleFor(t.caller('alice'), 's3:GetObject', OBJ);
      return rest;
    };
    const first = cache.get(scenario());
    expect(cache.get(scenario())).to.equal(first);
    t.model.putInlinePolicy('user', 'alice', 'More', doc(allow('s3:GetObject')));
    expect(cache.get(scenario())).not.to.equal(first);
  });

  it('a changed policy changes the decision of the model’s own cache', () => {
    const t = standardWorld();
    expect(t.decide('bob', 's3:ListAllMyBuckets', '*')).to.equal('ImplicitDeny');
    t.model.putInlinePolicy('user', 'bob', 'List', doc(allow('s3:ListAllMyBuckets')));
    expect(t.decide('bob', 's3:ListAllMyBuckets', '*')).to.equal('Allow');
  });
});

describe('Clock', () => {
  it('starts at a fixed instant, advances and can be set', () => {
    const clock = new Clock();
    expect(clock.now).to.equal('2025-01-01T00:00:00Z');
    clock.advance(3600);
    expect(clock.now).to.equal('2025-01-01T01:00:00Z');
    clock.set('2030-05-06T07:08:09Z');
    expect(clock.epochSeconds).to.equal(Date.parse('2030-05-06T07:08:09Z') / 1000);
  });

  const bad: { title: string; run: () => void; fragment: string }[] = [
    { title: 'a negative advance', run: () => new Clock().advance(-1), fragment: 'only moves forward' },
    { title: 'a NaN advance', run: () => new Clock().advance(Number.NaN), fragment: 'only moves forward' },
    {
      title: 'an instant that is not ISO',
      run: () => new Clock('yesterday'),
      fragment: '"yesterday" is not an ISO 8601 instant',
    },
  ];
  for (const c of bad) it(`rejects ${c.title}`, () => expectModelError(c.run, c.fragment));
});
