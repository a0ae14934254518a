@R80 @R74 @R79 @R106 @R121
Feature: Assuming a role with STS AssumeRole
  A role is assumed, never logged in to. STS AssumeRole hands out temporary credentials for a session of the role
  when two things are true: the role's *trust policy* lets the caller assume it, and the caller's own identity
  policies allow `sts:AssumeRole` on the role. When the trust policy names the caller's account
  (`arn:aws:iam::ID:root`), the account's administrators decide who may, through identity policies. Across
  accounts, both sides must always say yes.

  The session then has the role's permissions, not the caller's.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a user "bob" in account "prod"
    And a bucket "data" in account "prod"
    And a role "app" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sts:AssumeRole" }
        ]
      }
      """
    And the role "app" has the policy "ReadData":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" }]
      }
      """
    And the user "alice" has the policy "AssumeApp":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AssumeApp",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Resource": "arn:aws:iam::111122223333:role/app"
          }
        ]
      }
      """

  Scenario: The trust policy trusts the account and the user's policy allows: the assumption succeeds
    When "alice" assumes the role "app" as "app-session"
    Then the role assumption succeeds
    And the session "app-session" has the ARN "arn:aws:sts::111122223333:assumed-role/app/app-session"
    And "app-session" can call "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    But "alice" cannot call "s3:GetObject" on "arn:aws:s3:::data/report.csv"

  Scenario: Without the permission to assume, the trust of the account is not enough
    When "bob" assumes the role "app" as "bob-session"
    Then the role assumption fails

  Scenario: A trust policy that names the user lets her in by itself, within the account
    Given a role "reports" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "TrustBob",
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:user/bob" },
            "Action": "sts:AssumeRole"
          }
        ]
      }
      """
    When "bob" assumes the role "reports" as "bob-reports"
    Then the role assumption succeeds

  Scenario: A permission to assume does not help when the trust policy does not trust the caller
    Given a role "ci" in account "prod" that the service "codebuild.amazonaws.com" can assume
    And the user "bob" has the policy "AssumeAnything":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*" }]
      }
      """
    When "bob" assumes the role "ci" as "bob-ci"
    Then the role assumption fails

  Scenario: The root user cannot assume a role, whatever the trust policy says
    When the root user of "prod" assumes the role "app" as "root-session"
    Then the role assumption fails

  Scenario: An explicit deny on the caller's side stops the assumption
    Given the user "alice" has the policy "NoRoles":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "NoRoles", "Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "*" }]
      }
      """
    When "alice" assumes the role "app" as "app-session"
    Then the role assumption fails
    And the deciding statement is "NoRoles"
