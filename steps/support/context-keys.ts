import { defaultConditionKeys } from '../../src/catalog/catalog.js';
import { defaultConditionKeyTypes } from '../../src/catalog/condition-key-types.js';
import { isValueOfType, VALUE_FORMS } from '../../src/conditions/check-context-value.js';
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
    checkValueType(key, context[key], where);
    if (known.has(key.toLowerCase()) || keys.exists(key)) continue;
    const suggestion = keys.suggest(key);
    const hint = suggestion === undefined ? 'no AWS service documents it' : `did you mean '${suggestion}'?`;
    throw new Error(
      `unknown condition key '${key}' in ${where}; ${hint} (if AWS has it and the catalogue does not list it yet, add: Given the condition key "${key}" is known)`,
    );
  }
}

/**
 * R165: a value of a typed key must be one AWS could send (`aws:SourceIp` an address, `aws:SecureTransport` true or
 * false), else a negated operator would hold for the wrong reason and the scenario pass on a request AWS never makes.
 */
function checkValueType(key: string, value: ContextValue | undefined, where: string): void {
  const typing = defaultConditionKeyTypes().of(key);
  if (typing === undefined || value === undefined) return;
  for (const item of typeof value === 'string' ? [value] : value) {
    if (isValueOfType(item, typing.type)) continue;
    throw new Error(
      `the value "${item}" of '${key}' in ${where} is not ${VALUE_FORMS[typing.type]}: the key takes ${typing.type} values`,
    );
  }
}
