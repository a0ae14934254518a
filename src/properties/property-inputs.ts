import { actionsMatching } from '../catalog/catalog.js';
import { checkActionName } from '../catalog/check-action-name.js';
import type { NamedPolicy } from '../engine/bundle.js';
import type { AwsModel } from '../model/aws-model.js';
import { ModelError } from '../model/model-error.js';
import type { SessionStore } from '../model/session.js';
import type { Statement } from '../policy/policy.js';
import type { StatementActionTest } from './action-classes.js';
import { type ConditionPool, conditionPool } from './condition-pool.js';
import { modelPolicies, modelTags, resourcePolicies } from './model-policies.js';
import { allowTests } from './requester.js';
import { resourceWords } from './wildcard-instance.js';

/** What every property reads from the model once. */
export interface PropertyInputs {
  /** Every policy of the model and of the scenario's sessions. */
  readonly policies: readonly NamedPolicy[];
  /** Their statements: actions are grouped by how these match them. */
  readonly statements: readonly Statement[];
  /** Allow statements of resource policies and trust policies. */
  readonly resourceGrants: readonly StatementActionTest[];
  readonly pool: ConditionPool;
  /** Words of the policies' resource patterns, for generated resource names. */
  readonly words: readonly string[];
}

export function propertyInputs(model: AwsModel, sessions?: SessionStore): PropertyInputs {
  const sessionPolicies = [...(sessions?.values() ?? [])].flatMap((s) => (s.sessionPolicy ? [s.sessionPolicy] : []));
  const policies = [...modelPolicies(model), ...sessionPolicies];
  return {
    policies,
    statements: policies.flatMap((p) => p.policy.statements),
    resourceGrants: allowTests(resourcePolicies(model)),
    pool: conditionPool(policies, { now: model.now, tags: modelTags(model) }),
    words: resourceWords(policies),
  };
}

/** The catalogue actions an action pattern matches; a pattern matching none is a mistake in the scenario. */
export function catalogueActions(pattern: string): string[] {
  const actions = actionsMatching(pattern);
  if (actions.length === 0) {
    // R159: with the catalogue's nearest name when there is one (`unknown action 's3:GetObjekt'; did you mean …`).
    const problem = checkActionName(pattern);
    const why = problem === undefined ? 'write service:Action with wildcards, e.g. "iam:*" or "s3:Get*"' : problem;
    throw new ModelError(`no action in the AWS action catalogue matches "${pattern}": ${why}`);
  }
  return actions;
}
