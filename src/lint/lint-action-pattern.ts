import type { ActionCatalog } from '../catalog/action-catalog.js';
import type { PolicyDiagnostics } from '../policy/policy-diagnostics.js';

const hasWildcard = (text: string): boolean => text.includes('*') || text.includes('?');

/**
 * R19: compares one well-formed Action / NotAction entry with the AWS catalogue. Findings are warnings, since
 * the catalogue can lag behind AWS and an unknown action only means the statement never matches it.
 */
export function lintActionPattern(
  pattern: string,
  path: string,
  catalog: ActionCatalog,
  diagnostics: PolicyDiagnostics,
): void {
  const colon = pattern.indexOf(':');
  if (pattern === '*' || colon < 0) return;
  const service = pattern.slice(0, colon);
  const name = pattern.slice(colon + 1);
  if (hasWildcard(service)) return;
  if (!catalog.serviceExists(service)) {
    const suggestion = catalog.suggestService(service);
    const hint = suggestion === undefined ? 'no AWS service has this prefix' : `did you mean '${suggestion}:${name}'?`;
    diagnostics.warn('service-unknown', path, `${path}: unknown service '${service}' in action '${pattern}'; ${hint}`);
    return;
  }
  if (!hasWildcard(name)) {
    if (catalog.actionExists(service, name)) return;
    const suggestion = catalog.suggestAction(service, name);
    const hint =
      suggestion === undefined ? `service '${service}' has no such action` : `did you mean '${service}:${suggestion}'?`;
    diagnostics.warn('action-unknown', path, `${path}: unknown action '${pattern}'; ${hint}`);
    return;
  }
  if (catalog.actionsMatching(pattern).length === 0) {
    diagnostics.warn(
      'action-matches-nothing',
      path,
      `${path}: action pattern '${pattern}' matches no '${service}' action, so it has no effect; check the spelling against the service's actions`,
    );
  }
}
