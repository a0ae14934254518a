/**
 * Checks of STS parameters that AWS rejects before any policy is read. Each returns a one-line reason, or undefined
 * when the value is fine.
 */

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const FEDERATED_NAME = /^[\w+=,.@-]{2,32}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const SOURCE_IDENTITY = /^[\w+=,.@-]{2,64}$/;
const MAX_TAGS = 50;

/** R126: 2–64 letters, digits and _ + = , . @ -. */
export function checkSessionName(name: string): string | undefined {
  if (SESSION_NAME.test(name)) return undefined;
  return `role session name "${name}" is invalid: use 2–64 letters, digits and _ + = , . @ - (R126)`;
}

/** R133: GetFederationToken names are 2–32 characters of the same set. */
export function checkFederatedName(name: string): string | undefined {
  if (FEDERATED_NAME.test(name)) return undefined;
  return `federated user name "${name}" is invalid: use 2–32 letters, digits and _ + = , . @ - (R133)`;
}

/** R124. */
export function checkExternalId(id: string | undefined): string | undefined {
  if (id === undefined || EXTERNAL_ID.test(id)) return undefined;
  return `external id "${id}" is invalid: use 2–1224 letters, digits and _ + = , . @ : / - without spaces (R124)`;
}

/** R129: 2–64 characters, not starting with `aws:`. */
export function checkSourceIdentity(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (SOURCE_IDENTITY.test(value) && !value.toLowerCase().startsWith('aws:')) return undefined;
  return `source identity "${value}" is invalid: use 2–64 letters, digits and _ + = , . @ -, not starting with "aws:" (R129)`;
}

/** R127: at most 50 tags, keys up to 128 and values up to 256 characters, one value per key ignoring case. */
export function checkSessionTags(
  tags: Readonly<Record<string, string>>,
  transitive: readonly string[] = [],
): string | undefined {
  const keys = Object.keys(tags);
  if (keys.length > MAX_TAGS) return `${keys.length} session tags are too many: at most ${MAX_TAGS} (R127)`;
  const lower = new Set<string>();
  for (const key of keys) {
    const value = tags[key] ?? '';
    if (key.length === 0 || key.length > 128) return `session tag key "${key}" must have 1–128 characters (R127)`;
    if (value.length > 256) return `session tag "${key}" has a value longer than 256 characters (R127)`;
    if (lower.has(key.toLowerCase())) return `session tag key "${key}" is given twice, ignoring case (R127)`;
    lower.add(key.toLowerCase());
  }
  const stray = transitive.find((key) => !lower.has(key.toLowerCase()));
  if (stray !== undefined) return `transitive tag key "${stray}" is not one of the session tags passed (R128)`;
  return undefined;
}

/** A duration in whole seconds within [min, max], else the reason; `rule` names the limit's source. */
export function checkDuration(seconds: number, min: number, max: number, rule: string): string | undefined {
  if (Number.isInteger(seconds) && seconds >= min && seconds <= max) return undefined;
  return `DurationSeconds ${seconds} is out of range: ${min}–${max} seconds allowed here (${rule})`;
}
