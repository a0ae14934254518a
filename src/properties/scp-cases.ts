import fc from 'fast-check';
import type { ContextValue } from '../context/request-context.js';
import type { NamedPolicy } from '../engine/bundle.js';
import type { AwsModel } from '../model/aws-model.js';
import type { Statement } from '../policy/policy.js';
import { type ConditionPool, conditionPool } from './condition-pool.js';
import { requestContextArbitrary, tagsArbitrary } from './context-arbitrary.js';
import type { PropertyInputs } from './property-inputs.js';
import type { RequestBuilder, Who } from './request-builder.js';
import { resourceScope } from './resource-scope.js';
import { statementActions, statementResource } from './statement-requests.js';

/** A principal of an account the SCP is attached above, with that account. */
export interface ScpPrincipal {
  readonly who: Who;
  readonly label: string;
  readonly account: string;
}

/** One generated request aimed at a Deny statement. */
export interface ScpCase {
  /** Index among the Deny statements. */
  readonly statement: number;
  readonly principal: ScpPrincipal;
  readonly action: string;
  readonly resource: string;
  readonly context: Record<string, ContextValue>;
  readonly resourceTags: Record<string, string>;
}

/**
 * Requests generated from each Deny statement: a principal, an action its Action names (or NotAction leaves), a
 * resource from its Resource patterns in the principal's account, and a context whose keys the statement reads are
 * present four times in five, with values from its conditions and just beside them.
 */
export function scpCases(
  model: AwsModel,
  builder: RequestBuilder,
  inputs: PropertyInputs,
  scp: NamedPolicy,
  denies: readonly Statement[],
  principals: readonly ScpPrincipal[],
): fc.Arbitrary<ScpCase> {
  const modelled = resourceScope(model, builder, '*').fixed;
  const inAccount = (account: string) => modelled.filter((arn) => builder.resolve(arn)?.accountId === account);
  const tags = tagsArbitrary(inputs.pool.tags);
  const cases = denies.map((statement, i) => {
    const request = fc
      .record({ principal: fc.constantFrom(...principals), action: fc.constantFrom(...statementActions(statement)) })
      .chain((base) => {
        const { account } = base.principal;
        const resource = statementResource(statement, base.action, account, inAccount(account), inputs.words);
        return resource.map((r) => ({ ...base, resource: r }));
      });
    const favoured = new Set(statement.conditions.map((c) => c.key.toLowerCase()));
    const context = requestContextArbitrary(focusedPool(model, inputs, scp, statement), favoured);
    return fc
      .tuple(request, context, tags)
      .map(([r, ctx, resourceTags]): ScpCase => ({ statement: i, ...r, context: ctx, resourceTags }));
  });
  return cases.length === 1 ? (cases[0] as fc.Arbitrary<ScpCase>) : fc.oneof(...cases);
}

/** The statement's own condition keys and values first, then the model's. */
function focusedPool(model: AwsModel, inputs: PropertyInputs, scp: NamedPolicy, statement: Statement): ConditionPool {
  const single: NamedPolicy = { name: scp.name, policy: { ...scp.policy, statements: [statement] } };
  const focus = conditionPool([single], { now: model.now, tags: [] });
  const taken = new Set(focus.keys.map((k) => k.key.toLowerCase()));
  return {
    keys: [...focus.keys, ...inputs.pool.keys.filter((k) => !taken.has(k.key.toLowerCase()))],
    tags: inputs.pool.tags,
  };
}
