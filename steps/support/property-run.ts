import { describeFailure } from '../../src/properties/describe-failure.js';
import type { PropertyOptions } from '../../src/properties/property-options.js';
import { randomSeed } from '../../src/properties/property-options.js';
import type { PropertyResult } from '../../src/properties/property-result.js';
import type { IamspecWorld } from './world.js';

/**
 * One seed for the whole run, so that one `IAMSPEC_SEED` replays every property of it. It belongs to the process,
 * not to a scenario, so it is the one piece of step state outside the World.
 */
let runSeed: number | undefined;

/** IAMSPEC_SEED, or a random seed; printed to standard error once per run either way. */
function seedOfRun(): number {
  if (runSeed === undefined) {
    const given = integer('seed', process.env.IAMSPEC_SEED);
    runSeed = given ?? randomSeed();
    const how = given === undefined ? `IAMSPEC_SEED=${runSeed} repeats this run` : 'from IAMSPEC_SEED';
    process.stderr.write(`iamspec properties: seed ${runSeed} (${how})\n`);
  }
  return runSeed;
}

/**
 * Seed, path and run count for a property step: cucumber world parameters (`--world-parameters
 * '{"seed": 42, "path": "3:1", "runs": 500}'`) over the environment (`IAMSPEC_SEED`, `IAMSPEC_PATH`,
 * `IAMSPEC_RUNS`) over the defaults (a random seed for the run, printed once; fast-check's search; 200 cases).
 */
export function propertyOptions(world: IamspecWorld): PropertyOptions {
  const params = (world.parameters ?? {}) as Record<string, unknown>;
  const seed = integer('seed', params.seed) ?? seedOfRun();
  const runs = integer('runs', params.runs ?? process.env.IAMSPEC_RUNS);
  const path = params.path ?? process.env.IAMSPEC_PATH;
  if (path !== undefined && typeof path !== 'string') throw new Error('the property path must be a string, e.g. "3:1"');
  return {
    seed,
    ...(path === undefined || path === '' ? {} : { path }),
    ...(runs === undefined ? {} : { runs }),
    sessions: world.sessions,
  };
}

function integer(name: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n) || (name === 'runs' && n < 1)) {
    throw new Error(
      `the property ${name} must be ${name === 'runs' ? 'a positive' : 'an'} integer, not "${String(value)}"`,
    );
  }
  return n;
}

/**
 * Runs a property for a Then step: logs its seed, attaches a failure's counterexample (text, and JSON with the
 * seed and path) to the report, and fails the step with the counterexample and how to replay it.
 */
export function checkProperty(
  world: IamspecWorld,
  title: string,
  check: (options: PropertyOptions) => PropertyResult,
): void {
  const options = propertyOptions(world);
  world.log(`property: ${title}\nseed: ${options.seed}${options.path === undefined ? '' : `, path: ${options.path}`}`);
  const started = performance.now();
  const result = check(options);
  const ms = Math.round(performance.now() - started);
  if (result.ok) {
    world.log(
      `held for ${result.runs} generated cases (${result.evaluations} decisions, ${ms} ms): ${result.coverage}`,
    );
    return;
  }
  // The default profile leaves @expected-failure scenarios out; the expectedFailures profile (cucumber.mjs) runs them.
  const profile = world.scenarioTags.includes('@expected-failure') ? ' -p expectedFailures' : '';
  const where = `${world.scenarioLocation ?? world.featureUri ?? '<feature file>'}${profile}`;
  const replay = [
    `IAMSPEC_SEED=${result.seed} IAMSPEC_PATH=${result.path} npx cucumber-js ${where}`,
    `npx cucumber-js ${where} --world-parameters '${JSON.stringify({ seed: result.seed, path: result.path })}'`,
  ];
  const text = describeFailure(title, result, replay);
  world.attach(text, 'text/plain');
  const json = {
    property: title,
    seed: result.seed,
    path: result.path,
    counterexample: result.counterexample.bundleJson,
  };
  world.attach(JSON.stringify(json, null, 2), 'application/json');
  throw new Error(text);
}
