import { After, Before, Status } from '@cucumber/cucumber';
import type { GherkinDocument, Pickle } from '@cucumber/messages';
import type { IamspecWorld } from './world.js';

// Policy files are named relative to the feature file, so each scenario remembers where its feature lives, and
// its own line, so that a failing property can say how to rerun just this scenario.
Before(function (this: IamspecWorld, { pickle, gherkinDocument }) {
  if (this.setupError !== undefined) throw this.setupError;
  this.featureUri = pickle.uri;
  const line = scenarioLine(gherkinDocument, pickle);
  this.scenarioLocation = line === undefined ? pickle.uri : `${pickle.uri}:${line}`;
  this.scenarioTags = pickle.tags.map((t) => t.name);
});

// R164: a scenario that states no expectation checks nothing, so it must not pass. Judged after the steps, so that a
// scenario that failed already keeps its own reason.
After(({ pickle, result }) => {
  if (result?.status !== Status.PASSED) return;
  if (!pickle.steps.some((step) => step.type === 'Outcome')) throw new Error(NO_EXPECTATION);
});

/** Why a scenario without a Then step fails. */
export const NO_EXPECTATION =
  'this scenario states no expectation, so it checks nothing: add a Then step (a decision, an outcome or a ' +
  'property, such as Then the request is allowed)';

/** The line of the scenario, or of its example row for a scenario outline. */
function scenarioLine(document: GherkinDocument, pickle: Pickle): number | undefined {
  const ids = new Set(pickle.astNodeIds);
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as { id?: unknown; location?: { line?: unknown } };
    if (typeof record.id === 'string' && ids.has(record.id) && typeof record.location?.line === 'number') {
      found = Math.max(found ?? 0, record.location.line);
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(document.feature);
  return found;
}
