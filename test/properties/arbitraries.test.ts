import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { wildcardMatch } from '../../src/engine/reference/text-piece.js';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import {
  actionName,
  arn,
  coverageOf,
  type PolicyKindJson,
  policyDocument,
  vocabulary,
  wildcardVariant,
} from '../../src/testing/index.js';

const KINDS: readonly PolicyKindJson[] = ['identity', 'resource', 'trust', 'boundary', 'session', 'scp', 'rcp'];

describe('testing arbitraries', () => {
  for (const kind of KINDS) {
    it(`law: every policyDocument({ kind: '${kind}' }) validates without errors`, () => {
      fc.assert(
        fc.property(policyDocument({ kind }), (document) => {
          const errors = validatePolicy(document, { kind, catalog: false }).diagnostics.filter(
            (d) => d.severity === 'error',
          );
          expect(errors.map((d) => d.message)).to.deep.equal([]);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('law: wildcardVariant(text) matches text (R20)', () => {
    const text = fc.oneof(actionName(), arn());
    fc.assert(
      fc.property(
        text.chain((t) => wildcardVariant(t).map((pattern) => [t, pattern] as const)),
        ([t, pattern]) => wildcardMatch([{ text: pattern, wildcards: true }], t),
      ),
      { numRuns: 500 },
    );
  });

  it('the vocabulary has resources for every action', () => {
    for (const action of vocabulary.ACTIONS) {
      expect(vocabulary.resourcesOf(vocabulary.serviceOf(action), vocabulary.ACCOUNT_A)).to.not.be.empty;
    }
  });

  it('coverageOf counts decisions and results and gives their shares', () => {
    const coverage = coverageOf(['Allow', { decision: 'ExplicitDeny' }, 'ImplicitDeny', 'Allow']);
    expect(coverage.total).to.equal(4);
    expect(coverage.counts).to.deep.equal({ Allow: 2, ExplicitDeny: 1, ImplicitDeny: 1 });
    expect(coverage.shares.Allow).to.equal(0.5);
    expect(coverageOf([]).shares.Allow).to.equal(0);
  });
});
