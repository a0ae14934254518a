// Mutation testing of the evaluation core: `npm run mutation` (see docs/testing.md and docs/adr/0002).
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export const config = {
  mutate: [
    'src/policy/**/*.ts',
    'src/match/**/*.ts',
    'src/conditions/**/*.ts',
    'src/engine/**/*.ts',
    // the slow reference oracle is tested differentially against the engine, not by its own unit tests
    '!src/engine/reference/**',
    '!src/**/*.test.ts',
  ],
  // test/mutation/node-test-runner.mjs runs the node:test unit tests in the Stryker worker, loaded once;
  // see docs/adr/0002-mutation-testing.md for why not the tap runner (one tsx process per file and mutant).
  plugins: ['@stryker-mutator/*', './test/mutation/node-test-runner.mjs'],
  testRunner: 'node-test',
  nodeTest: { testDirs: ['test/policy', 'test/match', 'test/conditions', 'test/engine'] },
  // A mutant runs only the tests that reach its code.
  coverageAnalysis: 'perTest',
  // Mutants reached only while modules load (module-level constants) would each need a fresh worker, which
  // costs more than all the other mutants together; they are reported as ignored. Mutants reached both while
  // loading and by tests are run against those tests. See docs/testing.md.
  ignoreStatic: true,
  // No type checker: @stryker-mutator/typescript-checker needs the TypeScript 5 compiler API, which the
  // TypeScript 7 native compiler no longer ships. For the same reason Stryker must not try to rewrite the
  // tsconfig file in its sandbox (that also goes through the TypeScript API): name one that does not exist.
  // tsconfig.json needs no rewriting, as it has no `extends` or `references`. See docs/adr/0002.
  tsconfigFile: 'tsconfig.stryker-skip.json',
  // The machine has 2 cores, shared with other work.
  concurrency: 2,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
};

export default config;
