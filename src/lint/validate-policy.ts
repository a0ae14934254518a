import { checkConditionEntry } from '../conditions/check-condition-entry.js';
import { checkActionPattern } from '../match/check-action-pattern.js';
import { checkPrincipalValue, type PrincipalType } from '../match/check-principal-value.js';
import { checkResourcePattern } from '../match/check-resource-pattern.js';
import type { Diagnostic } from '../policy/diagnostic.js';
import { childPath, indexPath } from '../policy/json-path.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../policy/json-value.js';
import { type ParsePolicyOptions, type ParsePolicyResult, parsePolicy } from '../policy/parse-policy.js';
import type { PrincipalSpec, Statement } from '../policy/policy.js';
import { PolicyDiagnostics } from '../policy/policy-diagnostics.js';
import { closestOperatorName } from '../conditions/closest-operator-name.js';
import { CatalogLint } from './catalog-lint.js';
import { LintBudget } from './lint-budget.js';
import { policySizeFinding } from './policy-size.js';

export interface ValidatePolicyOptions extends ParsePolicyOptions {
  /** Compare actions and condition keys with the AWS catalogue. Default true. */
  readonly catalog?: boolean;
  /**
   * Severity of catalogue findings (`service-unknown`, `action-unknown`, `action-matches-nothing`,
   * `condition-key-unknown`). Default `'warning'`, since the catalogue can lag behind AWS; scenario policies use
   * `'error'`.
   */
  readonly catalogSeverity?: 'warning' | 'error';
  /** Lowercase `service:action` names to treat as existing; a service named here counts as existing too. */
  readonly knownActions?: ReadonlySet<string>;
  /** Lowercase condition keys to treat as existing. */
  readonly knownConditionKeys?: ReadonlySet<string>;
  /**
   * The service prefix of the resource a `resource` policy is attached to (`s3`, `kms` …), which decides its size
   * quota (R143); without it the largest resource-policy quota applies.
   */
  readonly service?: string;
}

/** What checking the statements of one document shares: the sink, the catalogue lint, the did-you-mean budget. */
interface Checks {
  readonly sink: PolicyDiagnostics;
  readonly catalog: CatalogLint | undefined;
  readonly suggestOperator: (name: string) => string | undefined;
}

/**
 * Everything iamspec knows to check about one policy: the document (parsePolicy), every action, resource and
 * principal value, every condition entry, and — unless `catalog: false` — the AWS catalogue's actions (R19) and
 * condition keys (R40).
 */
export function validatePolicy(input: string | unknown, options: ValidatePolicyOptions = {}): ParsePolicyResult {
  const parsed = parsePolicy(input, options);
  const document = parsed.document ?? null;
  const statements = parsed.policy?.statements ?? parsed.readableStatements ?? [];
  const sink = new PolicyDiagnostics(options.source, parsed.locate);
  if (parsed.document !== undefined) checkSize(typeof input === 'string' ? input : parsed.document, options, sink);
  if (statements.length === 0 || !isJsonObject(document)) {
    return sink.list.length === 0 ? parsed : { ...parsed, diagnostics: [...parsed.diagnostics, ...sink.list] };
  }
  // R152: one budget per document bounds the did-you-mean searches and catalogue scans.
  const budget = new LintBudget();
  const checks: Checks = {
    sink,
    catalog: options.catalog === false ? undefined : new CatalogLint(options, budget, sink),
    suggestOperator: (name) => budget.suggest(`operator ${name.toLowerCase()}`, () => closestOperatorName(name)),
  };
  const rawStatements = document.Statement ?? null;
  for (const statement of statements) {
    const inArray = Array.isArray(rawStatements);
    const raw = inArray ? (rawStatements[statement.index] ?? null) : rawStatements;
    const path = inArray ? indexPath('Statement', statement.index) : 'Statement';
    checkStatement(statement, path, isJsonObject(raw) ? raw : undefined, checks);
  }
  checks.catalog?.finish();
  return { ...parsed, diagnostics: [...parsed.diagnostics, ...sink.list] };
}

/** R142, R143: the document against the size quota of its kind (and service, for a resource policy). */
function checkSize(document: string | JsonValue, options: ValidatePolicyOptions, sink: PolicyDiagnostics): void {
  const finding = policySizeFinding(document, options.kind, options.service);
  if (finding?.severity === 'error') sink.error('policy-too-large', '', finding.text);
  else if (finding !== undefined) sink.warn('policy-too-large', '', finding.text);
}

/** The path of value `i` of an element that was written as a string (`X`) or as an array (`X[i]`). */
function valuePath(parent: string, key: string, raw: JsonObject | undefined, i: number): string {
  const path = childPath(parent, key);
  return Array.isArray(raw?.[key]) ? indexPath(path, i) : path;
}

function checkStatement(
  statement: Statement,
  path: string,
  raw: JsonObject | undefined,
  { sink, catalog, suggestOperator }: Checks,
): void {
  const actions: [string, readonly string[] | undefined][] = [
    ['Action', statement.action],
    ['NotAction', statement.notAction],
  ];
  for (const [key, values] of actions) {
    for (const [i, pattern] of (values ?? []).entries()) {
      const at = valuePath(path, key, raw, i);
      const problems = checkActionPattern(pattern, at);
      adoptAll(problems, sink);
      if (problems.length === 0) catalog?.action(pattern, at);
    }
  }
  const resources: [string, readonly string[] | undefined][] = [
    ['Resource', statement.resource],
    ['NotResource', statement.notResource],
  ];
  for (const [key, values] of resources) {
    for (const [i, pattern] of (values ?? []).entries()) {
      adoptAll(checkResourcePattern(pattern, valuePath(path, key, raw, i)), sink);
    }
  }
  checkPrincipal(statement.principal, childPath(path, 'Principal'), raw?.Principal, sink);
  checkPrincipal(statement.notPrincipal, childPath(path, 'NotPrincipal'), raw?.NotPrincipal, sink);
  for (const entry of statement.conditions) {
    adoptAll(checkConditionEntry(entry, suggestOperator), sink);
    catalog?.conditionKey(entry);
  }
}

const PRINCIPAL_FIELDS: readonly [PrincipalType, 'aws' | 'service' | 'federated' | 'canonicalUser'][] = [
  ['AWS', 'aws'],
  ['Service', 'service'],
  ['Federated', 'federated'],
  ['CanonicalUser', 'canonicalUser'],
];

function checkPrincipal(
  spec: PrincipalSpec | undefined,
  path: string,
  raw: JsonValue | undefined,
  sink: PolicyDiagnostics,
): void {
  const map = raw ?? null;
  if (spec === undefined || spec.wildcard || !isJsonObject(map)) return;
  for (const [type, field] of PRINCIPAL_FIELDS) {
    for (const [i, value] of spec[field].entries()) {
      adoptAll(checkPrincipalValue(type, value, valuePath(path, type, map, i)), sink);
    }
  }
}

function adoptAll(diagnostics: readonly Diagnostic[], sink: PolicyDiagnostics): void {
  for (const d of diagnostics) sink.adopt(d);
}
