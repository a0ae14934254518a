import type { StallFamily, StallTiming } from './stall-family.js';

/** R150–R152 targets: the issue's inputs answer within this, and cost per byte grows at most this much ×1 → ×8. */
export const ISSUE_TARGET_MS = 100;
export const GROWTH_TOLERANCE = 2.5;

/** What one family's child process measured. */
export interface StallMeasurement {
  readonly sizes: readonly StallTiming[];
  readonly issue: readonly (StallTiming & { readonly label: string })[];
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));

/** Cost per byte at the largest size over cost per byte at the smallest: 1 is linear, 8 would be quadratic. */
export function growth(sizes: readonly StallTiming[]): number {
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  if (first === undefined || last === undefined || first.ms <= 0) return Number.NaN;
  return last.ms / last.bytes / (first.ms / first.bytes);
}

/** Table rows for one family, and the problems `--check` fails on. */
export function stallRows(family: StallFamily, m: StallMeasurement): { rows: string[][]; problems: string[] } {
  const rows: string[][] = [];
  const problems: string[] = [];
  let previous: StallTiming | undefined;
  for (const t of m.sizes) {
    const times = previous === undefined ? '' : `×${(t.ms / previous.ms).toFixed(2)}`;
    const sizes = previous === undefined ? '' : `×${(t.bytes / previous.bytes).toFixed(2)}`;
    const perMb = ((t.ms * 1024 * 1024) / t.bytes).toFixed(1);
    rows.push([family.name, `×${t.scale}`, kb(t.bytes), ms(t.ms), perMb, sizes, times, t.problem ?? '']);
    if (t.problem !== undefined) problems.push(`${family.name} ×${t.scale}: ${t.problem}`);
    previous = t;
  }
  const g = growth(m.sizes);
  const verdict = g <= GROWTH_TOLERANCE ? 'pass' : 'FAIL';
  rows.push([family.name, 'growth', '', '', '', '', `${g.toFixed(2)} (≤ ${GROWTH_TOLERANCE})`, verdict]);
  if (!(g <= GROWTH_TOLERANCE)) problems.push(`${family.name}: cost per byte grew ${g.toFixed(2)}× from ×1 to ×8`);
  for (const t of m.issue) {
    const ok = t.ms <= ISSUE_TARGET_MS && t.problem === undefined;
    rows.push([
      family.name,
      `issue ${t.label}`,
      kb(t.bytes),
      ms(t.ms),
      '',
      '',
      `≤ ${ISSUE_TARGET_MS} ms`,
      ok ? 'pass' : 'FAIL',
    ]);
    if (!ok) problems.push(`${family.name}, the issue's ${t.label} input: ${ms(t.ms)} ms ${t.problem ?? ''}`.trim());
  }
  return { rows, problems };
}
