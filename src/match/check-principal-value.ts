import { type Diagnostic, error, warning } from '../policy/diagnostic.js';

/** The keys of a Principal / NotPrincipal object. */
export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

const AWS_FORMS =
  '"*", a 12-digit account id, or an ARN of a root, user/NAME, role/NAME (iam) or assumed-role/ROLE/SESSION, federated-user/NAME (sts)';

/** Validation runs once per policy, so plain regular expressions are fine here. */
const HOST_LABEL = /^[A-Za-z0-9-]+$/;
const CANONICAL_ID = /^[0-9a-f]{64}$/;

function isDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** A name made of dot-separated labels, like `ecs.amazonaws.com` or `accounts.google.com`. */
function isHostName(text: string): boolean {
  const labels = text.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0 && HOST_LABEL.test(label));
}

/** The partition, service, account and resource of `arn:P:S::ACCT:RESOURCE`, or undefined. */
function principalArn(value: string): { service: string; resource: string } | undefined {
  const parts = value.split(':');
  const [arn, partition, service, region, account, resource] = parts;
  if (parts.length !== 6 || arn !== 'arn' || region !== '' || partition === undefined) return undefined;
  if (partition !== 'aws' && !partition.startsWith('aws-')) return undefined;
  if (service === undefined || resource === undefined || account === undefined || !isDigits(account, 12)) {
    return undefined;
  }
  return { service, resource };
}

/** The resource part of a principal ARN, as the principal page lists them (R38, R39). */
function isAwsPrincipalResource(service: string, resource: string): boolean {
  const [type, ...rest] = resource.split('/');
  const named = rest.length > 0 && rest.every((part) => part !== '');
  if (service === 'iam') return resource === 'root' || ((type === 'user' || type === 'role') && named);
  if (service !== 'sts') return false;
  return (type === 'assumed-role' && named && rest.length === 2) || (type === 'federated-user' && named);
}

function checkAws(value: string, path: string): Diagnostic[] {
  if (value === '*' || isDigits(value, 12)) return [];
  if (hasWildcard(value)) {
    const message = `principal "${value}" uses a wildcard inside a name or ARN, which matches no one; write ${AWS_FORMS}`;
    return [error('principal-wildcard', path, message)];
  }
  const arn = principalArn(value);
  if (arn !== undefined && isAwsPrincipalResource(arn.service, arn.resource)) return [];
  if (value.startsWith('AIDA') || value.startsWith('AROA')) {
    const message = `principal "${value}" is a unique id, left when the named user or role was deleted; it matches no caller`;
    return [warning('principal-unique-id', path, message)];
  }
  return [error('principal-malformed', path, `AWS principal "${value}" is not ${AWS_FORMS}`)];
}

function checkFederated(value: string, path: string): Diagnostic[] {
  const arn = principalArn(value);
  if (arn !== undefined) {
    const [type, name] = arn.resource.split('/');
    if (arn.service === 'iam' && (type === 'saml-provider' || type === 'oidc-provider') && name) return [];
  } else if (isHostName(value)) {
    return [];
  }
  const valid = 'a provider such as "accounts.google.com" or "arn:aws:iam::111122223333:saml-provider/NAME"';
  return [error('principal-malformed', path, `Federated principal "${value}" is not ${valid}`)];
}

function checkOther(type: 'Service' | 'CanonicalUser', value: string, path: string): Diagnostic[] {
  if (type === 'Service' && isHostName(value)) return [];
  if (type === 'CanonicalUser' && CANONICAL_ID.test(value)) return [];
  const valid = type === 'Service' ? 'a service principal such as "ecs.amazonaws.com"' : 'a 64-digit hex canonical id';
  return [error('principal-malformed', path, `${type} principal "${value}" is not ${valid}`)];
}

/**
 * Checks one value of a Principal / NotPrincipal entry. R39: a wildcard cannot match part of a principal
 * name or ARN; R37: a lone `*` is only meaningful as `"*"` or `{"AWS": "*"}` (iamspec decision for the
 * other keys).
 */
export function checkPrincipalValue(type: PrincipalType, value: string, path: string): Diagnostic[] {
  if (type === 'AWS') return checkAws(value, path);
  if (hasWildcard(value)) {
    const message = `${type} principal "${value}" uses a wildcard, which matches no one; write "Principal": "*" or {"AWS": "*"} for everyone`;
    return [error('principal-wildcard', path, message)];
  }
  if (type === 'Federated') return checkFederated(value, path);
  return checkOther(type, value, path);
}
