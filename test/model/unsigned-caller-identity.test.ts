import { describe, it } from 'node:test';
import { expect } from 'chai';
import { DEV, standardWorld } from './model-builder.js';

// R108: sts:GetCallerIdentity needs signed credentials. An anonymous caller or a service principal has no identity
// of its own, so the model refuses the request as it refuses what other credentials can never do (R131, R133).

describe('R108 the model refuses GetCallerIdentity for callers without credentials', () => {
  for (const ref of ['anonymous', 'cloudtrail.amazonaws.com']) {
    it(`R108 ${ref}: refusal() names R108 and authorize() is an ImplicitDeny with that reason`, () => {
      const t = standardWorld();
      const caller = t.caller(ref);
      expect(t.model.refusal(caller, 'sts:GetCallerIdentity')?.rule).to.equal('R108');
      const { result } = t.model.authorize(caller, 'sts:GetCallerIdentity', '*');
      expect(result.decision).to.equal('ImplicitDeny');
      expect(result.reasons.flatMap((r) => (r.kind === 'rule' ? [r.rule] : []))).to.deep.equal(['R108']);
    });
  }

  it('R98 a signed caller is not refused and is allowed', () => {
    const t = standardWorld();
    for (const ref of ['alice', 'app', `root of ${DEV}`]) {
      const caller = t.caller(ref);
      expect(t.model.refusal(caller, 'sts:GetCallerIdentity'), ref).to.equal(undefined);
      expect(t.decide(caller, 'sts:GetCallerIdentity', '*'), ref).to.equal('Allow');
    }
  });

  it('R108 other requests of an anonymous caller are not refused: policies decide them (R96)', () => {
    const t = standardWorld();
    expect(t.model.refusal(t.caller('anonymous'), 's3:GetObject')).to.equal(undefined);
  });
});
