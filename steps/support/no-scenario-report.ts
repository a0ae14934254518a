/** Why a run of no scenario fails: a wrong path or a tag expression that matches nothing would otherwise be green. */
export const NO_SCENARIO_MESSAGE =
  'iamspec: this run executed no scenario, so it checked nothing and fails: the feature paths or the tag ' +
  'expression (the profile\'s "tags" and --tags must both hold) match no scenario';

const REPORTED = Symbol.for('iamspec.no-scenario-reported');

/**
 * Makes the process end with exit status 1 and the one line that says why, after cucumber's summary. The support
 * hook (one process) and iamspec's JUnit formatter (the coordinator of a parallel run, and dry runs, where hooks do
 * not run) both call it; the line is printed once (R164).
 */
export function failForNoScenario(): void {
  const flags = globalThis as { [REPORTED]?: boolean };
  if (flags[REPORTED] === true) return;
  flags[REPORTED] = true;
  process.once('exit', () => {
    process.stderr.write(`${NO_SCENARIO_MESSAGE}\n`);
    process.exitCode = 1;
  });
}
