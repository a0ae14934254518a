import type { AuthorizationResult } from '../../src/engine/decision.js';
import { renderJson } from '../../src/explain/render-json.js';
import { type RequestSummary, renderText } from '../../src/explain/render-text.js';
import type { DecisionRecord, IamspecWorld, OperationRecord } from './world.js';

/** Attaches a decision's reasons to the report, as text and as JSON; the caller decides whether to keep it. */
export function attachDecision(
  world: IamspecWorld,
  request: RequestSummary,
  result: AuthorizationResult,
): DecisionRecord {
  const record = { request, result };
  world.attach(renderText(result, request), 'text/plain');
  world.attach(JSON.stringify({ request, ...(renderJson(result) as object) }, null, 2), 'application/json');
  return record;
}

/** Attaches an operation's outcome (its decision is attached separately, with attachDecision). */
export function attachOperation(world: IamspecWorld, record: OperationRecord): void {
  const headline = `${record.ok ? 'succeeded' : 'failed'}: ${record.asked}${record.reason ? ` — ${record.reason}` : ''}`;
  world.attach(headline, 'text/plain');
  const json = { asked: record.asked, ok: record.ok, reason: record.reason, value: record.value };
  world.attach(JSON.stringify(json, null, 2), 'application/json');
}

/** A decision as words for a failure message. */
export function explain(record: DecisionRecord): string {
  return renderText(record.result, record.request);
}
