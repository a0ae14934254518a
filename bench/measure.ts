/** Times `fn` after warm-up: the median of `runs` runs of `iterations` calls each, in microseconds per call. */
export interface Measurement {
  readonly name: string;
  readonly microsPerCall: number;
  readonly callsPerSecond: number;
  readonly runs: readonly number[];
}

export function measure(name: string, fn: () => unknown, iterations: number, runs = 5): Measurement {
  let sink: unknown;
  for (let i = 0; i < Math.max(1000, iterations / 10); i++) sink = fn();
  const perRun: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = fn();
    const elapsed = Number(process.hrtime.bigint() - start) / 1000;
    perRun.push(elapsed / iterations);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  const sorted = [...perRun].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return { name, microsPerCall: median, callsPerSecond: 1e6 / median, runs: perRun };
}
