import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { STALLS } from './all-stalls.js';
import { WORKLOADS } from './all-workloads.js';
import type { Measurement } from './measure.js';
import { type PreparedWorkload, prepareWorkload } from './prepare-workload.js';
import { type StallMeasurement, stallRows } from './stall-report.js';
import { LINEARITY_SIZES } from './workloads/linearity.js';

/**
 * `npm run bench [-- --check]`: proves each workload's request exercises what it claims, then times each workload in
 * its own process (one at a time, so single-threaded), prints the table and the linearity figures. With `--check` the
 * exit code is 1 when a target is missed or a workload does not do what it claims.
 */

const MEASURE_ONE = fileURLToPath(new URL('./measure-one.ts', import.meta.url));

/** Runs measure-one.ts in a fresh Node process with the same loader flags (tsx) as this one. */
function measureInChild(...args: string[]): Measurement & { decision?: string } {
  return JSON.parse(lastLineOfChild(args));
}

function lastLineOfChild(args: readonly string[]): string {
  const out = execFileSync(process.execPath, [...process.execArgv, MEASURE_ONE, ...args], { encoding: 'utf8' });
  return out.trim().split('\n').at(-1) ?? '{}';
}

/**
 * The stall families of issue 8, each in its own process: every size after one warm-up call, the median of five.
 * Fails `--check` when cost per byte grows more than the tolerance from ×1 to ×8, or an issue-sized input is slow.
 */
function runStalls(): boolean {
  const rows = [['family', 'size', 'input', 'ms', 'ms/MB', 'size ×', 'time ×', 'result']];
  const problems: string[] = [];
  for (const family of STALLS) {
    const measured: StallMeasurement = JSON.parse(lastLineOfChild(['stall', family.name]));
    const report = stallRows(family, measured);
    rows.push(...report.rows);
    problems.push(...report.problems);
  }
  printTable(rows, 2);
  for (const problem of problems) console.error(`stall problem: ${problem}`);
  return problems.length === 0;
}

function printTable(rows: readonly (readonly string[])[], rightFrom: number): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log(
      row.map((cell, c) => (c >= rightFrom ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function micros(m: Measurement): string {
  return m.microsPerCall < 10 ? m.microsPerCall.toFixed(3) : m.microsPerCall.toFixed(2);
}

function rate(m: Measurement): string {
  return Math.round(m.callsPerSecond).toLocaleString('en-US');
}

/** Half of (slowest − fastest run) over the median, in percent: how much to trust the median. */
function spread(m: Measurement): string {
  return `±${((50 * (Math.max(...m.runs) - Math.min(...m.runs))) / m.microsPerCall).toFixed(0)}%`;
}

function runWorkloads(prepared: readonly PreparedWorkload[]): boolean {
  const rows = [['workload', 'stmts', 'looked at', 'decisions/s', 'µs/decision', 'spread', 'target µs', 'result']];
  let pass = true;
  for (const p of prepared) {
    const m = measureInChild('workload', p.workload.name);
    const ok = m.microsPerCall <= p.workload.targetMicros;
    pass &&= ok;
    const row = [p.workload.name, String(p.statements), String(p.lookedAt), rate(m), micros(m), spread(m)];
    rows.push([...row, `≤ ${p.workload.targetMicros}`, ok ? 'pass' : 'FAIL']);
  }
  printTable(rows, 1);
  return pass;
}

/** Least-squares fit of µs against statements: slope, intercept and R². */
function fit(points: readonly (readonly [number, number])[]): { slope: number; intercept: number; r2: number } {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const syy = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

function runLinearity(): void {
  const rows = [['applicable stmts', 'decision', 'µs/decision', 'ns/statement', 'spread', '× previous']];
  const points: [number, number][] = [];
  let previous: number | undefined;
  for (const n of LINEARITY_SIZES) {
    const m = measureInChild('linearity', String(n));
    points.push([n, m.microsPerCall]);
    const ratio = previous === undefined ? '' : (m.microsPerCall / previous).toFixed(2);
    const perStatement = ((m.microsPerCall * 1000) / n).toFixed(1);
    rows.push([String(n), m.decision ?? '?', micros(m), perStatement, spread(m), ratio]);
    previous = m.microsPerCall;
  }
  printTable(rows, 1);
  const { slope, intercept, r2 } = fit(points);
  console.log(
    `fit: µs ≈ ${intercept.toFixed(3)} + ${(slope * 1000).toFixed(1)} ns × statements, R² = ${r2.toFixed(4)}`,
  );
}

function main(): void {
  const check = process.argv.includes('--check');
  const prepared = WORKLOADS.map(prepareWorkload);
  console.log('Each request, once (decision and deciding statements), with controls that must decide otherwise:');
  for (const p of prepared) for (const line of p.proof) console.log(`  ${line}`);
  const problems = prepared.flatMap((p) => p.problems);
  for (const problem of problems) console.error(`workload problem: ${problem}`);
  const load = (loadavg()[0] ?? 0).toFixed(2);
  console.log(`\nnode ${process.version}, ${availableParallelism()} cores, load average ${load} (1 min)`);
  console.log('each workload in a fresh process, single thread, median of 5 runs of ~200 ms after warm-up\n');
  const pass = runWorkloads(prepared);
  console.log('\nLinearity: cost against statements that apply as far as action and resource go (reasons off)\n');
  runLinearity();
  console.log('\nStall families of issue 8: text in, answer out, each size timed in one fresh process\n');
  for (const family of STALLS) console.log(`  ${family.name}: ${family.summary}`);
  console.log('');
  const stallsPass = runStalls();
  if (check && (!pass || !stallsPass || problems.length > 0)) {
    console.error('\nbench --check: a target failed or a workload does not exercise what it claims');
    process.exitCode = 1;
  }
}

main();
