import type { SessionStore } from '../model/session.js';

/** How many generated cases a property tries unless told otherwise: enough to hit conditions both ways, still fast. */
export const DEFAULT_RUNS = 200;

/** Options every property check takes. */
export interface PropertyOptions {
  /** fast-check seed; random when absent. The result always says which seed was used. */
  readonly seed?: number;
  /** A counterexample path from an earlier failure: with its seed, replays that case only. */
  readonly path?: string;
  /** Generated cases (request contexts, principals, resource names) to try; default {@link DEFAULT_RUNS}. */
  readonly runs?: number;
  /** Sessions that caller names may refer to (a scenario's STS sessions). */
  readonly sessions?: SessionStore;
  /**
   * Ask the engine about every action on its own, without grouping actions the policies treat alike or skipping
   * actions no Allow statement names. Slow; for checking iamspec itself.
   */
  readonly exhaustive?: boolean;
}

/** A seed as fast-check makes them when none is given. */
export function randomSeed(): number {
  return (Date.now() ^ (Math.random() * 0x100000000)) | 0;
}
