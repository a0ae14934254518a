/**
 * Seeds and run counts shared by the property tests. Each run draws a fresh seed and prints it; IAMSPEC_SEED and
 * IAMSPEC_PATH replay a run (fast-check's seed and counterexample path), IAMSPEC_RUNS sets the number of cases and
 * IAMSPEC_DEEP=1 (`npm run test:deep`) multiplies them.
 */

/** `npm run test:deep`: many more cases per property. */
export const DEEP = process.env.IAMSPEC_DEEP === '1';

/** The seed of this run: IAMSPEC_SEED, or a fresh one. */
export const SEED =
  process.env.IAMSPEC_SEED === undefined
    ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0
    : Number(process.env.IAMSPEC_SEED);

/** fast-check's path to a counterexample, to replay exactly that case. */
export const PATH = process.env.IAMSPEC_PATH;

/** The number of cases for a property: IAMSPEC_RUNS, else `normal`, or `deep` under IAMSPEC_DEEP=1. */
export function runsFor(normal: number, deep: number = normal * 100): number {
  return Number(process.env.IAMSPEC_RUNS ?? (DEEP ? deep : normal));
}

/** The environment that replays a run: `IAMSPEC_SEED=… IAMSPEC_PATH=…`. */
export function replayVariables(seed: number, path: string | undefined): string {
  return `IAMSPEC_SEED=${seed}${path === undefined ? '' : ` IAMSPEC_PATH=${path}`}`;
}
