import { STALLS } from './all-stalls.js';
import { WORKLOADS } from './all-workloads.js';
import { type Measurement, measure } from './measure.js';
import { timeInput } from './stall-family.js';
import { parseOrThrow, prepareWorkload } from './prepare-workload.js';
import { linearityBundle } from './workloads/linearity.js';

/**
 * Times one workload in this process and prints the measurement as one line of JSON. `run.ts` starts one such process
 * per workload, one after another, so that the JIT feedback one workload leaves behind cannot slow the next.
 *
 *   tsx bench/measure-one.ts workload <name>
 *   tsx bench/measure-one.ts linearity <statements>
 *   tsx bench/measure-one.ts stall <family name>
 */

/** Each timed run lasts about this long, so timer resolution and loop overhead do not matter. */
const RUN_SECONDS = 0.2;
/** Calls made before timing, beyond measure()'s own warm-up, so every run times optimised code. */
const WARM_UP_SECONDS = 0.3;

/** The time one call takes, roughly: `calls` calls timed once. */
function secondsPerCall(fn: () => unknown, calls: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e9 / calls;
}

function timed(name: string, fn: () => unknown): Measurement {
  const warmUp = Math.max(1000, Math.round(WARM_UP_SECONDS / secondsPerCall(fn, 2000)));
  const perCall = secondsPerCall(fn, warmUp);
  return measure(name, fn, Math.max(1000, Math.round(RUN_SECONDS / perCall)));
}

function main(): void {
  const [kind, arg] = process.argv.slice(2);
  if (kind === 'workload') {
    const workload = WORKLOADS.find((w) => w.name === arg);
    if (workload === undefined)
      throw new Error(`no workload "${arg}"; have ${WORKLOADS.map((w) => w.name).join(', ')}`);
    const prepared = prepareWorkload(workload);
    console.log(JSON.stringify(timed(workload.name, prepared.run)));
    return;
  }
  if (kind === 'linearity') {
    const n = Number(arg);
    const { authorizer, request } = parseOrThrow(linearityBundle(n), `linearity ${n}`);
    const decision = authorizer.authorize(request).decision;
    console.log(JSON.stringify({ ...timed(`linearity ${n}`, () => authorizer.authorize(request)), decision }));
    return;
  }
  if (kind === 'stall') {
    const family = STALLS.find((f) => f.name === arg);
    if (family === undefined) throw new Error(`no stall family "${arg}"; have ${STALLS.map((f) => f.name).join(', ')}`);
    // Warm up on the two smallest sizes, so that the first timed size does not pay for the JIT.
    for (const scale of family.scales.slice(0, 2)) for (let i = 0; i < 3; i++) family.input(scale).run();
    const sizes = family.scales.map((scale) => timeInput(scale, family.input(scale)));
    const issue = family.issueInputs.map(({ label, scale }) => ({ label, ...timeInput(scale, family.input(scale)) }));
    console.log(JSON.stringify({ sizes, issue }));
    return;
  }
  throw new Error('usage: measure-one.ts workload <name> | linearity <statements> | stall <family name>');
}

main();
