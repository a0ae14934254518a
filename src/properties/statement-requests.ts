import fc from 'fast-check';
import { actionsMatching } from '../catalog/catalog.js';
import { compileActionMatcher } from '../match/action-matcher.js';
import type { Statement } from '../policy/policy.js';
import { genericResource } from './generic-resource.js';
import { wildcardInstance } from './wildcard-instance.js';

/**
 * The catalogue actions a statement's Action names (a literal action the catalogue lacks stays as written), or for
 * NotAction every catalogue action it does not list; the most familiar first, so that shrinking reaches them.
 */
export function statementActions(statement: Statement): string[] {
  let actions: string[];
  if (statement.action !== undefined) {
    actions = statement.action.flatMap((p) => {
      const found = actionsMatching(p);
      return found.length > 0 || /[*?]/.test(p) ? found : [p];
    });
  } else {
    const listed = compileActionMatcher(statement.notAction ?? []);
    actions = actionsMatching('*').filter((a) => !listed.test(a.toLowerCase()));
  }
  return [...new Set(actions)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A resource for a request the statement may cover: an instance of one of its Resource patterns (`*`: a generic
 * resource of the action's type or a modelled resource of the account). NotResource statements get the same
 * choices as `*`; whether the statement covers the result is for the engine to say.
 */
export function statementResource(
  statement: Statement,
  action: string,
  account: string,
  modelled: readonly string[],
  words: readonly string[],
): fc.Arbitrary<string> {
  const any = fc.constantFrom(genericResource(action, account), ...modelled);
  const patterns = statement.resource ?? ['*'];
  const options = patterns.map((p) => {
    if (p === '*') return any;
    return /[*?]|\$\{/.test(p) ? wildcardInstance(p, words) : fc.constant(p);
  });
  return options.length === 1 ? (options[0] as fc.Arbitrary<string>) : fc.oneof(...options);
}
