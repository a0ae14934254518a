import { type Diagnostic, error, warning } from '../policy/diagnostic.js';
import { scanArnSource } from './scan-arn-source.js';

const FORMAT = 'write "*" or an ARN "arn:partition:service:region:account:resource", e.g. "arn:aws:s3:::bucket/*"';

/**
 * Checks one Resource / NotResource entry: `*`, or an ARN of six colon-separated segments (R25) with a
 * literal service segment (R28). Variables are only usable in the resource part (R35), which is a warning
 * since the statement still parses.
 */
export function checkResourcePattern(pattern: string, path: string): Diagnostic[] {
  if (pattern === '*') return [];
  const layout = scanArnSource(pattern, true);
  const [, second, third] = layout.colons;
  if (!pattern.startsWith('arn:') || second === undefined || third === undefined || layout.resourceStart < 0) {
    return [error('arn-malformed', path, `resource "${pattern}" is not an ARN with six segments; ${FORMAT}`)];
  }
  const service = pattern.slice(second + 1, third);
  if (service.includes('*') || service.includes('?')) {
    const message = `resource "${pattern}" has a wildcard in its service segment "${service}"; name the service, e.g. "arn:aws:s3:::*"`;
    return [error('arn-service-wildcard', path, message)];
  }
  if (service === '' || layout.resourceStart >= pattern.length) {
    const missing = service === '' ? 'service segment' : 'resource part';
    return [error('arn-malformed', path, `resource "${pattern}" has an empty ${missing}; ${FORMAT}`)];
  }
  if (layout.variableBeforeResource) {
    const message = `resource "${pattern}" uses a policy variable before the fifth colon, so it matches no resource; use variables only in the resource part`;
    return [warning('arn-variable-outside-resource', path, message)];
  }
  return [];
}
