import { parseArgs } from 'node:util';
import { parseBundle } from '../bundle/parse-bundle.js';
import type { Bundle } from '../engine/bundle.js';
import type { AuthorizationResult, Decision } from '../engine/decision.js';
import { simulate } from '../engine/simulate.js';
import { renderJson } from '../explain/render-json.js';
import { renderText } from '../explain/render-text.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import { parseJson } from '../policy/parse-json.js';
import { type CliIo, EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './cli-io.js';
import { displayName, readInput } from './read-input.js';
import { SIMULATE_USAGE } from './usage.js';

const EXPECTATIONS = ['Allow', 'ExplicitDeny', 'ImplicitDeny', 'Deny'] as const;
type Expectation = (typeof EXPECTATIONS)[number];

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
  const json = parseJson(input.text);
  if (!json.ok) {
    const { line, column } = json.position;
    return fail(io, [`${source}:${line}:${column}: error [${json.error.code}] ${json.error.message}`]);
  }
  const doc = json.document;
  const items = batch ? (Array.isArray(doc.value) ? doc.value : undefined) : [doc.value];
  if (items === undefined) return fail(io, [`${source}: --batch expects a JSON array of bundles`]);
  const bundles: Bundle[] = [];
  const problems: Diagnostic[] = [];
  items.forEach((item, i) => {
    const result = parseBundle(item, source, batch ? `[${i}]` : '');
    if (result.bundle !== undefined) bundles.push(result.bundle);
    problems.push(...result.diagnostics);
  });
  if (problems.length > 0) {
    return fail(
      io,
      problems.map((d) => withPosition(d, source, doc.locate(d.path))),
    );
  }
  const results = bundles.map((b) => simulate(b, { explain: explain || expect !== undefined }));
  return report(io, bundles, results, { batch, explain, expect });
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

function meets(decision: Decision, expect: Expectation): boolean {
  return expect === 'Deny' ? decision !== 'Allow' : decision === expect;
}

interface ReportOptions {
  readonly batch: boolean;
  readonly explain: boolean;
  readonly expect: Expectation | undefined;
}

function report(
  io: CliIo,
  bundles: readonly Bundle[],
  results: readonly AuthorizationResult[],
  o: ReportOptions,
): number {
  const texts = results.map((r, i) => renderText(r, summary(bundles[i])));
  if (o.explain) io.stdout.write(`${texts.join('\n\n')}\n`);
  else {
    const json = results.map((r) => renderJson(r));
    io.stdout.write(`${JSON.stringify(o.batch ? json : json[0], null, 2)}\n`);
  }
  if (o.expect === undefined) return EXIT_OK;
  const expected = o.expect;
  const wrong = results.flatMap((r, i) => (meets(r.decision, expected) ? [] : [i]));
  for (const i of wrong) {
    const at = o.batch ? ` (bundle [${i}])` : '';
    io.stderr.write(`expected ${expected}, got ${results[i]?.decision}${at}:\n${texts[i]}\n`);
  }
  return wrong.length === 0 ? EXIT_OK : EXIT_ERRORS;
}

function summary(bundle: Bundle | undefined) {
  const p = bundle?.principal;
  const principal = p === undefined ? '?' : (p.arn ?? p.kind);
  return { principal, action: bundle?.request.action ?? '?', resource: bundle?.request.resource ?? '?' };
}
