import type { NamedPolicy } from '../engine/bundle.js';
import { accountOfArn } from '../engine/derive-context.js';
import type { Tags } from './iam-entities.js';
import { ModelError } from './model-error.js';
import type { ModelState } from './model-state.js';
import { bucketArn } from './resources.js';

/** The modelled thing a request's resource ARN belongs to. */
export interface ResolvedResource {
  readonly kind: 'any' | 'bucket' | 'resource' | 'role' | 'user' | 'group' | 'account';
  /** The ARN as requested (an object ARN stays an object ARN); a bucket name becomes its ARN. */
  readonly arn: string;
  readonly accountId: string | undefined;
  /** The bucket, key or other resource policy; a role's trust policy. */
  readonly policy: NamedPolicy | undefined;
  readonly tags: Tags;
}

/**
 * Finds the resource behind an ARN: `*`, an IAM role, user or group, a bucket (which owns its objects), any resource
 * added by ARN, or else any ARN naming a known account (a resource of that account without a policy). Anything else
 * is a mistake in the scenario, reported with the resources that exist.
 */
export function resolveResource(state: ModelState, ref: string): ResolvedResource {
  if (ref === '*') return { kind: 'any', arn: '*', accountId: undefined, policy: undefined, tags: {} };
  const arn = ref.startsWith('arn:') ? ref : bucketArn(ref);
  const role = state.iam.roles.byArnOnly(arn);
  if (role !== undefined) return { kind: 'role', arn, accountId: role.accountId, policy: role.trust, tags: role.tags };
  const user = state.iam.users.byArnOnly(arn);
  if (user !== undefined) return { kind: 'user', arn, accountId: user.accountId, policy: undefined, tags: user.tags };
  const group = state.iam.groups.byArnOnly(arn);
  if (group !== undefined) return { kind: 'group', arn, accountId: group.accountId, policy: undefined, tags: {} };
  const owner = state.resources.owner(arn);
  if (owner !== undefined) {
    return { kind: owner.kind, arn, accountId: owner.accountId, policy: owner.policy, tags: owner.tags };
  }
  const accountId = accountOfArn(arn);
  if (ref.startsWith('arn:') && accountId !== undefined && state.accounts.byId(accountId) !== undefined) {
    return { kind: 'account', arn, accountId, policy: undefined, tags: {} };
  }
  throw unknownResource(state, ref);
}

function unknownResource(state: ModelState, ref: string): ModelError {
  const known = [...state.resources.arns(), ...state.iam.roles.all().map((r) => r.arn)].sort();
  const accounts = state.accounts.list().map((a) => `${a.name} (${a.id})`);
  const list = known.length === 0 ? 'there are no modelled resources' : `resources are: ${known.join(', ')}`;
  return new ModelError(
    `no resource "${ref}"; ${list}; an ARN naming a known account also works (accounts: ${accounts.join(', ') || 'none'})`,
  );
}
