import { checkActionName } from '../../src/catalog/check-action-name.js';
import type { ContextValue } from '../../src/context/request-context.js';
import type { Decision, Reason } from '../../src/engine/decision.js';
import type { Caller } from '../../src/model/caller.js';
import { describeCaller } from './callers.js';
import { checkContextKeys } from './context-keys.js';
import { attachDecision } from './report.js';
import type { DecisionRecord, IamspecWorld } from './world.js';

/** The words a step uses for a decision. */
export type DecisionWord = 'allowed' | 'denied' | 'explicitly denied' | 'implicitly denied';

const DECISION_WORDS: readonly DecisionWord[] = ['allowed', 'denied', 'explicitly denied', 'implicitly denied'];

/** Reads a decision word from a table cell, failing with the words that are valid. */
export function decisionWord(text: string): DecisionWord {
  const word = text.trim() as DecisionWord;
  if (!DECISION_WORDS.includes(word)) {
    throw new Error(`"${text}" is not a decision; write one of: ${DECISION_WORDS.join(', ')}`);
  }
  return word;
}

/** Whether the engine's decision is what the words expect; `denied` covers both kinds of deny. */
export function decisionIs(decision: Decision, expected: DecisionWord): boolean {
  switch (expected) {
    case 'allowed':
      return decision === 'Allow';
    case 'denied':
      return decision !== 'Allow';
    case 'explicitly denied':
      return decision === 'ExplicitDeny';
    case 'implicitly denied':
      return decision === 'ImplicitDeny';
  }
}

/**
 * Asks the model for one decision and attaches it to the report. An action the AWS catalogue does not know fails
 * the step with the nearest real one (R159): a misspelt action is simply denied by AWS, so a `cannot` check of it
 * would pass without checking anything. So does a context key that no service documents (R160).
 */
export function decide(
  world: IamspecWorld,
  caller: Caller,
  action: string,
  resource: string,
  context: Record<string, ContextValue> = {},
): DecisionRecord {
  const problem = checkActionName(action, world.model.documents.knownActions);
  if (problem !== undefined) {
    const declare = `if AWS has it and the catalogue does not list it yet, add: Given the action "${action}" is known`;
    throw new Error(`${problem}; ${declare}`);
  }
  checkContextKeys(world, context, 'the request context');
  const { result } = world.model.authorize(caller, action, resource, context);
  return attachDecision(world, { principal: describeCaller(caller), action, resource }, result);
}

/** The Sids (or `#index`) of the statements that decided: the explicit denies, else the allows. */
export function decidingStatements(reasons: readonly Reason[]): string[] {
  const denies = reasons.filter((r) => r.kind === 'explicit-deny');
  const deciding = denies.length > 0 ? denies : reasons.filter((r) => r.kind === 'allow');
  return deciding.map((r) => r.statement.sid ?? `#${r.statement.index}`);
}

/** The names of the policies whose statements decided. */
export function decidingPolicies(reasons: readonly Reason[]): string[] {
  const denies = reasons.filter((r) => r.kind === 'explicit-deny');
  const deciding = denies.length > 0 ? denies : reasons.filter((r) => r.kind === 'allow');
  return deciding.map((r) => r.statement.policy.name);
}
