import type { ContextValue } from '../context/request-context.js';
import type { BundlePrincipal, BundleRequest } from '../engine/bundle.js';
import { childPath, indexPath } from '../policy/json-path.js';
import type { FieldReader } from './field-reader.js';

/** R144: the ARN length of the IAM and STS APIs (their `arnType`), for the resource and every principal field. */
export const ARN_LIMIT = 2_048;
/** R144 (iamspec decision): a context value; twice the ARN length, above any value AWS documents for a key. */
export const CONTEXT_VALUE_LIMIT = 4_096;
/** R144: IAM's tag quotas (reference_iam-quotas.md), which most services share. */
export const TAG_KEY_LIMIT = 128;
export const TAG_VALUE_LIMIT = 256;

const PRINCIPAL_FIELDS = ['arn', 'roleArn', 'userArn', 'uniqueId', 'orgId', 'provider'] as const;

const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

function tooLong(r: FieldReader, path: string, length: number, limit: number, what: string): void {
  r.fail(
    'bundle-value-too-long',
    path,
    `is ${count(length)} characters long; ${what} may have at most ${count(limit)} (R144)`,
  );
}

function checkTags(r: FieldReader, tags: Readonly<Record<string, string>>, path: string): void {
  for (const [key, value] of Object.entries(tags)) {
    const at = childPath(path, key);
    if (key.length > TAG_KEY_LIMIT) tooLong(r, at, key.length, TAG_KEY_LIMIT, 'a tag key');
    if (value.length > TAG_VALUE_LIMIT) tooLong(r, at, value.length, TAG_VALUE_LIMIT, 'a tag value');
  }
}

function checkContext(r: FieldReader, context: Readonly<Record<string, ContextValue>>, path: string): void {
  for (const [key, value] of Object.entries(context)) {
    const at = childPath(path, key);
    if (typeof value === 'string') {
      if (value.length > CONTEXT_VALUE_LIMIT) tooLong(r, at, value.length, CONTEXT_VALUE_LIMIT, 'a context value');
      continue;
    }
    value.forEach((member, i) => {
      if (member.length > CONTEXT_VALUE_LIMIT) {
        tooLong(r, indexPath(at, i), member.length, CONTEXT_VALUE_LIMIT, 'a context value');
      }
    });
  }
}

/**
 * R144: refuses a bundle whose request values are longer than AWS allows (or, for context values, than iamspec
 * reads), so that what matching costs stays bounded by the quotas of R142 and R143 whatever the bundle holds.
 */
export function checkRequestCaps(
  r: FieldReader,
  principal: BundlePrincipal | undefined,
  request: BundleRequest | undefined,
): void {
  if (principal !== undefined) {
    for (const field of PRINCIPAL_FIELDS) {
      const value = principal[field];
      if (value !== undefined && value.length > ARN_LIMIT) {
        tooLong(r, `principal.${field}`, value.length, ARN_LIMIT, 'an ARN or identifier');
      }
    }
    checkTags(r, principal.tags, 'principal.tags');
  }
  if (request === undefined) return;
  if (request.action.length > ARN_LIMIT) tooLong(r, 'request.action', request.action.length, ARN_LIMIT, 'an action');
  if (request.resource.length > ARN_LIMIT) {
    tooLong(r, 'request.resource', request.resource.length, ARN_LIMIT, 'a resource ARN');
  }
  checkTags(r, request.resourceTags, 'request.resourceTags');
  checkContext(r, request.context, 'request.context');
}
