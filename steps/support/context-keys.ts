import { defaultConditionKeys } from '../../src/catalog/catalog.js';
import type { ContextValue } from '../../src/context/request-context.js';
import type { IamspecWorld } from './world.js';

/**
 * R160: the keys a step gives a request must be condition keys AWS has (global, or of a service, or a tag key under
 * its prefix), or declared known: a misspelt key (`aws:SoruceIp`) would be a key that no policy reads, and the
 * check would pass without testing what it means to.
 */
export function checkContextKeys(
  world: IamspecWorld,
  context: Readonly<Record<string, ContextValue>>,
  where: string,
): void {
  const keys = defaultConditionKeys();
  const known = world.model.documents.knownConditionKeys;
  for (const key of Object.keys(context)) {
    if (known.has(key.toLowerCase()) || keys.exists(key)) continue;
    const suggestion = keys.suggest(key);
    const hint = suggestion === undefined ? 'no AWS service documents it' : `did you mean '${suggestion}'?`;
    throw new Error(
      `unknown condition key '${key}' in ${where}; ${hint} (if AWS has it and the catalogue does not list it yet, add: Given the condition key "${key}" is known)`,
    );
  }
}
