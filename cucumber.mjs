// cucumber-js configuration. `npm run scenarios` uses the default profile.
//
// No `paths` here: cucumber-js adds paths given on the command line to the configured ones instead of replacing
// them, so `npx cucumber-js features/sts` could not run a subset. Without `paths` it runs its default,
// `features/**/*.{feature,feature.md}`, or exactly the paths given.
const common = {
  import: ['steps/support/register-tsx.mjs', 'steps/**/*.ts'],
};

export default {
  ...common,
  // Scenarios tagged @expected-failure show what a broken policy's counterexample looks like; they fail on
  // purpose, so the gate leaves them out and `npm run scenarios:expected-failures` checks that they do fail.
  tags: 'not @expected-failure',
  format: [
    // One formatter on standard output: cucumber-js keeps only the last one given for it. `progress` prints a
    // character per step as it runs, then the failures and the summary.
    'progress',
    'html:reports/cucumber.html',
    'message:reports/cucumber.ndjson',
    // cucumber's JUnit XML, with a message for undefined and ambiguous steps (steps/junit-formatter.ts).
    ['./steps/junit-formatter.ts', 'reports/junit.xml'],
  ],
  formatOptions: { snippetInterface: 'synchronous' },
  strict: true,
};

/**
 * `cucumber-js -p expectedFailures`: only the scenarios that must fail. scripts/expected-failures.ts runs it and
 * prints one line per scenario that did not fail for its declared reason, so standard output gets only progress.
 */
export const expectedFailures = {
  ...common,
  tags: '@expected-failure',
  format: ['progress', 'message:reports/expected-failures.ndjson'],
  formatOptions: { snippetInterface: 'synchronous' },
  strict: true,
};
