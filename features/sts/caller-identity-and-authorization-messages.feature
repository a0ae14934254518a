@R98 @R138 @R139
Feature: Who am I, and why was I denied
  `sts:GetCallerIdentity` tells any caller which identity its credentials belong to. It needs no permission and
  cannot be denied, not even by an explicit deny, which makes it the safe first call of every script.

  When AWS denies some requests it returns an *encoded authorization message* instead of the reasons.
  `sts:DecodeAuthorizationMessage` turns it back into the decision's details, for callers allowed to decode.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a role "app" in account "prod" that the account "prod" can assume
    And the user "alice" has the policy "AssumeApp":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": ["sts:AssumeRole", "sts:DecodeAuthorizationMessage"], "Resource": "*" }
        ]
      }
      """

  Scenario: A role session learns its own ARN
    When "alice" assumes the role "app" as "app-session"
    And "app-session" gets the caller identity
    Then the caller identity request succeeds
    And the caller identity ARN is "arn:aws:sts::111122223333:assumed-role/app/app-session"
    And the caller identity account is "111122223333"

  Scenario: Even a deny-everything policy cannot stop GetCallerIdentity
    Given a user "locked" in account "prod"
    And the user "locked" has the policy "DenyAll":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "DenyAll", "Effect": "Deny", "Action": "*", "Resource": "*" }]
      }
      """
    When "locked" gets the caller identity
    Then the caller identity request succeeds
    And the caller identity ARN is "arn:aws:iam::111122223333:user/locked"

  Scenario: GetCallerIdentity needs credentials, and valid ones
    When "anonymous" gets the caller identity
    Then the caller identity request fails
    When "alice" assumes the role "app" as "app-session"
    And 2 hours pass
    And "app-session" gets the caller identity
    Then the caller identity request fails

  Scenario: A denied role assumption is decoded by someone allowed to
    Given a user "bob" in account "prod"
    And the user "bob" has the policy "NoRoles":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "NoRoles", "Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "*" }]
      }
      """
    When "bob" assumes the role "app" as "bob-session"
    Then the role assumption fails
    When "alice" decodes the authorization message
    Then the decoding succeeds
    And the decoded message mentions "NoRoles"
    When "bob" decodes the authorization message
    Then the decoding fails
