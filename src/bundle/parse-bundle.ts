import type { CallerKind } from '../context/caller.js';
import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { Bundle, BundlePrincipal, BundleRequest } from '../engine/bundle.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import { childPath } from '../policy/json-path.js';
import { isJsonObject, type JsonObject, type JsonValue, quoteValue } from '../policy/json-value.js';
import { readBundleText } from './bundle-text.js';
import { refuseCaseDuplicates } from './case-duplicate-keys.js';
import { describe, FieldReader } from './field-reader.js';
import { readLevels, readPolicy, readPolicyList } from './read-policies.js';
import { checkRequestCaps } from './request-caps.js';

export interface ParseBundleResult {
  readonly bundle?: Bundle;
  readonly diagnostics: readonly Diagnostic[];
}

const CALLER_KINDS: readonly CallerKind[] = ['user', 'role-session', 'root', 'anonymous', 'federated-user', 'service'];
const TOP = [
  'principal',
  'request',
  'resourcePolicy',
  'scps',
  'rcps',
  'isManagementAccount',
  'resourceIsManagementAccount',
];
const PRINCIPAL = [
  'kind',
  'arn',
  'roleArn',
  'account',
  'identityPolicies',
  'permissionsBoundary',
  'sessionPolicy',
  'tags',
  'userArn',
  'uniqueId',
  'orgId',
  'provider',
];
const REQUEST = ['action', 'resource', 'resourceAccount', 'resourceTags', 'context'];

/**
 * Validates a `simulate` bundle (docs/cli.md, schema/bundle.schema.json) and parses every policy in it. Reports every
 * problem at once; returns a bundle only when there is none. A string is the bundle's JSON text, read as `iamspec
 * simulate` reads it (R4, and R5: a duplicate key anywhere is an error); with a `pathPrefix` the value sits inside a
 * larger document that was read already (a `--batch` array), so a string there is a value of the wrong type.
 */
export function parseBundle(value: JsonValue, source = 'bundle', pathPrefix = ''): ParseBundleResult {
  if (typeof value !== 'string' || pathPrefix !== '') return parseValue(value, source, pathPrefix);
  const text = readBundleText(value, source);
  return text.ok ? text.finish(parseValue(text.value, source, '')) : text.result;
}

function parseValue(value: JsonValue, source: string, pathPrefix: string): ParseBundleResult {
  const r = new FieldReader(source, pathPrefix);
  const top = r.object(value, '', TOP);
  if (top === undefined) return { diagnostics: r.diagnostics };
  const principal = readPrincipal(r, top.principal);
  const request = readRequest(r, top.request);
  checkRequestCaps(r, principal, request);
  const action = request?.action.toLowerCase() ?? '';
  const resourceKind = action.startsWith('sts:assumerole') ? 'trust' : 'resource';
  const resourcePolicy =
    top.resourcePolicy === undefined
      ? undefined
      : readPolicy(
          r,
          top.resourcePolicy,
          'resourcePolicy',
          resourceKind,
          resourceKind === 'trust' ? 'trust policy' : 'resource policy',
          request?.resource,
        );
  const scps = readLevels(r, top.scps, 'scps', 'scp');
  const rcps = readLevels(r, top.rcps, 'rcps', 'rcp');
  const isManagementAccount = r.boolean(top, 'isManagementAccount', '') ?? false;
  const resourceIsManagement = r.boolean(top, 'resourceIsManagementAccount', '');
  if (r.diagnostics.length > 0 || principal === undefined || request === undefined)
    return { diagnostics: r.diagnostics };
  const sameAccount = request.resourceAccount === undefined || request.resourceAccount === principal.account;
  const bundle: Bundle = {
    principal,
    request,
    ...(resourcePolicy === undefined ? {} : { resourcePolicy }),
    ...(scps === undefined ? {} : { scps }),
    ...(rcps === undefined ? {} : { rcps }),
    isManagementAccount,
    resourceIsManagementAccount: resourceIsManagement ?? (sameAccount && isManagementAccount),
  };
  return { bundle, diagnostics: [] };
}

