import type { NamedPolicy } from '../engine/bundle.js';
import type { AwsModel } from '../model/aws-model.js';
import { policiesOf } from '../model/iam-entities.js';

/**
 * Every policy document the model holds: identity policies (inline and managed), boundaries, trust policies,
 * resource policies, and the SCPs and RCPs that reach member accounts. Properties read them for the condition
 * values to generate and the action patterns that tell actions apart.
 */
export function modelPolicies(model: AwsModel): NamedPolicy[] {
  const out = new Set<NamedPolicy>();
  const add = (policy: NamedPolicy | undefined) => {
    if (policy !== undefined) out.add(policy);
  };
  for (const user of model.iam.users.all()) {
    policiesOf(user).forEach(add);
    add(user.boundary);
  }
  for (const group of model.iam.groups.all()) policiesOf(group).forEach(add);
  for (const role of model.iam.roles.all()) {
    policiesOf(role).forEach(add);
    add(role.boundary);
    add(role.trust);
  }
  for (const managed of model.iam.managed.all()) add(managed.policy);
  resourcePolicies(model).forEach(add);
  orgPolicies(model, 'scp').forEach(add);
  orgPolicies(model, 'rcp').forEach(add);
  return [...out];
}

/** The resource policies of modelled resources (buckets, keys, queues …) and the roles' trust policies. */
export function resourcePolicies(model: AwsModel): NamedPolicy[] {
  const out: NamedPolicy[] = [];
  for (const arn of model.resources.arns()) {
    const policy = model.resources.owner(arn)?.policy;
    if (policy !== undefined) out.push(policy);
  }
  for (const role of model.iam.roles.all()) out.push(role.trust);
  return out;
}

/** The SCPs or RCPs attached anywhere above a member account, each once. */
export function orgPolicies(model: AwsModel, kind: 'scp' | 'rcp'): NamedPolicy[] {
  const org = model.organization;
  if (org === undefined) return [];
  const out = new Set<NamedPolicy>();
  for (const account of model.accounts.list()) {
    if (!org.isMember(account.id)) continue;
    for (const level of org.levels(kind, account.id, account.name)) {
      for (const policy of level.policies) out.add(policy);
    }
  }
  return [...out];
}

/** Tag keys and values on modelled users, roles and resources, for generating tags that policies look at. */
export function modelTags(model: AwsModel): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const holder of [...model.iam.users.all(), ...model.iam.roles.all()]) out.push(...Object.entries(holder.tags));
  for (const arn of model.resources.arns()) out.push(...Object.entries(model.resources.owner(arn)?.tags ?? {}));
  return out;
}
