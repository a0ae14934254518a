import type { ConditionOutcome } from '../conditions/compile-conditions.js';
import type { AuthorizationResult, NearMiss, Reason } from '../engine/decision.js';
import { describeStatement, layerWords } from './describe.js';

/** What was asked, for the headline of a rendered decision. */
export interface RequestSummary {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
}

/**
 * Renders a decision as text fit to paste into a pull-request review: a headline, then one bullet per reason.
 */
export function renderText(result: AuthorizationResult, request: RequestSummary): string {
  const lines = [`${result.decision}: ${request.principal} → ${request.action} on ${request.resource}`];
  for (const reason of result.reasons) lines.push(`  - ${renderReason(reason, request)}`);
  if (result.missingContextKeys.length > 0) {
    lines.push(
      `  - context keys a condition asked for but the request lacked: ${result.missingContextKeys.join(', ')}`,
    );
  }
  return lines.join('\n');
}

function renderReason(reason: Reason, request: RequestSummary): string {
  switch (reason.kind) {
    case 'explicit-deny':
      return `explicitly denied by ${describeStatement(reason.statement)}`;
    case 'allow':
      return `allowed by ${describeStatement(reason.statement)}${reason.note ? ` (${reason.note})` : ''}`;
    case 'rule':
      return `${reason.message} (${reason.rule})`;
    case 'no-allow': {
      const where = reason.levelName
        ? ` at \`${reason.levelName}\``
        : reason.policyName
          ? ` \`${reason.policyName}\``
          : '';
      return `no ${layerWords(reason.layer)}${where} allows ${request.action} on ${request.resource}`;
    }
    case 'near-miss':
      return renderNearMiss(reason.miss);
  }
}

function renderNearMiss(miss: NearMiss): string {
  const failed: string[] = [];
  if (!miss.action) failed.push('the action does not match');
  if (!miss.resource) failed.push('the resource does not match');
  if (miss.principal === false) failed.push('the principal does not match');
  for (const c of miss.conditions) if (!c.matched) failed.push(renderCondition(c));
  return `nearly matched: ${describeStatement(miss.statement)}, but ${failed.join('; ')}`;
}

function renderCondition(c: ConditionOutcome): string {
  const expected = c.expected.map((v) => JSON.stringify(v)).join(' or ');
  const actual = c.missing ? 'the request has no such key' : `the request has ${JSON.stringify(c.actual)}`;
  return `condition ${c.operator} ${c.key} expects ${expected}, ${actual}`;
}
