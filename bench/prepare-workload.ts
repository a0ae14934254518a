import { parseBundle } from '../src/bundle/parse-bundle.js';
import { Authorizer } from '../src/engine/authorizer.js';
import type { BundleRequest } from '../src/engine/bundle.js';
import type { AuthorizationResult } from '../src/engine/decision.js';
import type { JsonObject } from '../src/policy/json-value.js';
import type { Workload } from './workload.js';

/** A workload parsed and compiled, ready to time: one call of `run` is one decision. */
export interface PreparedWorkload {
  readonly workload: Workload;
  readonly statements: number;
  /** Statements indexed under the request's service or under any service: those a request looks at. */
  readonly lookedAt: number;
  readonly run: () => AuthorizationResult;
  /** One line per check that the request exercises what the workload claims. */
  readonly proof: readonly string[];
  readonly problems: readonly string[];
}

/** Parses a bundle once; throws with the diagnostics when it is not valid, since the benchmark would be meaningless. */
export function parseOrThrow(bundle: JsonObject, label: string): { authorizer: Authorizer; request: BundleRequest } {
  const parsed = parseBundle(bundle, label);
  if (parsed.bundle === undefined) {
    const lines = parsed.diagnostics.map((d) => d.message);
    throw new Error(`${label} is not a valid bundle:\n${lines.join('\n')}`);
  }
  const { request, ...scenario } = parsed.bundle;
  return { authorizer: new Authorizer(scenario), request };
}

function countStatements(a: Authorizer, service: string): { statements: number; lookedAt: number } {
  const policies = [
    ...a.identity,
    a.boundary,
    a.session,
    a.resource,
    ...[...(a.scps ?? []), ...(a.rcps ?? [])].flatMap((l) => l.policies),
  ];
  let statements = 0;
  let lookedAt = 0;
  for (const p of policies) {
    if (p === undefined) continue;
    statements += p.statements.length;
    lookedAt += p.forService(service).length + p.forAnyService.length;
  }
  return { statements, lookedAt };
}

function serviceOf(action: string): string {
  return action.toLowerCase().split(':')[0] ?? '';
}

/** Which statements decided, as `Allow by Sid` for the proof line. */
function deciders(result: AuthorizationResult): string[] {
  const out: string[] = [];
  for (const reason of result.reasons) {
    if (reason.kind === 'allow' || reason.kind === 'explicit-deny') {
      out.push(reason.statement.sid ?? `#${reason.statement.index}`);
    }
  }
  return out;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Parses and compiles a workload, and checks its request and controls get the decisions it claims. */
export function prepareWorkload(workload: Workload): PreparedWorkload {
  const { authorizer, request } = parseOrThrow(workload.bundle, workload.name);
  const problems: string[] = [];
  const proof: string[] = [];
  const explained = authorizer.authorize(request, { explain: true });
  const by = deciders(explained);
  const deciding = by.length > 0 ? ` by ${by.join(', ')};` : '';
  const detail = `(${deciding} ${plural(explained.reasons.length, 'reason')} with explain)`.replace('( ', '(');
  proof.push(`${workload.name}: ${request.action} → ${explained.decision} ${detail}`);
  if (explained.decision !== workload.expected) {
    problems.push(`${workload.name}: expected ${workload.expected}, got ${explained.decision}`);
  }
  if (workload.decidingSid !== undefined && !by.includes(workload.decidingSid)) {
    problems.push(`${workload.name}: expected ${workload.decidingSid} to decide, got ${by.join(', ') || 'none'}`);
  }
  for (const control of workload.controls) {
    const c = parseOrThrow({ ...workload.bundle, request: control.request }, `${workload.name} control`);
    const got = c.authorizer.authorize(c.request).decision;
    const ok = got === control.expected;
    proof.push(
      `  control, ${control.proves}: ${c.request.action} → ${got} ${ok ? '(as expected)' : `(EXPECTED ${control.expected})`}`,
    );
    if (!ok) problems.push(`${workload.name}: control "${control.proves}" expected ${control.expected}, got ${got}`);
  }
  const options = { explain: workload.explain };
  return {
    workload,
    ...countStatements(authorizer, serviceOf(request.action)),
    run: () => authorizer.authorize(request, options),
    proof,
    problems,
  };
}
