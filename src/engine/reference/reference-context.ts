import type { ContextValue } from '../../context/request-context.js';
import type { Bundle, BundlePrincipal } from '../bundle.js';
import { parseDateValue } from './value-parsers.js';

/** The request context as the reference sees it: key names are case-insensitive (R40). */
export class ReferenceContext {
  private readonly values = new Map<string, ContextValue>();

  /** Sets a key; a later set of the same key in any letter case replaces the earlier one. */
  set(key: string, value: ContextValue): void {
    this.values.set(key.toLowerCase(), value);
  }

  get(key: string): ContextValue | undefined {
    return this.values.get(key.toLowerCase());
  }
}

/** The last `/`-separated part of an ARN's resource, e.g. `alice` for `arn:aws:iam::1:user/team/alice`. */
function lastName(arn: string): string {
  const afterColon = arn.slice(arn.lastIndexOf(':') + 1);
  return afterColon.slice(afterColon.lastIndexOf('/') + 1);
}

/** R100, R101: the keys that say who the principal is. */
function addPrincipalKeys(context: ReferenceContext, p: BundlePrincipal): void {
  const types = { user: 'User', 'role-session': 'AssumedRole', 'federated-user': 'FederatedUser', root: 'Account' };
  if (p.kind === 'anonymous') {
    context.set('aws:PrincipalType', 'Anonymous');
    context.set('aws:PrincipalAccount', 'anonymous');
    context.set('aws:userid', 'anonymous');
    return; // anonymous requests carry no aws:PrincipalArn, aws:PrincipalIsAWSService or tags
  }
  context.set('aws:PrincipalIsAWSService', p.kind === 'service' ? 'true' : 'false');
  if (p.kind === 'service') {
    if (p.arn !== undefined) context.set('aws:PrincipalServiceName', p.arn);
  } else {
    context.set('aws:PrincipalType', types[p.kind]);
    const principalArn = p.kind === 'role-session' ? p.roleArn : p.arn; // R100: a session's aws:PrincipalArn is its role
    if (principalArn !== undefined) context.set('aws:PrincipalArn', principalArn);
  }
  if (p.account !== undefined) context.set('aws:PrincipalAccount', p.account);
  if (p.orgId !== undefined) context.set('aws:PrincipalOrgID', p.orgId);
  if (p.kind === 'user') {
    if (p.uniqueId !== undefined) context.set('aws:userid', p.uniqueId);
    if (p.arn !== undefined) context.set('aws:username', lastName(p.arn));
  }
  if (p.kind === 'role-session' && p.uniqueId !== undefined && p.arn !== undefined) {
    context.set('aws:userid', `${p.uniqueId}:${lastName(p.arn)}`);
  }
  if (p.kind === 'federated-user' && p.account !== undefined && p.arn !== undefined) {
    context.set('aws:userid', `${p.account}:${lastName(p.arn)}`);
  }
  if (p.kind === 'root' && p.account !== undefined) context.set('aws:userid', p.account);
  for (const [key, value] of Object.entries(p.tags)) context.set(`aws:PrincipalTag/${key}`, value); // R102
}

/** The value of the last key given in any letter case, as a context built from the record would hold it. */
function given(record: Readonly<Record<string, ContextValue>>, name: string): ContextValue | undefined {
  let found: ContextValue | undefined;
  for (const [key, value] of Object.entries(record)) if (key.toLowerCase() === name) found = value;
  return found;
}

/** R104: with no clock, each time key is derived from the other when only one is given. */
function addTimeKeys(context: ReferenceContext, record: Readonly<Record<string, ContextValue>>): void {
  const current = given(record, 'aws:currenttime');
  const epoch = given(record, 'aws:epochtime');
  if (typeof current === 'string' && epoch === undefined) {
    const ms = parseDateValue(current); // R63: aws:CurrentTime is a Date value
    if (ms !== undefined) context.set('aws:EpochTime', String(Math.floor(ms / 1000)));
  }
  if (typeof epoch === 'string' && current === undefined && /^\d+$/.test(epoch)) {
    const date = new Date(Number(epoch) * 1000);
    if (!Number.isNaN(date.getTime())) context.set('aws:CurrentTime', date.toISOString().replace('.000Z', 'Z'));
  }
}

/** The account a resource ARN names in its fifth segment, if it is a 12-digit id (S3 ARNs name none). */
export function accountInArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
}

/** R103: the resource's account: given, else the one in its ARN, else the caller's. */
export function resourceAccountOf(bundle: Bundle): string | undefined {
  return bundle.request.resourceAccount ?? accountInArn(bundle.request.resource) ?? bundle.principal.account;
}

/**
 * Builds the request context from scratch: derived principal keys (R100–R102), derived resource and time keys
 * (R103, R104), then the keys the request gives, which override derived ones (R105).
 */
export function referenceContext(bundle: Bundle): ReferenceContext {
  const context = new ReferenceContext();
  addPrincipalKeys(context, bundle.principal);
  const resourceAccount = resourceAccountOf(bundle);
  if (resourceAccount !== undefined) context.set('aws:ResourceAccount', resourceAccount);
  for (const [key, value] of Object.entries(bundle.request.resourceTags)) context.set(`aws:ResourceTag/${key}`, value);
  addTimeKeys(context, bundle.request.context);
  for (const [key, value] of Object.entries(bundle.request.context)) context.set(key, value); // R105
  return context;
}
