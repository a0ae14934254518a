import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { type BundleJson, bundle, coverageOf } from '../../src/testing/index.js';
import { type DifferentialCase, decideBoth, describeOutcome } from './differential-case.js';
import { minimizeBundle } from './minimize-bundle.js';
import { PATH, replayVariables, runsFor, SEED } from './replay.js';

// The fast engine (src/engine) against the reference evaluator (src/engine/reference), a slow literal transcription
// of the documented rules, on random bundles. `npm test` runs a few thousand cases; `npm run test:deep`
// (IAMSPEC_DEEP=1) runs a million. IAMSPEC_SEED and IAMSPEC_PATH replay a run; IAMSPEC_RUNS sets the count;
// IAMSPEC_STRICT=1 fails on known (reported) engine discrepancies too.

const RUNS = runsFor(5_000, 1_000_000);
/** No decision may make up less than this share of the cases, or the property is close to vacuous. */
const MIN_SHARE = 0.1;

function report(json: BundleJson, c: DifferentialCase, seed: number, path: string | undefined): string {
  const replay = replayVariables(seed, path);
  return [
    `The fast engine and the reference disagree (replay: ${replay} npm run test:deep).`,
    `  engine:    ${describeOutcome(c.engine)}`,
    `  reference: ${c.reference.decision} (${c.reference.rule})`,
    'Shrunk and minimized bundle, ready for `iamspec simulate <file>`:',
    JSON.stringify(json, null, 2),
    'Decide by docs/semantics.md which side is right; pin it in test/fixtures/differential/<name>.json as',
    '{ "title": …, "rule": …, "expected": …, "status": "engine-bug" | "fixed", "note": …, "bundle": <the bundle> }.',
  ].join('\n');
}

describe('differential: the fast engine decides as the reference evaluator does', () => {
  it('law: simulate(bundle).decision = referenceDecision(bundle).decision for random bundles', () => {
    const decisions: DifferentialCase['reference'][] = [];
    const known = new Map<string, number>();
    const started = performance.now();
    console.log(`differential: seed=${SEED}${PATH === undefined ? '' : ` path=${PATH}`} runs=${RUNS}`);
    const property = fc.property(bundle(), (json) => {
      const c = decideBoth(json);
      decisions.push(c.reference);
      if (c.known !== undefined) known.set(c.known, (known.get(c.known) ?? 0) + 1);
      return c.agree || c.known !== undefined;
    });
    const details = fc.check(property, { seed: SEED, numRuns: RUNS, ...(PATH === undefined ? {} : { path: PATH }) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const coverage = coverageOf(decisions.slice(0, details.numRuns));
    const share = (n: number) => `${(n * 100).toFixed(1)}%`;
    console.log(
      `differential: ${details.numRuns} cases in ${seconds}s; Allow ${share(coverage.shares.Allow)}, ` +
        `ExplicitDeny ${share(coverage.shares.ExplicitDeny)}, ImplicitDeny ${share(coverage.shares.ImplicitDeny)}`,
    );
    for (const [id, count] of known) console.log(`differential: known engine discrepancy ${id}: ${count} cases`);
    const counterexample = details.counterexample?.[0];
    if (details.failed && counterexample !== undefined) {
      const found = decideBoth(counterexample);
      const same = (c: DifferentialCase) =>
        !c.agree &&
        c.known === undefined &&
        describeOutcome(c.engine) === describeOutcome(found.engine) &&
        c.reference.decision === found.reference.decision;
      const smallest = minimizeBundle(counterexample, (json) => same(decideBoth(json)));
      expect.fail(report(smallest, decideBoth(smallest), details.seed, details.counterexamplePath ?? undefined));
    }
    if (details.failed) expect.fail(String(details.errorInstance));
    if (PATH === undefined && details.numRuns >= 1000) {
      for (const [decision, value] of Object.entries(coverage.shares)) {
        expect(value, `share of ${decision}`).to.be.at.least(MIN_SHARE);
      }
    }
  });
});
