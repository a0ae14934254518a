import type { Bundle } from '../engine/bundle.js';
import type { AuthorizationResult, Decision } from '../engine/decision.js';
import { renderJson } from '../explain/render-json.js';
import { renderText } from '../explain/render-text.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import { type CliIo, EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './cli-io.js';

export const EXPECTATIONS = ['Allow', 'ExplicitDeny', 'ImplicitDeny', 'Deny'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/** One bundle of the input: decided, or refused with its problems (each already located as a one-line message). */
export type SimulateEntry =
  | { readonly ok: true; readonly bundle: Bundle; readonly result: AuthorizationResult }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly lines: readonly string[] };

export interface ReportOptions {
  readonly batch: boolean;
  readonly explain: boolean;
  readonly expect: Expectation | undefined;
  /** The input's display name, which diagnostic messages start with. */
  readonly source: string;
}

/**
 * Prints every entry in input order (JSON, or text with --explain), then the problems of invalid bundles and the
 * decisions that miss --expect on standard error. Exit 2 when any bundle is invalid, else 1 when a decision misses
 * --expect, else 0.
 */
export function reportEntries(io: CliIo, entries: readonly SimulateEntry[], o: ReportOptions): number {
  if (o.explain) io.stdout.write(`${entries.map((e, i) => entryText(e, i, o)).join('\n\n')}\n`);
  else {
    const json = entries.map((e) => (e.ok ? renderJson(e.result) : { error: errorOf(e, o.source) }));
    io.stdout.write(`${JSON.stringify(o.batch ? json : json[0], null, 2)}\n`);
  }
  const problems = entries.flatMap((e) => (e.ok ? [] : e.lines));
  if (problems.length > 0) io.stderr.write(`${problems.join('\n')}\n`);
  const missed = o.expect === undefined ? [] : expectationMisses(io, entries, o.expect, o.batch);
  if (problems.length > 0) return EXIT_USAGE;
  return missed.length === 0 ? EXIT_OK : EXIT_ERRORS;
}

function meets(decision: Decision, expect: Expectation): boolean {
  return expect === 'Deny' ? decision !== 'Allow' : decision === expect;
}

/** Reports each decided bundle whose decision is not the expected one; invalid bundles were reported already. */
function expectationMisses(
  io: CliIo,
  entries: readonly SimulateEntry[],
  expected: Expectation,
  batch: boolean,
): number[] {
  const missed: number[] = [];
  entries.forEach((e, i) => {
    if (!e.ok || meets(e.result.decision, expected)) return;
    missed.push(i);
    const at = batch ? ` (bundle [${i}])` : '';
    io.stderr.write(`expected ${expected}, got ${e.result.decision}${at}:\n${decisionText(e.bundle, e.result)}\n`);
  });
  return missed;
}

function entryText(e: SimulateEntry, i: number, o: ReportOptions): string {
  if (e.ok) return decisionText(e.bundle, e.result);
  const { code, path, message } = errorOf(e, o.source);
  return `[${i}] invalid bundle: error [${code}] ${path}: ${message}`;
}

function decisionText(bundle: Bundle, result: AuthorizationResult): string {
  const p = bundle.principal;
  return renderText(result, {
    principal: p.arn ?? p.kind,
    action: bundle.request.action,
    resource: bundle.request.resource,
  });
}

/** The first problem of an invalid bundle as `{code, message, path}`; the message without the file and path. */
function errorOf(e: SimulateEntry & { ok: false }, source: string): { code: string; message: string; path: string } {
  const first = e.diagnostics[0];
  if (first === undefined) return { code: 'bundle-invalid', message: 'the bundle is invalid', path: '' };
  let message = first.message;
  for (const prefix of [`${source}: `, `${first.path || '(top level)'}: `]) {
    if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  return { code: first.code, message, path: first.path };
}
