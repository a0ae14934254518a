import type { Statement } from '../../policy/policy.js';
import { conditionsHold } from './condition-block.js';
import type { ReferenceContext } from './reference-context.js';
import { resourceEntryMatches } from './resource-match.js';
import { wildcardMatch } from './text-piece.js';

/** The request as statements see it. */
export interface ReferenceRequest {
  readonly action: string;
  readonly resource: string;
  readonly context: ReferenceContext;
}

/** R21, R22: `*` alone is every action; otherwise a case-insensitive wildcard match of `service:name`. */
function actionEntryMatches(entry: string, action: string): boolean {
  if (entry === '*') return true;
  return wildcardMatch([{ text: entry.toLowerCase(), wildcards: true }], action.toLowerCase());
}

/** R10: Action lists what the statement covers; NotAction covers every action it does not list. */
function actionApplies(statement: Statement, action: string): boolean {
  if (statement.action !== undefined) return statement.action.some((entry) => actionEntryMatches(entry, action));
  const listed = statement.notAction ?? [];
  return !listed.some((entry) => actionEntryMatches(entry, action));
}

/**
 * R11: Resource lists what the statement covers and NotResource covers every resource it does not list; with
 * neither (resource-based policies) the statement covers the resource the policy is attached to, which is the one
 * requested.
 */
function resourceApplies(statement: Statement, request: ReferenceRequest, supportsVariables: boolean): boolean {
  const matches = (entry: string) => resourceEntryMatches(entry, request.resource, request.context, supportsVariables);
  if (statement.resource !== undefined) return statement.resource.some(matches);
  if (statement.notResource !== undefined) return !statement.notResource.some(matches);
  return true;
}

/** Action, resource and Condition of one statement (the Principal part is checked by the caller). */
export function statementApplies(statement: Statement, request: ReferenceRequest, supportsVariables: boolean): boolean {
  return (
    actionApplies(statement, request.action) &&
    resourceApplies(statement, request, supportsVariables) &&
    conditionsHold(statement.conditions, request.context, supportsVariables)
  );
}
