import { type Diagnostic, error } from '../policy/diagnostic.js';

const EXAMPLE = 'write "*" or "service:Action", e.g. "s3:GetObject" or "iam:*AccessKey*"';

function isServiceChar(code: number): boolean {
  // a-z A-Z 0-9 and '-': every service prefix and action name in the service catalog uses only these
  // (iamspec decision; the guide gives no grammar).
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d
  );
}

function allChars(text: string, allowed: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (!allowed(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Action names use the same characters as service prefixes, plus the wildcards `*` and `?` (R22). */
function isNameChar(code: number): boolean {
  return isServiceChar(code) || code === 0x2a || code === 0x3f;
}

/**
 * Checks one Action / NotAction entry: `*`, or `service:name` whose service part is written literally
 * (R28, iamspec decision for actions) and whose name may hold `*` and `?` (R22).
 */
export function checkActionPattern(pattern: string, path: string): Diagnostic[] {
  if (pattern === '*') return [];
  const colon = pattern.indexOf(':');
  const service = colon < 0 ? '' : pattern.slice(0, colon);
  const name = colon < 0 ? '' : pattern.slice(colon + 1);
  if (service.includes('*') || service.includes('?')) {
    const message = `action "${pattern}" has a wildcard in its service prefix "${service}"; write the service literally, e.g. "s3:Get*"`;
    return [error('action-service-wildcard', path, message)];
  }
  if (!allChars(service, isServiceChar) || !allChars(name, isNameChar)) {
    return [error('action-malformed', path, `action "${pattern}" is not an action name; ${EXAMPLE}`)];
  }
  return [];
}
