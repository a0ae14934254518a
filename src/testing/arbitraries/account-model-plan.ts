import type { PolicyDocumentJson } from './bundle-json.js';

/**
 * One operation on the account model (`AwsModel`, docs/design/model-api.md), as plain data. References name accounts,
 * users, groups and roles by name (every generated name is unique in the whole plan) and managed policies by ARN.
 */
export type AccountModelOperation =
  | { readonly op: 'addAccount'; readonly name: string; readonly id: string; readonly outsideOrganization: boolean }
  | { readonly op: 'setManagementAccount'; readonly account: string }
  | { readonly op: 'placeAccount'; readonly account: string; readonly ouPath: string }
  | {
      readonly op: 'attachScp' | 'attachRcp';
      readonly policyName: string;
      readonly target: string;
      readonly document: PolicyDocumentJson;
    }
  | { readonly op: 'detachScp'; readonly policyName: string; readonly target: string }
  | { readonly op: 'addUser' | 'addGroup'; readonly name: string; readonly account: string }
  | { readonly op: 'addUserToGroup'; readonly user: string; readonly group: string }
  | {
      readonly op: 'addRole';
      readonly name: string;
      readonly account: string;
      readonly trustPolicy: PolicyDocumentJson;
      readonly maxSessionDuration?: number;
    }
  | {
      readonly op: 'putInlinePolicy';
      readonly kind: 'user' | 'group' | 'role';
      readonly ref: string;
      readonly policyName: string;
      readonly document: PolicyDocumentJson;
    }
  | {
      readonly op: 'createManagedPolicy';
      readonly policyName: string;
      readonly account: string;
      readonly document: PolicyDocumentJson;
    }
  | {
      readonly op: 'attachManagedPolicy';
      readonly policyArn: string;
      readonly kind: 'user' | 'group' | 'role';
      readonly ref: string;
    }
  | {
      readonly op: 'setPermissionsBoundary';
      readonly kind: 'user' | 'role';
      readonly ref: string;
      readonly document: PolicyDocumentJson;
    }
  | {
      readonly op: 'setTags';
      readonly kind: 'user' | 'role';
      readonly ref: string;
      readonly tags: Readonly<Record<string, string>>;
    }
  | {
      readonly op: 'addBucket';
      readonly name: string;
      readonly account: string;
      readonly policy?: PolicyDocumentJson;
    }
  | { readonly op: 'addResource'; readonly arn: string; readonly policy?: PolicyDocumentJson };

/** A replayable plan: the operations, in order, that build one model (`buildModel`). */
export interface AccountModelPlan {
  readonly operations: readonly AccountModelOperation[];
}
