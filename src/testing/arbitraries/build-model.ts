import { AwsModel } from '../../model/aws-model.js';
import type { AccountModelOperation, AccountModelPlan } from './account-model-plan.js';

/** Applies one operation; every case calls the `AwsModel` method of the same name (docs/design/model-api.md). */
function apply(model: AwsModel, o: AccountModelOperation): void {
  switch (o.op) {
    case 'addAccount':
      model.addAccount(o.name, o.id, { outsideOrganization: o.outsideOrganization });
      return;
    case 'setManagementAccount':
      model.setManagementAccount(o.account);
      return;
    case 'placeAccount':
      model.placeAccount(o.account, o.ouPath);
      return;
    case 'attachScp':
      model.attachScp(o.policyName, o.target, o.document);
      return;
    case 'attachRcp':
      model.attachRcp(o.policyName, o.target, o.document);
      return;
    case 'detachScp':
      model.detachScp(o.policyName, o.target);
      return;
    case 'addUser':
      model.addUser(o.name, o.account);
      return;
    case 'addGroup':
      model.addGroup(o.name, o.account);
      return;
    case 'addUserToGroup':
      model.addUserToGroup(o.user, o.group);
      return;
    case 'addRole': {
      const options = o.maxSessionDuration === undefined ? {} : { maxSessionDuration: o.maxSessionDuration };
      model.addRole(o.name, o.account, o.trustPolicy, options);
      return;
    }
    case 'putInlinePolicy':
      model.putInlinePolicy(o.kind, o.ref, o.policyName, o.document);
      return;
    case 'createManagedPolicy':
      model.createManagedPolicy(o.policyName, o.account, o.document);
      return;
    case 'attachManagedPolicy':
      model.attachManagedPolicy(o.policyArn, o.kind, o.ref);
      return;
    case 'setPermissionsBoundary':
      model.setPermissionsBoundary(o.kind, o.ref, o.document);
      return;
    case 'setTags':
      model.setTags(o.kind, o.ref, o.tags);
      return;
    case 'addBucket':
      model.addBucket(o.name, o.account, o.policy);
      return;
    case 'addResource':
      model.addResource(o.arn, o.policy);
      return;
  }
}

/**
 * Builds the model a plan describes, applying its operations in order to a new `AwsModel` (default clock). A plan from
 * `accountModel()` always builds; a hand-edited one throws the model's `ModelError` at the first operation that does
 * not fit.
 */
export function buildModel(plan: AccountModelPlan): AwsModel {
  const model = new AwsModel();
  for (const operation of plan.operations) apply(model, operation);
  return model;
}
