import { parseDate } from '../conditions/parse-date.js';
import { nullRecord } from '../context/null-record.js';
import type { ContextValue } from '../context/request-context.js';
import type { BundlePrincipal, BundleRequest } from './bundle.js';

type Record_ = Record<string, ContextValue>;

/** aws:PrincipalType for each caller kind (R100). */
const PRINCIPAL_TYPE: Readonly<Record<BundlePrincipal['kind'], string | undefined>> = {
  user: 'User',
  'role-session': 'AssumedRole',
  'federated-user': 'FederatedUser',
  root: 'Account',
  anonymous: 'Anonymous',
  service: undefined,
};

/**
 * The keys that follow from who the principal is (R100–R102). They are computed once per compiled bundle; keys a
 * request gives override them.
 */
export function principalContext(p: BundlePrincipal): Record_ {
  const out = nullRecord<ContextValue>();
  const type = PRINCIPAL_TYPE[p.kind];
  if (type !== undefined) out['aws:PrincipalType'] = type;
  // R100: anonymous requests carry no aws:PrincipalIsAWSService, and their aws:PrincipalAccount is "anonymous".
  if (p.kind !== 'anonymous') out['aws:PrincipalIsAWSService'] = p.kind === 'service' ? 'true' : 'false';
  else out['aws:PrincipalAccount'] = 'anonymous';
  if (p.kind === 'service' && p.arn !== undefined) out['aws:PrincipalServiceName'] = p.arn;
  const principalArn = p.kind === 'role-session' ? p.roleArn : p.kind === 'service' ? undefined : p.arn;
  if (principalArn !== undefined) out['aws:PrincipalArn'] = principalArn;
  if (p.account !== undefined) out['aws:PrincipalAccount'] = p.account;
  if (p.orgId !== undefined) out['aws:PrincipalOrgID'] = p.orgId;
  const userId = userIdOf(p);
  if (userId !== undefined) out['aws:userid'] = userId;
  if (p.kind === 'user' && p.arn !== undefined) out['aws:username'] = lastPathPart(p.arn);
  for (const [key, value] of Object.entries(p.tags)) out[`aws:PrincipalTag/${key}`] = value;
  return out;
}

/** aws:userid as documented per principal type (R101); undefined when the unique id it needs is unknown. */
function userIdOf(p: BundlePrincipal): string | undefined {
  switch (p.kind) {
    case 'user':
      return p.uniqueId;
    case 'role-session': {
      const session = p.arn === undefined ? undefined : lastPathPart(p.arn);
      return p.uniqueId === undefined || session === undefined ? undefined : `${p.uniqueId}:${session}`;
    }
    case 'federated-user':
      return p.account === undefined || p.arn === undefined ? undefined : `${p.account}:${lastPathPart(p.arn)}`;
    case 'root':
      return p.account;
    case 'anonymous':
      return 'anonymous';
    default:
      return undefined;
  }
}

function lastPathPart(arn: string): string {
  const slash = arn.lastIndexOf('/');
  return slash < 0 ? arn.slice(arn.lastIndexOf(':') + 1) : arn.slice(slash + 1);
}

/**
 * The keys that follow from the request itself (R103, R104): the resource's account and tags, and the two time keys
 * from each other, then the keys the request gives, which override derived ones (R105). Runs once per request, so it
 * writes straight into the lowercased map the context keeps (R40), with no intermediate record: a map also keeps a
 * key named `__proto__` as an ordinary key (R140).
 */
export function requestContext(r: BundleRequest, resourceAccount: string | undefined): Map<string, ContextValue> {
  const out = new Map<string, ContextValue>();
  if (resourceAccount !== undefined) out.set('aws:resourceaccount', resourceAccount);
  const tags = r.resourceTags;
  for (const key of Object.keys(tags)) out.set(`aws:resourcetag/${key.toLowerCase()}`, tags[key] as string);
  const given = r.context;
  addTimeKeys(out, given);
  for (const key of Object.keys(given)) out.set(key.toLowerCase(), given[key] as ContextValue);
  return out;
}

const CURRENT_TIME = 'aws:currenttime';
const EPOCH_TIME = 'aws:epochtime';

/**
 * True when `key.toLowerCase() === lower`, for `lower` in lowercase ASCII without `k`, building no string: only
 * A–Z lowercase to those letters (the one other character that lowercases to ASCII, the Kelvin sign, becomes `k`).
 */
function isKey(key: string, lower: string): boolean {
  if (key.length !== lower.length) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Derives aws:EpochTime from aws:CurrentTime, or the other way round, when only one is given. Key names are
 * case-insensitive (R40): when a key is given in several cases, the last one counts, as it does in the context.
 */
function addTimeKeys(out: Map<string, ContextValue>, given: Readonly<Record<string, ContextValue>>): void {
  let current: ContextValue | undefined;
  let epoch: ContextValue | undefined;
  for (const key of Object.keys(given)) {
    if (isKey(key, CURRENT_TIME)) current = given[key];
    else if (isKey(key, EPOCH_TIME)) epoch = given[key];
  }
  if (typeof current === 'string' && epoch === undefined) {
    // R63: aws:CurrentTime is a Date value, read as the Date operators read it (W3C ISO 8601 or epoch seconds).
    const ms = parseDate(current);
    if (ms !== undefined && Number.isFinite(ms)) out.set(EPOCH_TIME, String(Math.floor(ms / 1000)));
    return;
  }
  if (typeof epoch === 'string' && current === undefined && allDigits(epoch)) {
    const date = new Date(Number(epoch) * 1000);
    // An epoch beyond what a date can show derives no aws:CurrentTime rather than failing the request.
    if (!Number.isNaN(date.getTime())) out.set(CURRENT_TIME, date.toISOString().replace('.000Z', 'Z'));
  }
}

function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True for exactly twelve ASCII digits between `from` and `to`. */
function isAccountId(arn: string, from: number, to: number): boolean {
  if (to - from !== 12) return false;
  for (let i = from; i < to; i++) {
    const c = arn.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The account a resource ARN names, if any (S3 bucket ARNs name none): the text after the fourth colon, up to the
 * fifth. Found with indexOf rather than split and a RegExp, since it runs on every request.
 */
export function accountOfArn(arn: string): string | undefined {
  let start = 0;
  for (let colons = 0; colons < 4; colons++) {
    const colon = arn.indexOf(':', start);
    if (colon < 0) return undefined;
    start = colon + 1;
  }
  const next = arn.indexOf(':', start);
  const end = next < 0 ? arn.length : next;
  return isAccountId(arn, start, end) ? arn.slice(start, end) : undefined;
}
