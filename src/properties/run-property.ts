import fc from 'fast-check';
import { DEFAULT_RUNS, type PropertyOptions, randomSeed } from './property-options.js';

/** How fast-check's search ended. */
export type SearchOutcome<T> =
  | { readonly ok: true; readonly seed: number; readonly runs: number }
  | {
      readonly ok: false;
      readonly seed: number;
      readonly path: string;
      readonly runs: number;
      readonly shrinks: number;
      /** The smallest failing case fast-check shrank to. */
      readonly value: T;
    };

/**
 * Runs fast-check over `values` until `holds` is false for one, shrinks that case, and says how to replay it.
 * `examples` run first, before any random case. An exception thrown by `holds` (a scenario mistake, not a
 * counterexample) is thrown again, unchanged.
 */
export function search<T>(
  values: fc.Arbitrary<T>,
  holds: (value: T) => boolean,
  options: PropertyOptions,
  examples: readonly T[] = [],
): SearchOutcome<T> {
  const seed = options.seed ?? randomSeed();
  let thrown: unknown;
  const details = fc.check(
    fc.property(values, (value) => {
      try {
        return holds(value);
      } catch (error) {
        thrown ??= error;
        throw error;
      }
    }),
    {
      seed,
      numRuns: options.runs ?? DEFAULT_RUNS,
      examples: examples.map((e) => [e] as [T]),
      ...(options.path === undefined ? {} : { path: options.path }),
    },
  );
  if (!details.failed) return { ok: true, seed, runs: details.numRuns };
  if (thrown !== undefined) throw thrown;
  const counterexample = details.counterexample;
  if (counterexample === null || details.counterexamplePath === null) {
    throw new Error(`fast-check stopped without a counterexample: ${String(details.errorInstance)}`);
  }
  return {
    ok: false,
    seed,
    path: details.counterexamplePath,
    runs: details.numRuns,
    shrinks: details.numShrinks,
    value: counterexample[0],
  };
}
