import type { AuthorizationResult } from '../engine/decision.js';

/** A decision as plain JSON data (the structured reasons as they are). */
export function renderJson(result: AuthorizationResult): unknown {
  return {
    decision: result.decision,
    reasons: result.reasons,
    missingContextKeys: result.missingContextKeys,
  };
}
