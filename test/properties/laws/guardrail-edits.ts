import fc from 'fast-check';
import {
  type BundleJson,
  type ConditionJson,
  conditionBlock,
  type NamedPolicyJson,
  type PolicyDocumentJson,
  type PolicyKindJson,
  policyDocument,
  type StatementJson,
  statement,
} from '../../../src/testing/index.js';
import { documentOf, identitiesOf, statementsOf, withoutSid } from './bundle-edits.js';

/**
 * Tightening a guardrail (permissions boundary, session policy, SCP level, RCP level): data that says how, drawn
 * once per case, and the edit that applies it. Each edit can only take permissions away: it adds a Deny, drops or
 * flips an Allow, adds a Condition to an unconditional Allow, adds a guardrail that was not there, or (SCPs) detaches
 * a policy without Deny statements from a level.
 */

/** The guardrail layers. */
export type Guardrail = 'boundary' | 'session' | 'scp' | 'rcp';

/** How to tighten one policy. */
export type Tightening = 'add-deny' | 'drop-allow' | 'flip-allow' | 'narrow-allow';

/** One tightening of one guardrail, as data. */
export interface GuardrailEdit {
  readonly layer: Guardrail;
  /** For SCPs and RCPs: add a level, detach a policy from a level (SCP only), or tighten a policy of a level. */
  readonly how: 'add' | 'detach' | Tightening;
  /** Which level, policy and statement, each modulo what exists. */
  readonly level: number;
  readonly policy: number;
  readonly statement: number;
  /** A guardrail to add where there is none, or an added SCP/RCP policy. */
  readonly document: PolicyDocumentJson;
  /** A Deny to add. */
  readonly deny: StatementJson;
  /** A Condition that narrows an Allow. */
  readonly condition: ConditionJson;
}

const TIGHTENINGS: readonly Tightening[] = ['add-deny', 'drop-allow', 'flip-allow', 'narrow-allow'];

/**
 * The guardrails a bundle's caller can have tightened. A federated user's session policy can only be tightened, not
 * added: without one the session has no permissions from identity policies at all (R94), so adding one can grant.
 */
export function guardrailsOf(json: BundleJson): Guardrail[] {
  const p = json.principal;
  const identity = p.kind === 'user' || p.kind === 'role-session' || p.kind === 'federated-user';
  const session = p.kind === 'role-session' || (p.kind === 'federated-user' && p.sessionPolicy !== undefined);
  return [...(identity ? (['boundary'] as const) : []), ...(session ? (['session'] as const) : []), 'scp', 'rcp'];
}

/** Draws a tightening of one of the bundle's guardrails, aimed at its request. */
export function guardrailEdit(json: BundleJson): fc.Arbitrary<GuardrailEdit> {
  return fc.constantFrom(...guardrailsOf(json)).chain((layer) => {
    const kind: PolicyKindJson = layer;
    const aim = {
      kind,
      actions: [json.request.action],
      resources: [json.request.resource],
      context: json.request.context ?? {},
      identities: identitiesOf(json),
    };
    const hows: GuardrailEdit['how'][] =
      layer === 'rcp' ? ['add', 'add-deny'] : layer === 'scp' ? ['add', 'detach', ...TIGHTENINGS] : [...TIGHTENINGS];
    return fc.record({
      layer: fc.constant(layer),
      how: fc.constantFrom(...hows),
      level: fc.nat({ max: 3 }),
      policy: fc.nat({ max: 3 }),
      statement: fc.nat({ max: 3 }),
      document: policyDocument({ ...aim, effects: layer === 'rcp' ? ['Deny'] : ['Allow', 'Allow', 'Deny'] }),
      deny: statement({ ...aim, effects: ['Deny'] }),
      condition: conditionBlock({ context: aim.context }),
    });
  });
}

/** The statements of a policy after one tightening; falls back to adding the Deny when there is nothing to change. */
function tightenStatements(statements: readonly StatementJson[], e: GuardrailEdit, how: Tightening): StatementJson[] {
  const allows = statements.flatMap((s, i) => (s.Effect === 'Allow' ? [i] : []));
  const pick = (candidates: readonly number[]) => candidates[e.statement % Math.max(1, candidates.length)];
  const unconditional = allows.filter((i) => statements[i]?.Condition === undefined);
  const target = how === 'narrow-allow' ? pick(unconditional) : pick(allows);
  const canDrop = how !== 'drop-allow' || statements.length > 1;
  if (how === 'add-deny' || target === undefined || !canDrop) return [...statements, withoutSid(e.deny)];
  return statements.flatMap((s, i): StatementJson[] => {
    if (i !== target) return [s];
    if (how === 'drop-allow') return [];
    if (how === 'flip-allow') return [{ ...s, Effect: 'Deny' }];
    return [{ ...s, Condition: e.condition }];
  });
}

function tightenPolicy(policy: NamedPolicyJson, e: GuardrailEdit, how: Tightening): NamedPolicyJson {
  const statements = tightenStatements(statementsOf(policy.document), e, how);
  return { ...policy, document: { ...policy.document, Statement: statements } };
}

function tightenLevels(json: BundleJson, e: GuardrailEdit): BundleJson {
  const key = e.layer === 'scp' ? 'scps' : 'rcps';
  const levels = json[key] ?? [];
  const added = { name: `added ${e.layer.toUpperCase()}`, document: e.document };
  if (e.how === 'add' || levels.length === 0) {
    return { ...json, [key]: [...levels, { name: 'added level', policies: [added] }] };
  }
  const at = e.level % levels.length;
  const next = levels.map((level, i) => {
    if (i !== at) return level;
    const n = e.policy % Math.max(1, level.policies.length);
    const policy = level.policies[n];
    // Detaching takes permissions away only when the policy has no Deny (FullAWSAccess, R115).
    const allowOnly = policy !== undefined && statementsOf(policy.document).every((s) => s.Effect === 'Allow');
    if (e.how === 'detach' && allowOnly) return { ...level, policies: level.policies.filter((_, j) => j !== n) };
    // An RCP level gets one more (Deny-only) policy, as RCPFullAWSAccess is implicit (R90); an empty SCP level, which
    // allows nothing already (R86), gets a Deny-only one, since any Allow would widen it.
    if (e.layer === 'rcp') return { ...level, policies: [...level.policies, added] };
    if (policy === undefined) return { ...level, policies: [{ name: added.name, document: documentOf(e.deny) }] };
    const how = e.how === 'add' || e.how === 'detach' ? 'add-deny' : e.how;
    return { ...level, policies: level.policies.map((p, j) => (j === n ? tightenPolicy(p, e, how) : p)) };
  });
  return { ...json, [key]: next };
}

/** The bundle with one guardrail tightened (or added where it was missing). */
export function tightenGuardrail(json: BundleJson, e: GuardrailEdit): BundleJson {
  if (e.layer === 'scp' || e.layer === 'rcp') return tightenLevels(structuredClone(json), e);
  const out = structuredClone(json);
  const key = e.layer === 'boundary' ? 'permissionsBoundary' : 'sessionPolicy';
  const current = out.principal[key];
  const how = e.how === 'add' || e.how === 'detach' ? 'add-deny' : e.how;
  out.principal[key] =
    current === undefined ? { name: `added ${e.layer}`, document: e.document } : tightenPolicy(current, e, how);
  return out;
}
