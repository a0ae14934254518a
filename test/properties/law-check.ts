import { relative } from 'node:path';
import { it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import type { AuthorizationResult } from '../../src/engine/decision.js';
import { simulate } from '../../src/engine/simulate.js';
import type { BundleJson } from '../../src/testing/index.js';
import { parseGenerated } from './differential-case.js';
import { minimizeBundle } from './minimize-bundle.js';
import { PATH, replayVariables, SEED } from './replay.js';

/**
 * The harness of the engine's invariants (test/properties/invariants.property.test.ts with the laws in ./laws/, and
 * the account-model property): a law is an arbitrary of cases (plain JSON data, so that a failing case can be
 * minimized and printed) and a check that says whether one case keeps the law. A failure prints the seed and path to
 * replay it and the shrunk bundles, ready for `iamspec simulate`.
 */

/** What one case says about a law. */
export type LawResult =
  | {
      readonly holds: true;
      /** The law's premise held, so the case tested something (an implication with a false premise does not). */
      readonly tested: boolean;
    }
  | {
      readonly holds: false;
      /** What went wrong, without case-specific names: minimization keeps a case only if it fails the same way. */
      readonly problem: string;
      /** The bundles that show it, by label (e.g. `before`, `with the added Deny`), and any other data to print. */
      readonly bundles: Readonly<Record<string, unknown>>;
    };

/** A case that keeps the law; `tested` says whether its premise held. */
export function holds(tested = true): LawResult {
  return { holds: true, tested };
}

/** A case that breaks the law. */
export function broken(problem: string, bundles: Readonly<Record<string, unknown>>): LawResult {
  return { holds: false, problem, bundles };
}

export interface Law<C> {
  /** The test file (`import.meta.filename`), for the replay command. */
  readonly file: string;
  /** The test's title, `law: …`. */
  readonly title: string;
  readonly cases: fc.Arbitrary<C>;
  readonly check: (c: C) => LawResult;
  readonly runs: number;
  /** The least share of cases whose premise must hold, or the property is nearly vacuous. Default 0.05. */
  readonly minTested?: number;
}

/** Decides a generated bundle as `iamspec simulate` would (see `parseGenerated`). */
export function decide(json: BundleJson, explain = false): AuthorizationResult {
  return simulate(parseGenerated(json), { explain });
}

/** True when the generated bundle is allowed. */
export function isAllow(json: BundleJson): boolean {
  return decide(json).decision === 'Allow';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function report<C>(law: Law<C>, found: LawResult & { holds: false }, seed: number, path: string | undefined): string {
  const file = relative(process.cwd(), law.file);
  const pattern = JSON.stringify(escapeRegExp(law.title));
  return [
    `${law.title} fails: ${found.problem}`,
    `Replay: ${replayVariables(seed, path)} node --import tsx --test --test-name-pattern=${pattern} ${file}`,
    'Shrunk and minimized; each bundle is ready for `iamspec simulate <file>`:',
    ...Object.entries(found.bundles).flatMap(([label, json]) => [`--- ${label} ---`, JSON.stringify(json, null, 2)]),
    'If docs/semantics.md says the engine is wrong, pin the bundle in test/fixtures/differential/<name>.json with',
    '"status": "engine-bug" and report it; if the law is wrong, name the rule that makes the exception.',
  ].join('\n');
}

/** The result of a check that threw, as a failure (a generated edit that does not validate is a test bug). */
function safeCheck<C>(law: Law<C>, c: C): LawResult {
  try {
    return law.check(c);
  } catch (error) {
    return broken(`the check threw ${String(error)}`, {});
  }
}

/**
 * Runs a law with the run's seed, logs the seed, the number of cases and how many tested the premise, and fails with
 * a replayable, minimized report.
 */
export function checkLaw<C>(law: Law<C>): void {
  const started = performance.now();
  let tested = 0;
  let seen = 0;
  const property = fc.property(law.cases, (c) => {
    const result = law.check(c);
    // Shrinking calls the check again after the first failure; count only the generated cases.
    seen++;
    if (result.holds && result.tested && seen <= law.runs) tested++;
    return result.holds;
  });
  const details = fc.check(property, { seed: SEED, numRuns: law.runs, ...(PATH === undefined ? {} : { path: PATH }) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const name = law.title.replace(/^law: /, '').slice(0, 60);
  console.log(`${name}: seed=${SEED} ${details.numRuns} cases, ${tested} tested the premise, ${seconds}s`);
  const counterexample = details.counterexample?.[0];
  if (details.failed && counterexample !== undefined) {
    const first = safeCheck(law, counterexample);
    if (!first.holds) {
      const sameFailure = (c: C) => {
        const r = law.check(c);
        return !r.holds && r.problem === first.problem;
      };
      const smallest = minimizeBundle(counterexample, sameFailure);
      const found = safeCheck(law, smallest);
      const shown = found.holds ? first : found;
      expect.fail(report(law, shown, details.seed, details.counterexamplePath ?? undefined));
    }
  }
  if (details.failed) {
    const replay = replayVariables(details.seed, details.counterexamplePath ?? undefined);
    expect.fail(`${law.title}: ${String(details.errorInstance)} (replay: ${replay})`);
  }
  if (PATH === undefined && details.numRuns >= 100) {
    expect(tested / details.numRuns, `share of cases that tested the premise of "${law.title}"`).to.be.at.least(
      law.minTested ?? 0.05,
    );
  }
}

/** A law ready to run from a test file: its title, and `run(file)` with the file for the replay command. */
export interface LawTest {
  readonly title: string;
  run(file: string): void;
}

/** Defines a law; `title` is the test's title and names the law (`law: …`). */
export function law<C>(title: string, spec: Omit<Law<C>, 'file' | 'title'>): LawTest {
  return { title, run: (file) => checkLaw({ file, title, ...spec }) };
}

/** One test per law, titled by the law. */
export function itHoldsAll(file: string, laws: readonly LawTest[]): void {
  for (const l of laws) it(l.title, () => l.run(file));
}
