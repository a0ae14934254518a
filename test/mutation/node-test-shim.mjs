// Stands in for `node:test` inside the mutation-testing worker (see node-test-runner.mjs): `describe` runs its
// body at once, as node:test does, and `it` only records the test, so the runner can run the same tests again
// for every mutant without reloading any module. Only what the unit tests use is here; a test file that imports
// anything else fails to load with "does not provide an export named …", so nothing is skipped silently.

/**
 * @typedef {() => unknown} Hook
 * @typedef {{ name: string, fn: Function, skip: boolean, suite: Suite }} RegisteredTest
 * @typedef {{ name: string, parent: Suite | undefined, before: Hook[], after: Hook[], beforeEach: Hook[],
 *   afterEach: Hook[], tests: RegisteredTest[] }} Suite
 */

/** @returns {Suite} */
function newSuite(name, parent) {
  return { name, parent, before: [], after: [], beforeEach: [], afterEach: [], tests: [] };
}

/** The file being loaded: each test file gets a root suite of its own. */
let current = newSuite('', undefined);

/** Called by the runner before it imports a test file; returns the tests that file registers. */
export function collect(register) {
  const root = newSuite('', undefined);
  current = root;
  return register().then(() => root);
}

/** Accepts node:test's (name, options, fn) overloads. */
function args(a, b, c) {
  const name = typeof a === 'string' ? a : typeof a === 'function' ? a.name : '<anonymous>';
  const rest = typeof a === 'string' ? [b, c] : [a, b];
  const fn = rest.find((x) => typeof x === 'function');
  const options = rest.find((x) => typeof x === 'object' && x !== null) ?? {};
  return { name, fn, skip: Boolean(options.skip || options.todo) };
}

export function describe(a, b, c) {
  const { name, fn, skip } = args(a, b, c);
  const suite = newSuite(name, current);
  const parent = current;
  current = suite;
  try {
    const result = fn?.();
    if (result instanceof Promise) {
      throw new Error(`describe('${name}'): an async suite body is not supported by the mutation runner`);
    }
  } finally {
    current = parent;
  }
  if (skip) for (const test of suite.tests) test.skip = true;
  parent.tests.push(...suite.tests);
}

export function it(a, b, c) {
  const { name, fn, skip } = args(a, b, c);
  current.tests.push({ name, fn: fn ?? (() => undefined), skip, suite: current });
}

export const test = it;
export const suite = describe;
export const before = (fn) => current.before.push(fn);
export const after = (fn) => current.after.push(fn);
export const beforeEach = (fn) => current.beforeEach.push(fn);
export const afterEach = (fn) => current.afterEach.push(fn);

describe.skip = (name, fn) => describe(name, { skip: true }, fn);
it.skip = (name, fn) => it(name, { skip: true }, fn);
it.todo = (name, fn) => it(name, { todo: true }, fn);
