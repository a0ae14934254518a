import type { Diagnostic } from './diagnostic.js';
import { POLICY_ELEMENTS, reportUnknownElements, STATEMENT_ELEMENTS } from './element-names.js';
import { jsonFromUnknown } from './json-from-unknown.js';
import { childPath, indexPath } from './json-path.js';
import {
  describeValue,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  quoteValue,
  type SourcePosition,
} from './json-value.js';
import { parseJson } from './parse-json.js';
import { parseStatement } from './parse-statement.js';
import type { Policy, PolicyKind, PolicyVersion, Statement } from './policy.js';
import { PolicyDiagnostics } from './policy-diagnostics.js';

export interface ParsePolicyOptions {
  /** What the document is used as; decides the Principal and Resource rules. Unchecked when absent. */
  readonly kind?: PolicyKind;
  /** File name shown at the start of every message. */
  readonly source?: string;
}

export interface ParsePolicyResult {
  /** Present whenever the document is structurally usable; if `diagnostics` holds errors the engine must refuse it. */
  readonly policy?: Policy;
  readonly diagnostics: Diagnostic[];
  /**
   * The statements that could be read, even when the document as a whole is broken, so that validation can still
   * check their values and actions: one broken statement hides nothing about the others.
   */
  readonly readableStatements?: readonly Statement[];
  /** True when the input could not be read as JSON at all (syntax, size, depth, or a non-JSON object). */
  readonly unreadable: boolean;
  /** The JSON document that was read (null-prototype objects), when it could be read. */
  readonly document?: JsonValue;
  /** Line and column of a JSON path (or its nearest ancestor) in text input; undefined for object input. */
  locate(path: string): SourcePosition | undefined;
  /** Where a diagnostic points in text input. */
  positionOf(diagnostic: Diagnostic): SourcePosition | undefined;
}

const VERSIONS: readonly PolicyVersion[] = ['2012-10-17', '2008-10-17'];
const IDENTITY_BASED: ReadonlySet<PolicyKind> = new Set(['identity', 'boundary', 'session']);

/** Reads a policy document from JSON text or from an already-parsed value (R1). */
export function parsePolicy(input: string | unknown, options: ParsePolicyOptions = {}): ParsePolicyResult {
  const read = readInput(input, options.source);
  if (!read.ok) return read.result;
  const { value, duplicates, locate, positionOf } = read;
  const diagnostics = new PolicyDiagnostics(options.source, locate);
  diagnostics.add(duplicates); // R5: errors, so the engine refuses the document
  const readable: Statement[] = [];
  const policy = readPolicy(value, options.kind, diagnostics, readable);
  return {
    ...(policy === undefined || diagnostics.structurallyBroken ? {} : { policy }),
    readableStatements: readable,
    diagnostics: diagnostics.list,
    unreadable: false,
    document: value,
    locate,
    positionOf,
  };
}

type ReadInput =
  | { readonly ok: false; readonly result: ParsePolicyResult }
  | {
      readonly ok: true;
      readonly value: JsonValue;
      readonly duplicates: readonly Diagnostic[];
      locate(path: string): SourcePosition | undefined;
      positionOf(diagnostic: Diagnostic): SourcePosition | undefined;
    };

function readInput(input: unknown, source: string | undefined): ReadInput {
  const nowhere = (): undefined => undefined;
  if (typeof input === 'string') {
    // R5: every duplicate key is reported with the other findings, rather than stopping at the first.
    const parsed = parseJson(input, { duplicateKeys: 'report', ...(source === undefined ? {} : { source }) });
    if (parsed.ok) return { ok: true, ...parsed.document, value: parsed.document.value };
    const { error, position } = parsed;
    const positionOf = (d: Diagnostic): SourcePosition | undefined => (d === error ? position : undefined);
    return { ok: false, result: { diagnostics: [error], unreadable: true, locate: nowhere, positionOf } };
  }
  const copied = jsonFromUnknown(input, source);
  if (copied.ok) return { ok: true, value: copied.value, duplicates: [], locate: nowhere, positionOf: nowhere };
  return { ok: false, result: { diagnostics: [copied.error], unreadable: true, locate: nowhere, positionOf: nowhere } };
}

