@R162
Feature: Properties ask each action only about resources of its type
  A property sweeps every catalogue action its pattern matches over every resource of its resource pattern. AWS
  authorizes an action against resources of the types the action acts on: s3:DeleteBucket against a bucket, never
  against an object. So the sweep pairs each action only with the resources of its types (from the catalogue's ARN
  formats), and an action that takes no resource, such as s3:ListAllMyBuckets, with `*` only; the coverage line
  says how many such actions were checked on `*`.

  Background:
    Given an account "prod" with id "111111111111"
    And a user "ops" in account "prod"
    And a bucket "backups" in account "prod"
    And the user "ops" has the policy "BucketHousekeeping":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "Buckets", "Effect": "Allow", "Action": ["s3:DeleteBucket", "s3:CreateBucket"], "Resource": "*" }
        ]
      }
      """

  Scenario: Deleting buckets is not deleting objects
    ops may delete any bucket, but no object. The sentence is about objects of backups, which s3:DeleteBucket never
    acts on, so only the object actions (s3:DeleteObject, s3:DeleteObjectVersion …) are asked about them.

    Then "ops" can never call any "s3:Delete*" action on "arn:aws:s3:::backups/*"
