/** One input of a stall family: its size, and the call to time (text in, answer out). */
export interface StallInput {
  /** Size of the input in bytes of JSON text (or characters, for a bare glob). */
  readonly bytes: number;
  /** The call to time: the whole path from text to answer, as `iamspec validate` or `simulate` takes it. */
  readonly run: () => unknown;
  /** Undefined when `run`'s answer is the one the family claims; otherwise what went wrong. */
  readonly check: (answer: unknown) => string | undefined;
}

/**
 * A family of inputs that stalled iamspec before issue 8 (seconds to minutes), at several sizes. `npm run bench`
 * times each size and checks that the cost grows linearly with the size, and that the issue's own inputs answer in
 * under 100 ms.
 */
export interface StallFamily {
  readonly name: string;
  /** What the input holds, in a few words. */
  readonly summary: string;
  /** Scale factors timed for the growth figures (×1, ×2, ×4, ×8). */
  readonly scales: readonly number[];
  /** The input at a scale. */
  input(scale: number): StallInput;
  /** The inputs of the sizes the issue reports, each with a label, held to the 100 ms target. */
  readonly issueInputs: readonly { readonly label: string; readonly scale: number }[];
}

/** The scales every family is timed at. */
export const SCALES = [1, 2, 4, 8] as const;

/** One timed size. */
export interface StallTiming {
  readonly scale: number;
  readonly bytes: number;
  /** Median milliseconds of the timed runs. */
  readonly ms: number;
  readonly runs: readonly number[];
  readonly problem?: string;
}

/** Milliseconds of one call. */
function once(run: () => unknown): { ms: number; answer: unknown } {
  const start = process.hrtime.bigint();
  const answer = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, answer };
}

/** One warm-up call (JIT, lazy catalogue loads), then the median of `runs` timed calls. */
export function timeInput(scale: number, input: StallInput, runs = 5): StallTiming {
  const first = once(input.run);
  const problem = input.check(first.answer);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(once(input.run).ms);
  const sorted = [...times].sort((a, b) => a - b);
  const ms = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return problem === undefined
    ? { scale, bytes: input.bytes, ms, runs: times }
    : { scale, bytes: input.bytes, ms, runs: times, problem };
}
