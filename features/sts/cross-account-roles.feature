@R79 @R80 @R74 @R124
Feature: Cross-account access through a role
  To let people of the `tools` account work in `prod`, `prod` creates a role that trusts the `tools` account and
  `tools` allows chosen users to assume it. Both sides must agree: the trust policy in `prod` and the identity
  policy in `tools`. The session then acts inside `prod` with the role's permissions, so no bucket policy has to
  name the other account.

  A role in another account is named by its ARN.

  Background:
    Given an account "prod" with id "111122223333"
    And an account "tools" with id "444455556666"
    And a bucket "releases" in account "prod"
    And a role "deployer" in account "prod" that the account "tools" can assume
    And the role "deployer" has the policy "WriteReleases":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::releases/*" }]
      }
      """
    And a user "dana" in account "tools"
    And a user "eve" in account "tools"
    And the user "dana" has the policy "AssumeDeployer":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111122223333:role/deployer" }
        ]
      }
      """

  Scenario: Trusted account and permitted user: the session works in the other account
    When "dana" assumes the role "arn:aws:iam::111122223333:role/deployer" as "dana-deploy"
    Then the role assumption succeeds
    And "dana-deploy" can call "s3:PutObject" on "arn:aws:s3:::releases/v1.2.3.zip"
    But "dana" cannot call "s3:PutObject" on "arn:aws:s3:::releases/v1.2.3.zip"

  Scenario: The trusted account has not allowed this user
    When "eve" assumes the role "arn:aws:iam::111122223333:role/deployer" as "eve-deploy"
    Then the role assumption fails

  Scenario: The user may assume, but the role does not trust her account
    Given an account "sandbox" with id "777788889999"
    And a user "mallory" in account "sandbox"
    And the user "mallory" has the policy "AssumeAnything":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*" }]
      }
      """
    When "mallory" assumes the role "arn:aws:iam::111122223333:role/deployer" as "mallory-deploy"
    Then the role assumption fails

  Scenario: A third party proves who it is with an external id
    Given a role "vendor-audit" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::444455556666:root" },
            "Action": "sts:AssumeRole",
            "Condition": { "StringEquals": { "sts:ExternalId": "x-123" } }
          }
        ]
      }
      """
    And the user "dana" has the policy "AssumeVendorAudit":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111122223333:role/vendor-audit" }
        ]
      }
      """
    When "dana" assumes the role "arn:aws:iam::111122223333:role/vendor-audit" as "audit" with the external id "x-123"
    Then the role assumption succeeds
    When "dana" assumes the role "arn:aws:iam::111122223333:role/vendor-audit" as "audit" with the external id "guess"
    Then the role assumption fails
    When "dana" assumes the role "arn:aws:iam::111122223333:role/vendor-audit" as "audit"
    Then the role assumption fails