function readPrincipal(r: FieldReader, value: JsonValue | undefined): BundlePrincipal | undefined {
  const p = r.object(value, 'principal', PRINCIPAL);
  if (p === undefined) return undefined;
  const kind = r.string(p, 'kind', 'principal', true);
  if (kind !== undefined && !(CALLER_KINDS as readonly string[]).includes(kind)) {
    return r.fail(
      'bundle-kind',
      'principal.kind',
      `"${kind}" is not a principal kind; use one of ${CALLER_KINDS.join(', ')}`,
    );
  }
  if (kind === undefined) return undefined;
  const k = kind as CallerKind;
  const needsAccount = k !== 'anonymous' && k !== 'service';
  const arn = r.string(p, 'arn', 'principal', k !== 'anonymous');
  const account = r.accountId(p, 'account', 'principal', needsAccount);
  if (!needsAccount && p.account !== undefined)
    r.fail('bundle-kind', 'principal.account', `a ${k} principal has no account`);
  if (k === 'anonymous' && p.arn !== undefined)
    r.fail('bundle-kind', 'principal.arn', 'an anonymous principal has no arn');
  const roleArn = r.string(p, 'roleArn', 'principal', k === 'role-session');
  const noPolicies = k === 'root' || k === 'anonymous' || k === 'service';
  // A boundary belongs to a user or role; a session policy to a role or federated-user session (R81, R93).
  if (noPolicies && p.permissionsBoundary !== undefined) {
    r.fail('bundle-kind', 'principal.permissionsBoundary', `a ${k} principal has no permissions boundary`);
  }
  if (k !== 'role-session' && k !== 'federated-user' && p.sessionPolicy !== undefined) {
    r.fail(
      'bundle-kind',
      'principal.sessionPolicy',
      `a ${k} principal has no session policy; only role and federated-user sessions do`,
    );
  }
  // An empty list says the same as no list, so tools that always write the field are accepted (issue 8).
  const emptyList = Array.isArray(p.identityPolicies) && p.identityPolicies.length === 0;
  if (noPolicies && p.identityPolicies !== undefined && !emptyList)
    r.fail('bundle-kind', 'principal.identityPolicies', `a ${k} principal has no identity policies`);
  const boundary =
    p.permissionsBoundary === undefined
      ? undefined
      : readPolicy(r, p.permissionsBoundary, 'principal.permissionsBoundary', 'boundary', 'permissions boundary');
  const session =
    p.sessionPolicy === undefined
      ? undefined
      : readPolicy(r, p.sessionPolicy, 'principal.sessionPolicy', 'session', 'session policy');
  const optional = (key: 'userArn' | 'uniqueId' | 'orgId' | 'provider') => {
    const v = r.string(p, key, 'principal', false);
    return v === undefined ? {} : { [key]: v };
  };
  const tags = r.stringMap(p, 'tags', 'principal');
  // R5, R110: IAM user and role tag keys are unique ignoring case, and so are the session tags over them (R127).
  refuseCaseDuplicates(r, tags, 'principal.tags', 'bundle-tag-duplicate', 'tag key');
  return {
    kind: k,
    ...(arn === undefined ? {} : { arn }),
    ...(account === undefined ? {} : { account }),
    ...(roleArn === undefined ? {} : { roleArn }),
    identityPolicies: readPolicyList(
      r,
      p.identityPolicies,
      'principal.identityPolicies',
      'identity',
      'identity policy',
    ),
    ...(boundary === undefined ? {} : { permissionsBoundary: boundary }),
    ...(session === undefined ? {} : { sessionPolicy: session }),
    tags,
    ...optional('userArn'),
    ...optional('uniqueId'),
    ...optional('orgId'),
    ...optional('provider'),
  };
}

export function readRequest(r: FieldReader, value: JsonValue | undefined, path = 'request'): BundleRequest | undefined {
  const q = r.object(value, path, REQUEST);
  if (q === undefined) return undefined;
  const action = r.string(q, 'action', path, true);
  if (action !== undefined && !/^[a-zA-Z0-9-]+:[a-zA-Z0-9-_]+$/.test(action)) {
    r.fail(
      'bundle-action',
      childPath(path, 'action'),
      `"${action}" is not an action; write service:Action, e.g. "s3:GetObject"`,
    );
  }
  const resource = r.string(q, 'resource', path, true);
  if (resource !== undefined) checkResource(r, action, resource, childPath(path, 'resource'));
  const resourceAccount = r.accountId(q, 'resourceAccount', path, false);
  const context = readContext(r, q, path);
  const resourceTags = r.stringMap(q, 'resourceTags', path);
  // R5, R110: the tag keys of an IAM user or role are unique ignoring case; other services' may differ only in case
  // (S3 object and bucket tag keys are case-sensitive), so those are kept as given.
  if (resource !== undefined && IAM_USER_OR_ROLE.test(resource)) {
    refuseCaseDuplicates(r, resourceTags, childPath(path, 'resourceTags'), 'bundle-tag-duplicate', 'tag key');
  }
  if (action === undefined || resource === undefined) return undefined;
  return {
    action,
    resource,
    ...(resourceAccount === undefined ? {} : { resourceAccount }),
    resourceTags,
    context,
  };
}

const IAM_USER_OR_ROLE = /^arn:[^:]*:iam::[^:]*:(?:user|role)\//;

/**
 * A request acts on a resource: an ARN, or `*` for an operation on no particular resource. An empty resource names
 * nothing (R109), and a KMS request that names its key by a bare key id or alias name would escape the key-policy
 * check (R80), so both are refused; the message says how to name the key (iamspec decisions, fail closed).
 */
function checkResource(r: FieldReader, action: string | undefined, resource: string, at: string): void {
  if (resource === '') {
    r.fail('bundle-resource', at, 'is empty; give the ARN of the resource the request acts on, or "*" for none');
    return;
  }
  // An ARN in another letter case (`Arn:…`) is still read as a key by the engine (R80), so only a name that is no ARN
  // at all, such as a key id or an alias name, is refused here.
  const arnLike = resource.slice(0, 4).toLowerCase() === 'arn:';
  if (action?.toLowerCase().startsWith('kms:') && resource !== '*' && !arnLike) {
    r.fail(
      'bundle-resource',
      at,
      `${quoteValue(resource)} is not an ARN; name the KMS key by its ARN, arn:aws:kms:REGION:ACCOUNT:key/ID ` +
        '(or "*" for an operation on no particular key), so that its key policy is checked (R80)',
    );
  }
}

/** The request's context keys, with no prototype: a key `__proto__` is a key like any other (R140). */
function readContext(r: FieldReader, q: JsonObject, path: string): Record<string, ContextValue> {
  const out = nullRecord<ContextValue>();
  const value = q.context;
  const at = childPath(path, 'context');
  if (value === undefined) return out;
  if (!isJsonObject(value)) {
    r.fail('bundle-type', at, `expected an object of context keys, found ${describe(value)}`);
    return out;
  }
  // R5, R40: context key names are case-insensitive, so two that differ only in case are one key given twice.
  refuseCaseDuplicates(r, value, at, 'bundle-context-duplicate', 'context key');
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
    else if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) out[key] = v;
    else
      r.fail(
        'bundle-context',
        childPath(at, key),
        `context values are strings or arrays of strings, found ${describe(v)}`,
      );
  }
  return out;
}
