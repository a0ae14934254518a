import { After, AfterAll, BeforeAll } from '@cucumber/cucumber';
import { failForNoScenario } from './no-scenario-report.js';

/**
 * Scenarios run in this process since the run began. Like the run's seed (property-run.ts), it belongs to the
 * run, not to a scenario, so it lives outside the World.
 */
let started = 0;

export { NO_SCENARIO_MESSAGE } from './no-scenario-report.js';

BeforeAll(() => {
  started = 0;
});

// Counted after each scenario: an After hook runs even when an earlier Before hook failed the scenario.
After(() => {
  started += 1;
});

// cucumber-js ends a run of zero scenarios with exit code 0, and a failing AfterAll hook only prints a stack trace
// (and stops the formatters before their summary). So the summary prints as usual, and then the process exits with
// 1 and one line that says why. A parallel worker sees only its share of the scenarios, so workers do not judge.
AfterAll(() => {
  // R164
  if (started > 0 || process.env.CUCUMBER_WORKER_ID !== undefined) return;
  failForNoScenario();
});
