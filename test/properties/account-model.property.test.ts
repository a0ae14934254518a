import { describe } from 'node:test';
import fc from 'fast-check';
import type { AwsModel } from '../../src/model/aws-model.js';
import { SessionStore } from '../../src/model/session.js';
import { bundleToJson } from '../../src/properties/bundle-json.js';
import {
  type AccountModelOperation,
  type AccountModelPlan,
  accountModel,
  buildModel,
  vocabulary,
} from '../../src/testing/index.js';
import { broken, holds, itHoldsAll, type LawResult, law } from './law-check.js';
import { runsFor } from './replay.js';

// The accountModel() arbitrary and the engine together: random models, random requests on them.

const DENY_ALL = {
  Version: '2012-10-17' as const,
  Statement: [{ Effect: 'Deny' as const, Action: '*', Resource: '*' }],
};

interface Caller {
  readonly ref: string;
  /** The caller's account is a member of the organization other than the management account. */
  readonly member: boolean;
}

/** Every caller a plan makes: its users, its roles (as fresh sessions), each account's root user, and outsiders. */
function callersOf(plan: AccountModelPlan): Caller[] {
  const ops = plan.operations;
  const management = ops.find((o) => o.op === 'setManagementAccount')?.account;
  const outside = new Set(ops.flatMap((o) => (o.op === 'addAccount' && o.outsideOrganization ? [o.name] : [])));
  const member = (account: string) => management !== undefined && account !== management && !outside.has(account);
  const callers: Caller[] = [
    { ref: 'anonymous', member: false },
    { ref: 'service cloudtrail.amazonaws.com', member: false },
  ];
  for (const o of ops) {
    if (o.op === 'addAccount') callers.push({ ref: `root of ${o.name}`, member: member(o.name) });
    if (o.op === 'addUser') callers.push({ ref: `user ${o.name}`, member: member(o.account) });
    if (o.op === 'addRole') callers.push({ ref: `role ${o.name}`, member: member(o.account) });
  }
  return callers;
}

/** Every resource of a plan (and an object in each bucket, each role, `*`). */
function resourcesOf(plan: AccountModelPlan): string[] {
  const ids = new Map(plan.operations.flatMap((o) => (o.op === 'addAccount' ? [[o.name, o.id] as const] : [])));
  return [
    '*',
    ...plan.operations.flatMap((o: AccountModelOperation) => {
      if (o.op === 'addBucket') return [`arn:aws:s3:::${o.name}`, `arn:aws:s3:::${o.name}/report.csv`];
      if (o.op === 'addResource') return [o.arn];
      if (o.op === 'addRole') return [`arn:aws:iam::${ids.get(o.account) ?? ''}:role/${o.name}`];
      return [];
    }),
  ];
}

interface ModelCase {
  readonly plan: AccountModelPlan;
  readonly requests: readonly { readonly caller: number; readonly action: number; readonly resource: number }[];
}

function pick<T>(items: readonly T[], n: number): T {
  const item = items[n % items.length];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

function build(plan: AccountModelPlan): AwsModel | string {
  try {
    return buildModel(plan);
  } catch (error) {
    return firstLine(error);
  }
}

/**
 * Every request is decided (no exception, one of the three decisions); with a Deny-all SCP attached to Root, every
 * request of a member-account principal other than sts:GetCallerIdentity (R98) is an ExplicitDeny (R71, R86, R89);
 * the management account (R87), accounts outside the organization and callers without an account are not limited.
 */
function modelLaw(c: ModelCase): LawResult {
  const model = build(c.plan);
  if (typeof model === 'string') return broken('the generated plan does not build', { plan: c.plan, error: model });
  const organization = c.plan.operations.some((o) => o.op === 'setManagementAccount');
  const guarded = organization
    ? build({
        operations: [
          ...c.plan.operations,
          { op: 'attachScp', policyName: 'DenyAll', target: 'Root', document: DENY_ALL },
        ],
      })
    : undefined;
  if (typeof guarded === 'string') return broken('the plan with a Deny-all SCP does not build', { error: guarded });
  const callers = callersOf(c.plan);
  const resources = resourcesOf(c.plan);
  let tested = false;
  for (const r of c.requests) {
    const caller = pick(callers, r.caller);
    const action = pick(vocabulary.ACTIONS, r.action);
    const resource = pick(resources, r.resource);
    const request = { caller: caller.ref, action, resource };
    try {
      const decided = model.authorize(model.resolveCaller(caller.ref, new SessionStore()), action, resource);
      if (!['Allow', 'ExplicitDeny', 'ImplicitDeny'].includes(decided.result.decision)) {
        return broken('a request is decided with an unknown decision', { plan: c.plan, request });
      }
      if (guarded === undefined || !caller.member || action === 'sts:GetCallerIdentity') continue;
      tested = true;
      const denied = guarded.authorize(guarded.resolveCaller(caller.ref, new SessionStore()), action, resource);
      if (denied.result.decision !== 'ExplicitDeny') {
        return broken(`a Deny-all SCP on Root gives ${denied.result.decision} to a member-account principal`, {
          bundle: bundleToJson(denied.bundle),
          plan: c.plan,
        });
      }
    } catch (error) {
      return broken('a request on the model throws', { plan: c.plan, request, error: firstLine(error) });
    }
  }
  return holds(tested);
}

const request = fc.record({ caller: fc.nat({ max: 30 }), action: fc.nat({ max: 30 }), resource: fc.nat({ max: 30 }) });

/** Models with an organization three times in four, so that the SCP half of the law is tested often. */
const plans = fc.oneof(
  { weight: 3, arbitrary: accountModel({ organization: true }) },
  { weight: 1, arbitrary: accountModel({ organization: false }) },
);

const MODEL_LAWS = [
  law(
    'law: every request on a generated account model is decided without error, and a Deny-all SCP on Root denies every member-account principal (R71, R86, R89), except for sts:GetCallerIdentity (R98); the management account (R87) and outside accounts are not limited',
    {
      cases: fc.record({ plan: plans, requests: fc.array(request, { minLength: 1, maxLength: 8 }) }),
      check: modelLaw,
      runs: runsFor(100, 10_000),
      minTested: 0.1,
    },
  ),
];

describe('accountModel(): generated account models', () => itHoldsAll(import.meta.filename, MODEL_LAWS));
