@expected-failure @R162
Feature: Expected failures: properties about the resources each action acts on
  Each action is asked about the resources of its own types (features/properties/resource-types.feature), so a
  property fails for a grant on that type, and says which action on which resource breaks it.

  Background:
    Given an account "prod" with id "111111111111"
    And a user "ops" in account "prod"
    And a bucket "backups" in account "prod"

  Scenario: A grant to delete objects breaks a sentence about objects
    Fails with: is allowed to call s3:DeleteObject on arn:aws:s3:::backups/
    Fails with: Seed:

    Given the user "ops" has the policy "Cleanup":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "Objects", "Effect": "Allow", "Action": "s3:DeleteObject", "Resource": "*" }]
      }
      """
    Then "ops" can never call any "s3:Delete*" action on "arn:aws:s3:::backups/*"

  Scenario: A grant to delete buckets breaks a sentence about the bucket
    Fails with: is allowed to call s3:DeleteBucket on arn:aws:s3:::backups

    Given the user "ops" has the policy "Cleanup":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "Buckets", "Effect": "Allow", "Action": "s3:DeleteBucket", "Resource": "*" }]
      }
      """
    Then "ops" can never call any "s3:Delete*" action on "arn:aws:s3:::backups"

  Scenario: An action that takes no resource is checked on *
    Fails with: is allowed to call s3:ListAllMyBuckets on *

    Given the user "ops" has the policy "Inventory":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "List", "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }]
      }
      """
    Then "ops" can never call any "s3:List*" action on "arn:aws:s3:::backups/*"
