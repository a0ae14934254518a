import fc from 'fast-check';
import { actionName } from './action-name.js';
import { wildcardVariant } from './wildcard-variant.js';

/** Constraints for {@link actionPattern}. */
export interface ActionPatternConstraints {
  /** Actions the patterns are made from (for example a request's action); defaults to the vocabulary. */
  readonly actions?: readonly string[];
}

/**
 * An Action / NotAction entry: `*`, an action as written or in another case (R21), `service:*`, or the action with a
 * slice of its name replaced by `*` or one character by `?` (R22). The service prefix stays literal (R28).
 */
export function actionPattern(constraints: ActionPatternConstraints = {}): fc.Arbitrary<string> {
  const action = actionName(constraints.actions === undefined ? {} : { actions: constraints.actions });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('*') },
    { weight: 5, arbitrary: action },
    { weight: 2, arbitrary: action.map((a) => `${a.slice(0, a.indexOf(':'))}:*`) },
    { weight: 3, arbitrary: action.chain((a) => wildcardVariant(a, { from: a.indexOf(':') + 1 })) },
  );
}
