import fc from 'fast-check';
import {
  type BundleJson,
  bundle,
  type PolicyKindJson,
  type StatementJson,
  statement,
} from '../../../src/testing/index.js';
import { broken, decide, holds, isAllow, type LawResult, type LawTest, law } from '../law-check.js';
import { runsFor } from '../replay.js';
import {
  actionOf,
  addStatement,
  identitiesOf,
  type Layer,
  layersOf,
  principalsNaming,
  resourceKindOf,
  stripAllows,
} from './bundle-edits.js';
import { type GuardrailEdit, guardrailEdit, tightenGuardrail } from './guardrail-edits.js';

// Invariants of the engine about adding and removing statements (docs/semantics.md R70–R94).

/** The kind of policy a statement added to this layer must be valid for. */
function kindOf(json: BundleJson, layer: Layer): PolicyKindJson {
  return layer === 'resource' ? resourceKindOf(json) : layer;
}

/** A statement of one effect for one layer of the bundle, aimed at its request. */
function aimedStatement(json: BundleJson, layer: Layer, effects: readonly ('Allow' | 'Deny')[]) {
  return statement({
    kind: kindOf(json, layer),
    effects,
    actions: [json.request.action],
    resources: [json.request.resource],
    context: json.request.context ?? {},
    identities: identitiesOf(json),
  });
}

interface AddCase {
  readonly bundle: BundleJson;
  readonly layer: Layer;
  readonly level: number;
  readonly statement: StatementJson;
}

function addCases(effect: 'Allow' | 'Deny', layers: (json: BundleJson) => Layer[]): fc.Arbitrary<AddCase> {
  return bundle().chain((b) =>
    fc.constantFrom(...layers(b)).chain((layer) =>
      fc.record({
        bundle: fc.constant(b),
        layer: fc.constant(layer),
        level: fc.nat({ max: 3 }),
        statement: aimedStatement(b, layer, [effect]),
      }),
    ),
  );
}

/** Allow statements grant only in identity and resource policies. */
const grantingLayers = (json: BundleJson) =>
  layersOf(json.principal.kind).filter((l): l is Layer => l === 'identity' || l === 'resource');

function addingAllow(c: AddCase): LawResult {
  if (!isAllow(c.bundle)) return holds(false);
  const after = addStatement(c.bundle, c.layer, c.statement, c.level);
  const decision = decide(after).decision;
  if (decision === 'Allow') return holds();
  return broken(`adding an Allow statement to the ${c.layer} policies turns Allow into ${decision}`, {
    before: c.bundle,
    'with the Allow': after,
  });
}

function addingDeny(c: AddCase): LawResult {
  if (isAllow(c.bundle)) return holds(false);
  const after = addStatement(c.bundle, c.layer, c.statement, c.level);
  if (!isAllow(after)) return holds();
  return broken(`adding a Deny statement to the ${c.layer} layer turns ${decide(c.bundle).decision} into Allow`, {
    before: c.bundle,
    'with the Deny': after,
  });
}

interface GuardCase {
  readonly bundle: BundleJson;
  readonly edit: GuardrailEdit;
}

function tightening(c: GuardCase): LawResult {
  if (isAllow(c.bundle)) return holds(false);
  const after = tightenGuardrail(c.bundle, c.edit);
  if (!isAllow(after)) return holds();
  return broken(`${c.edit.how} on the ${c.edit.layer} layer turns ${decide(c.bundle).decision} into Allow`, {
    before: c.bundle,
    tightened: after,
  });
}

interface CrossCase {
  readonly bundle: BundleJson;
  readonly who: number;
}

/**
 * The bundle with both sides granting the request: an identity Allow (not for the root user, who has no identity
 * policies) and a resource-policy Allow whose Principal names the caller.
 */
function grantedBothSides(c: CrossCase): BundleJson {
  const { action, resource } = c.bundle.request;
  const names = principalsNaming(c.bundle);
  const grant: StatementJson = { Effect: 'Allow', Action: action, Resource: resource };
  const withResource = addStatement(c.bundle, 'resource', { ...grant, Principal: names[c.who % names.length] ?? '*' });
  return c.bundle.principal.kind === 'root' ? withResource : addStatement(withResource, 'identity', grant);
}

function crossAccount(c: CrossCase): LawResult {
  if (actionOf(c.bundle) === 'sts:getcalleridentity') return holds(false); // R98
  const full = grantedBothSides(c);
  const sides: [string, Layer][] = [['resource', 'resource']];
  if (c.bundle.principal.kind !== 'root') sides.push(['identity', 'identity']);
  for (const [side, layer] of sides) {
    const without = stripAllows(full, [layer]);
    if (isAllow(without)) {
      return broken(`across accounts, without the ${side} grant the decision is still Allow`, {
        'both grants': full,
        [`without ${side} Allow statements`]: without,
      });
    }
  }
  return holds(isAllow(full));
}

const IDENTITY_KINDS = ['user', 'user', 'role-session', 'role-session', 'federated-user', 'root'] as const;

/** The laws of this file, in the order the tests run them. */
export const MONOTONICITY_LAWS: readonly LawTest[] = [
  law('law: adding an Allow statement to identity or resource policies never turns Allow into a deny (R70–R79)', {
    cases: addCases('Allow', grantingLayers),
    check: addingAllow,
    runs: runsFor(300),
    minTested: 0.05,
  }),
  law('law: adding a Deny statement to any layer never turns a deny into Allow (R71)', {
    cases: addCases('Deny', (b) => layersOf(b.principal.kind)),
    check: addingDeny,
    runs: runsFor(300),
    minTested: 0.5,
  }),
  law(
    'law: adding or tightening a permissions boundary, SCP level, RCP level or session policy never turns a deny into Allow (R81, R82, R84, R86, R90, R93); a federated user gets no session policy added, since without one it has no permissions at all (R94)',
    {
      cases: bundle().chain((b) => guardrailEdit(b).map((edit) => ({ bundle: b, edit }))),
      check: tightening,
      runs: runsFor(300),
      minTested: 0.5,
    },
  ),
  law(
    'law: across accounts, removing the identity grant or the resource grant denies (R79); the root user has only the resource side (R95); anonymous and service callers have no account (R96, R97); sts:GetCallerIdentity is always allowed (R98)',
    {
      cases: fc.record({ bundle: bundle({ kinds: [...IDENTITY_KINDS], crossAccount: true }), who: fc.nat({ max: 8 }) }),
      check: crossAccount,
      runs: runsFor(300),
      minTested: 0.15,
    },
  ),
];
