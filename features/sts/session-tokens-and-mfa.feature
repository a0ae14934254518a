@R125 @R130 @R131 @R44
Feature: GetSessionToken and MFA-conditioned access
  A user who signs in with long-term access keys can trade them, together with a code from their MFA device, for
  temporary credentials with `GetSessionToken`. Requests made with those credentials carry
  `aws:MultiFactorAuthPresent = true`, so policies can keep sensitive actions for MFA-authenticated sessions.

  A session token lasts 12 hours by default, 15 minutes to 36 hours on request. Without MFA such a session
  cannot call IAM, and it can call STS only for `AssumeRole` and `GetCallerIdentity`.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And the user "alice" has an MFA device
    And the user "alice" has the policy "StopWithMfa":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "Describe", "Effect": "Allow", "Action": "ec2:DescribeInstances", "Resource": "*" },
          {
            "Sid": "StopWithMfa",
            "Effect": "Allow",
            "Action": ["ec2:StopInstances", "iam:ListUsers"],
            "Resource": "*",
            "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } }
          }
        ]
      }
      """

  Scenario: With MFA the session may do what the policy keeps for MFA
    When "alice" gets a session token as "alice-mfa" with MFA
    Then the session token request succeeds
    And "alice-mfa" can call "ec2:StopInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc"
    And "alice-mfa" can call "iam:ListUsers" on "*"

  Scenario: Long-term keys and a session without MFA may not
    When "alice" gets a session token as "alice-temp"
    Then the session token request succeeds
    And "alice-temp" can call "ec2:DescribeInstances" on "*"
    And "alice-temp" cannot call "ec2:StopInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc"
    And "alice-temp" cannot call "iam:ListUsers" on "*"
    And "alice" cannot call "ec2:StopInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc"

  Scenario: Up to 36 hours, no more
    When "alice" gets a session token as "alice-temp" for 129600 seconds
    Then the session token request succeeds
    And the session "alice-temp" expires in 36 hours
    When "alice" gets a session token as "alice-long" for 37 hours
    Then the session token request fails

  Scenario: MFA needs a device
    Given a user "bob" in account "prod"
    When "bob" gets a session token as "bob-mfa" with MFA
    Then the session token request fails

  Scenario: A deny for requests without MFA, written with BoolIfExists
    Given a user "carol" in account "prod"
    And the user "carol" has an MFA device
    And the user "carol" has the policy "MfaOrNothing":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": "s3:*", "Resource": "*" },
          {
            "Sid": "DenyWithoutMfa",
            "Effect": "Deny",
            "NotAction": ["sts:GetSessionToken", "iam:ListMFADevices"],
            "Resource": "*",
            "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" } }
          }
        ]
      }
      """
    When "carol" gets a session token as "carol-mfa" with MFA
    Then the session token request succeeds
    And "carol-mfa" can call "s3:ListAllMyBuckets" on "*"
    When "carol" calls "s3:ListAllMyBuckets" on "*"
    Then the request is explicitly denied
    And the deciding statement is "DenyWithoutMfa"

  Scenario: What session-token credentials cannot call
    When "alice" gets a session token as "alice-temp"
    Then the session token request succeeds
    When "alice-temp" calls "sts:GetFederationToken" on "*"
    Then the request is denied

  @R134
  Scenario: A role session cannot get a session token
    Given a role "app" in account "prod" that the account "prod" can assume
    And a role "ops" in account "prod" that the account "prod" can assume
    When "app" gets a session token as "app-token"
    Then the session token request fails
    When the role "ops" gets a session token as "t"
    Then the session token request fails with a reason that mentions "session ops has temporary role credentials (R134)"

  @R130 @R132
  Scenario: The root user may get a session token, for at most one hour and without MFA
    When the root user of "prod" gets a session token as "t" for 3600 seconds
    Then the session token request succeeds
    And the session "t" expires in 1 hour
    And "t" can call "ec2:StopInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc"
    When the root user of "prod" gets a session token as "t-long" for 3601 seconds
    Then the session token request fails with a reason that mentions "900–3600 seconds allowed here (R130: root user)"
    When the root user of "prod" gets a session token as "t-mfa" with MFA
    Then the session token request fails with a reason that mentions "R132"
