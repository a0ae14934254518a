import type { NamedPolicy, OrgLevel } from '../engine/bundle.js';
import { validatePolicy } from '../lint/validate-policy.js';
import { childPath, indexPath } from '../policy/json-path.js';
import { isJsonObject, type JsonValue } from '../policy/json-value.js';
import type { PolicyKind } from '../policy/policy.js';
import type { FieldReader } from './field-reader.js';

/** The service prefix of an ARN (`arn:aws:s3:::b` → `s3`), which decides a resource policy's size quota (R143). */
function serviceOf(arn: string | undefined): string | undefined {
  if (arn === undefined || !arn.startsWith('arn:')) return undefined;
  const partitionEnd = arn.indexOf(':', 4);
  const serviceEnd = partitionEnd < 0 ? -1 : arn.indexOf(':', partitionEnd + 1);
  return serviceEnd < 0 ? undefined : arn.slice(partitionEnd + 1, serviceEnd);
}

/**
 * Reads one policy: a policy document, or `{ "name": …, "document": {…} }` so that reasons can name it. Policy
 * diagnostics keep their own JSON path under the bundle path, e.g. `resourcePolicy.Statement[0].Effect`. A policy
 * over its size quota (R142, R143; a resource policy's by the service of `resourceArn`) refuses the bundle.
 */
export function readPolicy(
  r: FieldReader,
  value: JsonValue | undefined,
  path: string,
  kind: PolicyKind,
  fallbackName: string,
  resourceArn?: string,
): NamedPolicy | undefined {
  let name = fallbackName;
  let document = value;
  let documentPath = path;
  if (isJsonObject(value) && 'document' in value) {
    const obj = r.object(value, path, ['name', 'document']);
    if (obj === undefined) return undefined;
    name = r.string(obj, 'name', path, false) ?? fallbackName;
    document = obj.document;
    documentPath = childPath(path, 'document');
  }
  if (!isJsonObject(document)) {
    r.fail('bundle-type', documentPath, 'expected a policy document (an object with Version and Statement)');
    return undefined;
  }
  // Full validation (condition values, ARNs, principals) but no catalogue lint: a bundle must be decidable.
  const service = kind === 'resource' ? serviceOf(resourceArn) : undefined;
  const parsed = validatePolicy(document, { kind, catalog: false, ...(service === undefined ? {} : { service }) });
  let failed = false;
  for (const d of parsed.diagnostics) {
    const inner = d.path === '' ? documentPath : `${documentPath}.${d.path}`;
    if (d.severity === 'error') {
      failed = true;
      r.fail(d.code, inner, d.message);
    }
  }
  return failed || parsed.policy === undefined ? undefined : { name, policy: parsed.policy };
}

export function readPolicyList(
  r: FieldReader,
  value: JsonValue | undefined,
  path: string,
  kind: PolicyKind,
  label: string,
): NamedPolicy[] {
  if (value === undefined) return [];
  const items = r.array(value, path) ?? [];
  const out: NamedPolicy[] = [];
  items.forEach((item, i) => {
    const policy = readPolicy(r, item, indexPath(path, i), kind, `${label} #${i + 1}`);
    if (policy !== undefined) out.push(policy);
  });
  return out;
}

/** SCP or RCP levels, root first: each level is a list of policies, or `{ "name": …, "policies": […] }`. */
export function readLevels(
  r: FieldReader,
  value: JsonValue | undefined,
  path: string,
  kind: 'scp' | 'rcp',
): OrgLevel[] | undefined {
  if (value === undefined) return undefined;
  const levels = r.array(value, path) ?? [];
  return levels.map((level, i) => {
    const levelPath = indexPath(path, i);
    const fallback = i === 0 ? 'Root' : `level ${i}`;
    if (isJsonObject(level)) {
      const obj = r.object(level, levelPath, ['name', 'policies']);
      const name = (obj && r.string(obj, 'name', levelPath, false)) ?? fallback;
      const policiesPath = childPath(levelPath, 'policies');
      const raw = obj === undefined ? [] : obj.policies;
      if (raw === undefined) r.fail('bundle-missing', policiesPath, 'is required: a list of policies');
      const policies = readPolicyList(r, raw, policiesPath, kind, `${kind.toUpperCase()} at ${name}`);
      return { name, policies };
    }
    return {
      name: fallback,
      policies: readPolicyList(r, level, levelPath, kind, `${kind.toUpperCase()} at ${fallback}`),
    };
  });
}