function readPolicy(
  value: JsonValue,
  kind: PolicyKind | undefined,
  diagnostics: PolicyDiagnostics,
  readable: Statement[],
): Policy | undefined {
  if (!isJsonObject(value)) {
    diagnostics.fail(
      'invalid-type',
      '',
      `the policy is ${describeValue(value)}; a policy is a JSON object such as {"Version": "2012-10-17", "Statement": […]}`,
    );
    return undefined;
  }
  reportUnknownElements(
    value,
    '',
    POLICY_ELEMENTS,
    { names: STATEMENT_ELEMENTS, where: 'inside a statement, in the Statement array' },
    diagnostics,
  );
  const version = readVersion(value, diagnostics);
  const id = readId(value, kind, diagnostics);
  const statements = readStatements(value, kind, diagnostics, readable);
  checkSids(value.Statement, diagnostics);
  if (statements === undefined) return undefined;
  return {
    ...(version === undefined ? {} : { version }),
    ...(id === undefined ? {} : { id }),
    statements,
    // R3: policy variables exist only in the 2012-10-17 language.
    supportsVariables: version === '2012-10-17',
  };
}

/** R2, R3 */
function readVersion(policy: JsonObject, diagnostics: PolicyDiagnostics): PolicyVersion | undefined {
  const version = policy.Version;
  if (version === undefined) {
    diagnostics.warn(
      'version-missing',
      '',
      `the policy has no Version, so policy variables such as \${aws:username} are literal text; add "Version": "2012-10-17"`,
    );
    return undefined;
  }
  const known = VERSIONS.find((v) => v === version);
  if (known !== undefined) return known;
  diagnostics.error(
    'version-invalid',
    'Version',
    `Version is ${quoteValue(version)}; valid values are "2012-10-17" (current) and "2008-10-17"`,
  );
  return undefined;
}

/** R18: Id is an optional string; the grammar says identity-based policies must not carry one. */
function readId(policy: JsonObject, kind: PolicyKind | undefined, diagnostics: PolicyDiagnostics): string | undefined {
  const id = policy.Id;
  if (id === undefined) return undefined;
  if (typeof id !== 'string') {
    diagnostics.fail(
      'invalid-type',
      'Id',
      `Id is ${describeValue(id)}; an Id must be a string such as "cd3ad3d9-2776-4ef1-a904-4c229d1642ee"`,
    );
    return undefined;
  }
  if (kind !== undefined && IDENTITY_BASED.has(kind)) {
    diagnostics.warn(
      'id-not-allowed',
      'Id',
      `Id ${quoteValue(id)} should not appear in an identity-based policy (the IAM grammar allows it only in resource-based policies); remove it`,
    );
  }
  return id;
}

/** R7: Statement is required: one statement object, or a non-empty array of them. */
function readStatements(
  policy: JsonObject,
  kind: PolicyKind | undefined,
  diagnostics: PolicyDiagnostics,
  readable: Statement[],
): Statement[] | undefined {
  const raw = policy.Statement;
  if (raw === undefined) {
    diagnostics.fail(
      'statement-missing',
      '',
      'the policy has no Statement; add "Statement": [{"Effect": "Allow", "Action": "…", "Resource": "…"}]',
    );
    return undefined;
  }
  if (isJsonObject(raw)) {
    const statement = parseStatement(raw, 'Statement', 0, kind, diagnostics);
    if (statement !== undefined) readable.push(statement);
    return statement === undefined ? undefined : [statement];
  }
  if (!Array.isArray(raw)) {
    diagnostics.fail(
      'invalid-type',
      'Statement',
      `Statement is ${describeValue(raw)}; expected a statement object or an array of them`,
    );
    return undefined;
  }
  if (raw.length === 0) {
    diagnostics.fail('empty-array', 'Statement', 'Statement is an empty array; a policy needs at least one statement');
    return undefined;
  }
  const statements: Statement[] = [];
  let ok = true;
  raw.forEach((item, i) => {
    const statement = parseStatement(item, indexPath('Statement', i), i, kind, diagnostics);
    if (statement === undefined) ok = false;
    else statements.push(statement);
  });
  readable.push(...statements);
  return ok ? statements : undefined;
}

/** R8: a Sid names one statement of the policy. Checked on the raw statements, so a broken sibling does not hide it. */
function checkSids(raw: JsonValue | undefined, diagnostics: PolicyDiagnostics): void {
  if (!Array.isArray(raw)) return;
  const seen = new Map<string, number>();
  raw.forEach((statement, index) => {
    const sid = isJsonObject(statement) ? statement.Sid : undefined;
    if (typeof sid !== 'string') return;
    const first = seen.get(sid);
    if (first === undefined) {
      seen.set(sid, index);
      return;
    }
    const at = childPath(indexPath('Statement', index), 'Sid');
    diagnostics.error(
      'sid-duplicate',
      at,
      `${at} ${quoteValue(sid)} repeats the Sid of Statement[${first}]; each Sid must be unique within a policy, so rename one`,
    );
  });
}
