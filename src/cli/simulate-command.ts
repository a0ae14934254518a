import { parseArgs } from 'node:util';
import { parseBundle } from '../bundle/parse-bundle.js';
import { simulate } from '../engine/simulate.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import type { JsonValue } from '../policy/json-value.js';
import { type JsonDocument, parseJson } from '../policy/parse-json.js';
import { type CliIo, EXIT_OK, EXIT_USAGE } from './cli-io.js';
import { displayName, readInput } from './read-input.js';
import { EXPECTATIONS, type Expectation, reportEntries, type SimulateEntry } from './simulate-report.js';
import { SIMULATE_USAGE } from './usage.js';

/**
 * `iamspec simulate [FILE|-] [--batch] [--explain] [--expect DECISION]` (docs/cli.md): decides one bundle, or an
 * array of bundles with --batch. Exit 0 on success, 1 when --expect does not hold, 2 on bad usage or input.
 */
export async function simulateCommand(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(SIMULATE_USAGE);
    return EXIT_OK;
  }
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (thrown) {
    io.stderr.write(`iamspec simulate: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
    return EXIT_USAGE;
  }
  const { file, batch, explain, expect } = parsed;
  const source = displayName(file);
  const input = await readInput(file, io);
  if (!input.ok) return fail(io, [`${source}: error [${input.code}] ${input.message}`]);
  // No `source` here: the line below leads with the file and position once, as every other problem line does.
  // Duplicate keys are reported, not fatal, so that in a batch only the bundle that holds one is refused (R5).
  const json = parseJson(input.text, { duplicateKeys: 'report' });
  if (!json.ok) {
    const { line, column } = json.position;
    return fail(io, [`${source}:${line}:${column}: error [${json.error.code}] ${json.error.message}`]);
  }
  const doc = json.document;
  const items = batch ? (Array.isArray(doc.value) ? doc.value : undefined) : [doc.value];
  if (items === undefined) return fail(io, [`${source}: --batch expects a JSON array of bundles`]);
  const entries = items.map((item, i) => decideItem(item, batch ? `[${i}]` : '', { source, doc, explain, expect }));
  // One bundle that is invalid decides nothing: its problems are the whole answer.
  const [only] = entries;
  if (!batch && only !== undefined && !only.ok) return fail(io, only.lines);
  return reportEntries(io, entries, { batch, explain, expect, source });
}

interface DecideOptions {
  readonly source: string;
  readonly doc: JsonDocument;
  readonly explain: boolean;
  readonly expect: Expectation | undefined;
}

/** Parses and decides one bundle; an invalid one keeps its problems, each located in the input (issue 8). */
function decideItem(item: JsonValue, prefix: string, o: DecideOptions): SimulateEntry {
  const parsed = parseBundle(item, o.source, prefix);
  const duplicates = o.doc.duplicates.filter((d) => isUnder(d.path, prefix));
  if (parsed.bundle === undefined || parsed.diagnostics.length > 0 || duplicates.length > 0) {
    const diagnostics = [...duplicates, ...parsed.diagnostics];
    const lines = diagnostics.map((d) => withPosition(d, o.source, o.doc.positionOf(d)));
    return { ok: false, diagnostics, lines };
  }
  const result = simulate(parsed.bundle, { explain: o.explain || o.expect !== undefined });
  return { ok: true, bundle: parsed.bundle, result };
}

/** True when a JSON path lies in the item at `prefix` (`[1]` holds `[1].principal` but not `[10]`). */
function isUnder(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function parseOptions(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { batch: { type: 'boolean' }, explain: { type: 'boolean' }, expect: { type: 'string' } },
  });
  if (positionals.length > 1) throw new Error(`one input at a time, got ${positionals.join(' ')}`);
  const expect = values.expect;
  if (expect !== undefined && !(EXPECTATIONS as readonly string[]).includes(expect)) {
    throw new Error(`--expect takes ${EXPECTATIONS.join(', ')}, not '${expect}'`);
  }
  return {
    file: positionals[0] ?? '-',
    batch: values.batch === true,
    explain: values.explain === true,
    expect: expect as Expectation | undefined,
  };
}

function withPosition(d: Diagnostic, source: string, at: { line: number; column: number } | undefined): string {
  const where = at === undefined ? source : `${source}:${at.line}:${at.column}`;
  const message = d.message.startsWith(`${source}: `) ? d.message.slice(source.length + 2) : d.message;
  return `${where}: error [${d.code}] ${message}`;
}

function fail(io: CliIo, lines: readonly string[]): number {
  io.stderr.write(`${lines.join('\n')}\n`);
  return EXIT_USAGE;
}
