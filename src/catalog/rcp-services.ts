import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iamDataDirectory } from './iam-data-directory.js';

let cached: ReadonlySet<string> | undefined;

/**
 * Service prefixes whose actions RCPs apply to (R91), from the catalogue's rcpSupportedServices.json. The list grows
 * as AWS adds services, so it is data, not code.
 */
export function rcpSupportedServices(): ReadonlySet<string> {
  if (cached === undefined) {
    const parsed: unknown = JSON.parse(readFileSync(join(iamDataDirectory(), 'rcpSupportedServices.json'), 'utf8'));
    cached = new Set(Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string') : []);
  }
  return cached;
}
