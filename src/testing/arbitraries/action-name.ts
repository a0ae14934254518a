import fc from 'fast-check';
import { ACTIONS } from './vocabulary.js';

/** Constraints for {@link actionName}. */
export interface ActionNameConstraints {
  /** The actions to draw from; defaults to the vocabulary. */
  readonly actions?: readonly string[];
  /** Also write some names in lower or upper case, which name the same action (R21). Default true. */
  readonly varyCase?: boolean;
}

/** A concrete action name `service:Action`, as a request carries it. */
export function actionName(constraints: ActionNameConstraints = {}): fc.Arbitrary<string> {
  const name = fc.constantFrom(...(constraints.actions ?? ACTIONS));
  if (constraints.varyCase === false) return name;
  return fc
    .tuple(
      name,
      fc.oneof(
        { weight: 6, arbitrary: fc.constant('as written') },
        { weight: 1, arbitrary: fc.constant('lower') },
        { weight: 1, arbitrary: fc.constant('upper') },
      ),
    )
    .map(([action, form]) =>
      form === 'lower' ? action.toLowerCase() : form === 'upper' ? action.toUpperCase() : action,
    );
}
