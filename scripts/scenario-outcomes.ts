// Reads a cucumber run's messages into one outcome per scenario that ran, with what its description says it
// should fail with (scripts/expected-failures.ts).
import type { Envelope, GherkinDocument } from '@cucumber/messages';

/** One scenario (or example row) that ran, and how it ended. */
export interface ScenarioOutcome {
  /** `features/x.feature: Scenario name`. */
  readonly name: string;
  /**
   * The texts its description declares after `Fails with:`, one per line: the failure message must contain each.
   */
  readonly failsWith: readonly string[];
  /** The first step that did not pass, or undefined when the scenario passed. */
  readonly failure: { readonly status: string; readonly message: string } | undefined;
}

const FAILS_WITH = /^\s*Fails with:\s*(.+?)\s*$/gm;

/** The outcomes of every scenario that ran (cucumber announces filtered-out pickles too; they have no test case). */
export function scenarioOutcomes(envelopes: readonly Envelope[]): ScenarioOutcome[] {
  const declared = new Map<string, string[]>();
  const pickles = new Map<string, { name: string; scenarioId: string }>();
  const testCases = new Map<string, string>();
  const started = new Map<string, string>();
  const failures = new Map<string, { status: string; message: string }>();
  for (const e of envelopes) {
    if (e.gherkinDocument) collectDeclarations(e.gherkinDocument, declared);
    if (e.pickle)
      pickles.set(e.pickle.id, { name: `${e.pickle.uri}: ${e.pickle.name}`, scenarioId: e.pickle.astNodeIds[0] ?? '' });
    if (e.testCase) testCases.set(e.testCase.id, e.testCase.pickleId);
    if (e.testCaseStarted) started.set(e.testCaseStarted.id, e.testCaseStarted.testCaseId);
    const finished = e.testStepFinished;
    if (finished && finished.testStepResult.status !== 'PASSED') {
      const pickle = testCases.get(started.get(finished.testCaseStartedId) ?? '') ?? '';
      const result = finished.testStepResult;
      // The first step that did not pass is the reason; the steps after it are merely skipped.
      if (!failures.has(pickle)) {
        failures.set(pickle, { status: result.status, message: result.exception?.message ?? result.message ?? '' });
      }
    }
  }
  const ran = new Set(testCases.values());
  return [...pickles].flatMap(([id, pickle]) =>
    ran.has(id)
      ? [{ name: pickle.name, failsWith: declared.get(pickle.scenarioId) ?? [], failure: failures.get(id) }]
      : [],
  );
}

function collectDeclarations(document: GherkinDocument, into: Map<string, string[]>): void {
  const children = document.feature?.children ?? [];
  for (const child of [...children, ...children.flatMap((c) => c.rule?.children ?? [])]) {
    const scenario = child.scenario;
    if (scenario === undefined) continue;
    const reasons = [...scenario.description.matchAll(FAILS_WITH)].map((m) => m[1] ?? '');
    if (reasons.length > 0) into.set(scenario.id, reasons);
  }
}
