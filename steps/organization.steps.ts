// Accounts and AWS Organizations: accounts, organizational units, SCPs and RCPs.
import { Given } from '@cucumber/cucumber';
import { fromDocString, fromFile } from './support/policy-source.js';
import type { IamspecWorld } from './support/world.js';

/** Adds an AWS account: a scenario name and a 12-digit id. */
Given('an account {string} with id {string}', function (this: IamspecWorld, name: string, id: string) {
  this.model.addAccount(name, id);
});

/** Adds an account that stays outside the organization (another company's account). */
Given(
  'an account {string} with id {string} outside the organization',
  function (this: IamspecWorld, name: string, id: string) {
    this.model.addAccount(name, id, { outsideOrganization: true });
  },
);

/** Creates the organization (root `Root`) with this account, already declared, as its management account. */
Given('an organization whose management account is {string}', function (this: IamspecWorld, account: string) {
  this.model.setManagementAccount(account);
});

/** Places an account in an OU, given as a path from `Root`; the OUs on the way are created. */
Given(
  'the account {string} is in the organizational unit {string}',
  function (this: IamspecWorld, account: string, ouPath: string) {
    this.model.placeAccount(account, ouPath);
  },
);

/** Attaches a service control policy (doc string) to `Root`, an OU path such as `Root/Workloads`, or an account name. */
Given(
  'the SCP {string} is attached to {string}:',
  function (this: IamspecWorld, name: string, target: string, doc: string) {
    this.model.attachScp(name, target, fromDocString(doc).text);
  },
);

/** Attaches a service control policy read from a file next to the feature. */
Given(
  'the SCP {string} from the file {string} is attached to {string}',
  function (this: IamspecWorld, name: string, file: string, target: string) {
    this.model.attachScp(name, target, fromFile(this.featureUri, file).text);
  },
);

/** Attaches a resource control policy (doc string) to `Root`, an OU path, or an account name. */
Given(
  'the RCP {string} is attached to {string}:',
  function (this: IamspecWorld, name: string, target: string, doc: string) {
    this.model.attachRcp(name, target, fromDocString(doc).text);
  },
);

/** Attaches a resource control policy read from a file next to the feature. */
Given(
  'the RCP {string} from the file {string} is attached to {string}',
  function (this: IamspecWorld, name: string, file: string, target: string) {
    this.model.attachRcp(name, target, fromFile(this.featureUri, file).text);
  },
);

/** Detaches an SCP, the default `FullAWSAccess` included (to turn a level into an allow list). */
Given('the SCP {string} is detached from {string}', function (this: IamspecWorld, name: string, target: string) {
  this.model.detachScp(name, target);
});

/** Detaches an RCP. */
Given('the RCP {string} is detached from {string}', function (this: IamspecWorld, name: string, target: string) {
  this.model.detachRcp(name, target);
});
