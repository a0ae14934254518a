import fc from 'fast-check';
import {
  actionName,
  actionPattern,
  arn,
  type BundleJson,
  type BundlePrincipalJson,
  bundle,
  type PolicyDocumentJson,
  principal,
  type RequestContextJson,
  requestContext,
  resourcePattern,
  type StatementJson,
  vocabulary,
} from '../../../src/testing/index.js';
import { broken, decide, holds, isAllow, type LawResult, type LawTest, law } from '../law-check.js';
import { runsFor } from '../replay.js';
import { addStatement, documentOf, stripAllows } from './bundle-edits.js';
import { recase, reshape } from './reshape.js';

// Invariants of the engine about the shape of policies and the letter case of names (docs/semantics.md R7, R10–R12,
// R21, R24, R31).

interface RewriteCase {
  readonly bundle: BundleJson;
  readonly seed: number;
}

function sameDecision(rewrite: (json: BundleJson, seed: number) => BundleJson, what: string) {
  return (c: RewriteCase): LawResult => {
    const before = decide(c.bundle).decision;
    const after = rewrite(c.bundle, c.seed);
    const decision = decide(after).decision;
    if (before === decision) return holds();
    return broken(`${what} turns ${before} into ${decision}`, { before: c.bundle, rewritten: after });
  };
}

const rewriteCases = fc.record({ bundle: bundle(), seed: fc.integer() });

interface ResourceCaseCase {
  readonly bundle: BundleJson;
  readonly inResourcePolicy: boolean;
  readonly letter: number;
}

/** The text with the case of its `n`-th letter (modulo the letters) changed, or undefined when it has none. */
function flipLetter(text: string, n: number): string | undefined {
  const letters = [...text.matchAll(/[a-zA-Z]/g)].map((m) => m.index);
  const at = letters[n % Math.max(1, letters.length)];
  if (at === undefined) return undefined;
  const ch = text.charAt(at);
  const flipped = ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
  return `${text.slice(0, at)}${flipped}${text.slice(at + 1)}`;
}

/**
 * R24: a policy that names the resource literally, and is the only grant, allows the request; the same request on
 * the resource with one letter in the other case is not allowed.
 */
function resourceCase(c: ResourceCaseCase): LawResult {
  const { action, resource } = c.bundle.request;
  const changed = flipLetter(resource, c.letter);
  if (changed === undefined || resource.includes('*') || resource.includes('?')) return holds(false);
  if (action.toLowerCase() === 'sts:getcalleridentity') return holds(false); // R98: allowed whatever the resource
  const literal: StatementJson = { Effect: 'Allow', Action: action, Resource: resource };
  const own = c.bundle.principal.arn ?? '*';
  const grant = c.inResourcePolicy ? { ...literal, Principal: { AWS: own } } : literal;
  const granted = addStatement(
    stripAllows(c.bundle, ['identity', 'resource']),
    c.inResourcePolicy ? 'resource' : 'identity',
    grant,
  );
  if (!isAllow(granted)) return holds(false);
  const other = { ...granted, request: { ...granted.request, resource: changed } };
  const decision = decide(other).decision;
  if (decision !== 'Allow') return holds();
  return broken('a request on the literally named resource with one letter in the other case is still allowed', {
    'allowed by the literal statement': granted,
    'resource in another case': other,
  });
}

interface ComplementCase {
  readonly principal: BundlePrincipalJson;
  readonly action: string;
  readonly resource: string;
  readonly context: RequestContextJson;
  readonly version: '2012-10-17' | '2008-10-17';
  readonly actions: string[];
  readonly resources: string[];
}

/** The request decided with one identity Deny statement as the only policy: ExplicitDeny exactly when it applies. */
function probe(c: ComplementCase, statement: StatementJson): { applies: boolean; json: BundleJson } {
  const document: PolicyDocumentJson = { ...documentOf(statement), Version: c.version };
  const json: BundleJson = {
    principal: { ...c.principal, identityPolicies: [{ name: 'probe', document }] },
    request: { action: c.action, resource: c.resource, context: c.context },
  };
  return { applies: decide(json).decision === 'ExplicitDeny', json };
}

function complement(element: 'Action' | 'Resource') {
  return (c: ComplementCase): LawResult => {
    const values = element === 'Action' ? c.actions : c.resources;
    const plain: StatementJson = { Effect: 'Deny', Action: '*', Resource: '*', [element]: values };
    const { [element]: _listed, ...rest } = plain;
    const negated: StatementJson = { ...rest, [`Not${element}`]: values };
    const a = probe(c, plain);
    const b = probe(c, negated);
    if (a.applies !== b.applies) return holds(a.applies);
    return broken(`${element} and Not${element} with the same list both ${a.applies ? 'match' : 'miss'} the request`, {
      [element]: a.json,
      [`Not${element}`]: b.json,
    });
  };
}

/** sts:GetCallerIdentity is always allowed (R98), so no Deny shows whether a statement matches it. */
const PROBED_ACTIONS = vocabulary.ACTIONS.filter((a) => a !== 'sts:GetCallerIdentity');

const complementCases: fc.Arbitrary<ComplementCase> = fc
  .record({
    principal: principal({ kinds: ['user', 'role-session', 'federated-user'] }),
    action: actionName({ actions: PROBED_ACTIONS }),
    resource: fc.oneof({ weight: 8, arbitrary: arn() }, { weight: 1, arbitrary: fc.constant('*') }),
    context: requestContext(),
    version: fc.constantFrom('2012-10-17' as const, '2012-10-17' as const, '2008-10-17' as const),
  })
  .chain((base) =>
    fc
      .record({
        actions: fc.array(fc.oneof(actionPattern({ actions: [base.action] }), actionPattern()), {
          minLength: 1,
          maxLength: 3,
        }),
        resources: fc.array(fc.oneof(resourcePattern({ arns: [base.resource] }), resourcePattern()), {
          minLength: 1,
          maxLength: 3,
        }),
      })
      .map((lists) => ({ ...base, ...lists })),
  );

/** The laws of this file, in the order the tests run them. */
export const SHAPE_LAWS: readonly LawTest[] = [
  law(
    'law: statement order, policy order, element order, a string versus a one-element array (R12), a Statement object versus a one-element array (R7) and "*" versus {"AWS": "*"} (R37) give the same decision',
    { cases: rewriteCases, check: sameDecision(reshape, 'reordering and reshaping'), runs: runsFor(300), minTested: 1 },
  ),
  law(
    'law: the letter case of the action, in the request and in every Action / NotAction, never changes the decision (R21)',
    {
      cases: rewriteCases,
      check: sameDecision(recase, 'changing the case of actions'),
      runs: runsFor(300),
      minTested: 1,
    },
  ),
  law(
    'law: resource case always matters: when the only grant names the resource literally, changing the case of one of its letters in the request denies (R24)',
    {
      cases: fc.record({
        bundle: bundle({ kinds: ['user', 'role-session', 'federated-user'], crossAccount: false }),
        inResourcePolicy: fc.boolean(),
        letter: fc.nat(),
      }),
      check: resourceCase,
      runs: runsFor(300),
      minTested: 0.1,
    },
  ),
  law('law: a statement with NotAction X matches exactly the actions that Action X does not (R10, R21, R22)', {
    cases: complementCases,
    check: complement('Action'),
    runs: runsFor(300),
    minTested: 0.2,
  }),
  law(
    'law: a statement with NotResource X matches exactly the resources that Resource X does not, policy variables included (R11, R23–R26, R31)',
    { cases: complementCases, check: complement('Resource'), runs: runsFor(300), minTested: 0.2 },
  ),
];
