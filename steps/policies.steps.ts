// Identity policies: inline and managed policies, and permissions boundaries.
import { Given } from '@cucumber/cucumber';
import { userOrRole } from './principals.steps.js';
import { fromDocString, fromFile } from './support/policy-source.js';
import type { IamspecWorld } from './support/world.js';

/** Puts an inline policy (doc string) on a user, a group or a role. It is deleted with its owner. */
Given(
  'the {identityKind} {string} has the policy {string}:',
  function (this: IamspecWorld, kind: 'user' | 'group' | 'role', ref: string, name: string, doc: string) {
    this.model.putInlinePolicy(kind, ref, name, fromDocString(doc).text);
  },
);

/** Puts an inline policy read from a file (relative to the feature file) on a user, a group or a role. */
Given(
  'the {identityKind} {string} has the policy {string} from the file {string}',
  function (this: IamspecWorld, kind: 'user' | 'group' | 'role', ref: string, name: string, file: string) {
    this.model.putInlinePolicy(kind, ref, name, fromFile(this.featureUri, file).text);
  },
);

/** Creates a customer managed policy (doc string) in an account; attach it with the next step. */
Given(
  'a/the managed policy {string} in account {string}:',
  function (this: IamspecWorld, name: string, account: string, doc: string) {
    this.model.createManagedPolicy(name, account, fromDocString(doc).text);
  },
);

/** Creates a customer managed policy read from a file next to the feature. */
Given(
  'a/the managed policy {string} in account {string} from the file {string}',
  function (this: IamspecWorld, name: string, account: string, file: string) {
    this.model.createManagedPolicy(name, account, fromFile(this.featureUri, file).text);
  },
);

/** Attaches a managed policy to a user, a group or a role. */
Given(
  'the managed policy {string} is attached to the {identityKind} {string}',
  function (this: IamspecWorld, name: string, kind: 'user' | 'group' | 'role', ref: string) {
    this.model.attachManagedPolicy(name, kind, ref);
  },
);

/** Sets the permissions boundary (doc string) of a user or a role: the most its identity policies can grant. */
Given(
  'the {identityKind} {string} has the permissions boundary:',
  function (this: IamspecWorld, kind: string, ref: string, doc: string) {
    this.model.setPermissionsBoundary(userOrRole(kind, 'a permissions boundary'), ref, fromDocString(doc).text);
  },
);

/** Sets the permissions boundary of a user or a role from a file next to the feature. */
Given(
  'the {identityKind} {string} has the permissions boundary from the file {string}',
  function (this: IamspecWorld, kind: string, ref: string, file: string) {
    const source = fromFile(this.featureUri, file);
    this.model.setPermissionsBoundary(userOrRole(kind, 'a permissions boundary'), ref, source.text);
  },
);
