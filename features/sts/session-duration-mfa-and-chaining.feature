@R80 @R113 @R122 @R123 @R125
Feature: Session duration, MFA, role chaining and source identity
  A role session lasts one hour unless the caller asks for another duration: at least 15 minutes and at most the
  role's maximum session duration, which is one hour unless the role raises it (up to 12 hours). A session of
  one role that assumes another role is *role chaining*, and a chained session lasts at most one hour, whatever
  the role allows.

  A trust policy can also demand MFA: `aws:MultiFactorAuthPresent` is true only when the caller presents their
  MFA device to STS.

  A *source identity* names the person behind a session. Once set, it travels with the session into every role
  it chains to, and it cannot be changed; setting it needs `sts:SetSourceIdentity` on both sides.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And the user "alice" has an MFA device
    And the user "alice" has the policy "AssumeAny":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*" }]
      }
      """
    And a role "app" in account "prod" that the account "prod" can assume

  Scenario: One hour by default, more only when the role allows it
    When "alice" assumes the role "app" as "app-session"
    Then the role assumption succeeds
    And the session "app-session" expires in 1 hour
    When "alice" assumes the role "app" as "app-session" for 7200 seconds
    Then the role assumption fails

  Scenario: A role that allows 12 hours
    Given the role "app" has a maximum session duration of 43200 seconds
    When "alice" assumes the role "app" as "app-session" for 7200 seconds
    Then the role assumption succeeds
    And the session "app-session" expires in 2 hours

  Scenario: Less than 15 minutes is not a session
    When "alice" assumes the role "app" as "app-session" for 600 seconds
    Then the role assumption fails

  Scenario: A trust policy that demands MFA
    Given a role "admin" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
            "Action": "sts:AssumeRole",
            "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } }
          }
        ]
      }
      """
    When "alice" assumes the role "admin" as "admin-session" with MFA
    Then the role assumption succeeds
    When "alice" assumes the role "admin" as "admin-session"
    Then the role assumption fails

  Scenario: Role chaining: a session of one role assumes another
    Given a role "jump" in account "prod" that the account "prod" can assume
    And the role "jump" has the policy "AssumeOps":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111122223333:role/ops" }
        ]
      }
      """
    And a role "ops" in account "prod" that the account "prod" can assume
    And the role "ops" has a maximum session duration of 43200 seconds
    When the role "jump" assumes the role "ops" as "ops-session"
    Then the role assumption succeeds
    And the session "ops-session" has the ARN "arn:aws:sts::111122223333:assumed-role/ops/ops-session"
    When the role "jump" assumes the role "ops" as "ops-long" for 2 hours
    Then the role assumption fails

  Scenario: A chained session needs the permission of the role it comes from
    Given a role "ops" in account "prod" that the account "prod" can assume
    And a role "jump" in account "prod" that the account "prod" can assume
    When the role "jump" assumes the role "ops" as "ops-session"
    Then the role assumption fails

  Scenario: A session name must be a valid name
    When "alice" assumes the role "app" as "x"
    Then the role assumption fails with a reason that mentions "session name"

  Scenario: A source identity sticks to the chain and cannot be changed
    Given a role "jump" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
            "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"]
          }
        ]
      }
      """
    And the role "jump" has the policy "AssumeOps":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"],
            "Resource": "arn:aws:iam::111122223333:role/ops"
          }
        ]
      }
      """
    And a role "ops" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:role/jump" },
            "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"]
          }
        ]
      }
      """
    And the user "alice" has the policy "SetSourceIdentity":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "sts:SetSourceIdentity", "Resource": "*" }]
      }
      """
    When "alice" assumes the role "jump" as "alice-jump" with the source identity "alice"
    Then the role assumption succeeds
    When "alice-jump" assumes the role "ops" as "alice-ops"
    Then the role assumption succeeds
    When "alice-jump" assumes the role "ops" as "mallory-ops" with the source identity "mallory"
    Then the role assumption fails with a reason that mentions "cannot be changed"

  Scenario: Without sts:SetSourceIdentity in the trust policy no source identity is set
    When "alice" assumes the role "app" as "app-session" with the source identity "alice"
    Then the role assumption fails
