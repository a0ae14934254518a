// Resources: S3 buckets and any other resource by ARN, with their resource policies and tags.
import { type DataTable, Given } from '@cucumber/cucumber';
import { fromDocString, fromFile } from './support/policy-source.js';
import { tagsFromTable } from './support/tag-table.js';
import type { IamspecWorld } from './support/world.js';

/** Adds an S3 bucket without a bucket policy; its objects are `arn:aws:s3:::NAME/…`. */
Given('a bucket {string} in account {string}', function (this: IamspecWorld, name: string, account: string) {
  this.model.addBucket(name, account);
});

/** Adds an S3 bucket with a bucket policy (doc string). */
Given(
  'a bucket {string} in account {string} with the bucket policy:',
  function (this: IamspecWorld, name: string, account: string, doc: string) {
    this.model.addBucket(name, account, fromDocString(doc).text);
  },
);

/** Adds an S3 bucket with a bucket policy read from a file next to the feature. */
Given(
  'a bucket {string} in account {string} with the bucket policy from the file {string}',
  function (this: IamspecWorld, name: string, account: string, file: string) {
    this.model.addBucket(name, account, fromFile(this.featureUri, file).text);
  },
);

/** Adds any resource by ARN (a KMS key, SQS queue, SNS topic, secret …) without a resource policy. */
Given('a resource {string}', function (this: IamspecWorld, arn: string) {
  this.model.addResource(arn);
});

/** Adds any resource by ARN with its resource policy (doc string); for a KMS key this is the key policy. */
Given('a resource {string} with the resource policy:', function (this: IamspecWorld, arn: string, doc: string) {
  this.model.addResource(arn, fromDocString(doc).text);
});

/** Adds any resource by ARN with its resource policy read from a file next to the feature. */
Given(
  'a resource {string} with the resource policy from the file {string}',
  function (this: IamspecWorld, arn: string, file: string) {
    this.model.addResource(arn, fromFile(this.featureUri, file).text);
  },
);

/** Sets or replaces the bucket policy of a bucket (doc string). */
Given('the bucket {string} has the bucket policy:', function (this: IamspecWorld, name: string, doc: string) {
  this.model.setResourcePolicy(name, fromDocString(doc).text);
});

/** Sets or replaces the resource policy of a resource by ARN (doc string). */
Given('the resource {string} has the resource policy:', function (this: IamspecWorld, arn: string, doc: string) {
  this.model.setResourcePolicy(arn, fromDocString(doc).text);
});

/** Tags a bucket (by name) or a resource (by ARN); the tags become `aws:ResourceTag/…` of requests on it. */
Given('the resource {string} has the tags:', function (this: IamspecWorld, ref: string, table: DataTable) {
  this.model.setResourceTags(ref, tagsFromTable(table));
});

/** Tags a bucket; the tags become `aws:ResourceTag/…` of requests on it and its objects. */
Given('the bucket {string} has the tags:', function (this: IamspecWorld, name: string, table: DataTable) {
  this.model.setResourceTags(name, tagsFromTable(table));
});
