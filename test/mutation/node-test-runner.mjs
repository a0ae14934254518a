// A StrykerJS test runner that runs our node:test unit tests inside the Stryker worker process, loading the
// TypeScript once (through tsx) and then running the same tests again for every mutant: Stryker switches
// mutants at run time through `globalThis.__stryker__.activeMutant`, so nothing needs reloading. The tap runner
// starts a node process per test file for every mutant instead, and a tsx start costs about a second here,
// which would make a full run take more than three hours (docs/adr/0002-mutation-testing.md).
//
// Module-level code of sources and test files runs once, while loading: Stryker sees the mutants it reaches
// as "static". This runner declares that it cannot reload modules, so when such a mutant is tested (with
// `ignoreStatic: false`) Stryker restarts the worker for it, and the mutant is active while the modules load.
import { readdirSync, statSync } from 'node:fs';
import { register } from 'node:module';
import { join, relative, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commonTokens, declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';
import {
  DryRunStatus,
  determineHitLimitReached,
  TestStatus,
  toMutantRunResult,
} from '@stryker-mutator/api/test-runner';
import { register as registerTsx } from 'tsx/esm/api';

const SHIM_URL = new URL('./node-test-shim.mjs', import.meta.url).href;

/** The options this plugin adds to stryker.config.mjs. */
export const strykerValidationSchema = {
  properties: {
    nodeTest: {
      type: 'object',
      description: 'In-process node:test runner (test/mutation/node-test-runner.mjs).',
      properties: {
        testDirs: { type: 'array', items: { type: 'string' }, description: 'Folders whose *.test.ts to run.' },
      },
      additionalProperties: false,
      default: { testDirs: ['test'] },
    },
  },
};

function testFilesIn(dir) {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...testFilesIn(path));
    else if (name.endsWith('.test.ts')) files.push(path);
  }
  return files;
}

function fullName(test) {
  const names = [test.name];
  for (let suite = test.suite; suite?.parent !== undefined; suite = suite.parent) names.unshift(suite.name);
  return names.join(' > ');
}

function ancestry(suite) {
  const chain = [];
  for (let s = suite; s !== undefined; s = s.parent) chain.unshift(s);
  return chain;
}

class NodeTestRunner {
  static inject = [commonTokens.options, commonTokens.logger];

  /** @type {{ id: string, name: string, fileName: string, test: any }[] | undefined} */
  tests;

  constructor(options, log) {
    this.testDirs = options.nodeTest?.testDirs ?? ['test'];
    this.log = log;
    globalThis.__stryker__ ??= {};
    this.ns = globalThis.__stryker__;
  }

  capabilities() {
    // Module state cannot be reloaded in process: Stryker restarts the worker for static mutants.
    return { reloadEnvironment: false };
  }

  async init() {
    registerTsx();
    register(new URL('./node-test-hooks.mjs', import.meta.url), { data: { shimUrl: SHIM_URL } });
  }

  async load() {
    if (this.tests !== undefined) return;
    const shim = await import(SHIM_URL);
    const tests = [];
    const seen = new Map();
    for (const dir of this.testDirs) {
      for (const file of testFilesIn(dir)) {
        const fileName = relative(process.cwd(), file);
        const root = await shim.collect(() => import(pathToFileURL(resolvePath(file)).href));
        for (const test of root.tests) {
          const name = `${fileName} > ${fullName(test)}`;
          const count = (seen.get(name) ?? 0) + 1;
          seen.set(name, count);
          const id = count === 1 ? name : `${name} (${count})`;
          tests.push({ id, name: id, fileName, test });
        }
      }
    }
    this.tests = tests;
    this.log.debug(`Loaded ${tests.length} tests from ${this.testDirs.join(', ')}`);
  }

  async dryRun(options) {
    try {
      await this.load();
    } catch (error) {
      return { status: DryRunStatus.Error, errorMessage: `Loading the tests failed: ${String(error?.stack)}` };
    }
    const perTest = options.coverageAnalysis === 'perTest';
    const results = await this.run(undefined, options.disableBail, perTest);
    return { status: DryRunStatus.Complete, tests: results, mutantCoverage: this.ns.mutantCoverage };
  }

  async mutantRun(options) {
    this.ns.activeMutant = options.activeMutant.id;
    this.ns.hitLimit = options.hitLimit;
    this.ns.hitCount = options.hitLimit === undefined ? undefined : 0;
    try {
      try {
        await this.load();
      } catch (error) {
        // A static mutant that breaks loading is detected, as a crash would be.
        return toMutantRunResult({ status: DryRunStatus.Error, errorMessage: String(error?.stack) });
      }
      const filter = options.testFilter === undefined ? undefined : new Set(options.testFilter);
      const results = await this.run(filter, options.disableBail, false);
      const timeout = determineHitLimitReached(this.ns.hitCount, this.ns.hitLimit);
      if (timeout) return toMutantRunResult(timeout);
      return toMutantRunResult({ status: DryRunStatus.Complete, tests: results });
    } finally {
      this.ns.activeMutant = undefined;
      this.ns.hitLimit = undefined;
      this.ns.hitCount = undefined;
    }
  }

  /** Runs the tests (those in `filter`, if given) in load order; stops at the first failure unless told not to. */
  async run(filter, disableBail, perTest) {
    const results = [];
    const started = new Set();
    const tests = this.tests ?? [];
    try {
      for (const { id, name, fileName, test } of tests) {
        if (filter !== undefined && !filter.has(id)) continue;
        if (test.skip) {
          results.push({ id, name, fileName, status: TestStatus.Skipped, timeSpentMs: 0 });
          continue;
        }
        const suites = ancestry(test.suite);
        const begin = performance.now();
        try {
          if (perTest) this.ns.currentTestId = id;
          for (const suite of suites) {
            if (started.has(suite)) continue;
            started.add(suite);
            for (const hook of suite.before) await hook();
          }
          for (const suite of suites) for (const hook of suite.beforeEach) await hook();
          await test.fn({ name: test.name });
          for (const suite of suites.toReversed()) for (const hook of suite.afterEach) await hook();
          results.push({ id, name, fileName, status: TestStatus.Success, timeSpentMs: performance.now() - begin });
        } catch (error) {
          const failureMessage = error instanceof Error ? error.message : String(error);
          const timeSpentMs = performance.now() - begin;
          results.push({ id, name, fileName, status: TestStatus.Failed, failureMessage, timeSpentMs });
          if (!disableBail) break;
        } finally {
          this.ns.currentTestId = undefined;
        }
      }
    } finally {
      for (const suite of [...started].reverse()) for (const hook of suite.after) await hook();
    }
    return results;
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'node-test', NodeTestRunner)];
