import type { NamedPolicy } from '../engine/bundle.js';
import { type ValidatePolicyOptions, validatePolicy } from '../lint/validate-policy.js';
import type { PolicyKind } from '../policy/policy.js';
import { ModelError } from './model-error.js';

/** How strictly a document is compared with the AWS catalogue (see ValidatePolicyOptions). */
export type CatalogOptions = Pick<ValidatePolicyOptions, 'catalogSeverity' | 'knownActions' | 'knownConditionKeys'>;

/**
 * Validates a policy document (JSON text or a parsed value) as the given kind and names it for reasons. Errors throw
 * a ModelError with one diagnostic per line; warnings (such as catalogue lag, R19) are accepted, as AWS accepts them,
 * unless `catalog` makes catalogue findings errors (R159).
 */
export function readDocument(
  name: string,
  kind: PolicyKind,
  document: unknown,
  catalog: CatalogOptions = {},
): NamedPolicy {
  const source = `${kind} policy "${name}"`;
  const result = validatePolicy(document, { kind, source, ...catalog });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.policy === undefined || errors.length > 0) {
    const lines = errors.length > 0 ? errors.map((d) => d.message) : [`${source} could not be read`];
    throw new ModelError(`${source} is invalid:\n${lines.join('\n')}`);
  }
  return { name, policy: result.policy };
}
