import { Authorizer, type AuthorizeOptions } from './authorizer.js';
import type { Bundle } from './bundle.js';
import type { AuthorizationResult } from './decision.js';

/**
 * Decides one bundle: compiles its policies and authorizes its request. To ask many requests of the same
 * principal and policies, build an `Authorizer` once and call `authorize` for each.
 */
export function simulate(bundle: Bundle, options: AuthorizeOptions = {}): AuthorizationResult {
  const { request, ...scenario } = bundle;
  return new Authorizer(scenario).authorize(request, options);
}
