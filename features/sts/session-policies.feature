@R93 @R94 @R107 @R133
Feature: Session policies narrow a session
  A caller can pass a *session policy* when it creates a session with `AssumeRole` or `GetFederationToken`. The
  session can then do only what both the role's (or the user's) identity policies and the session policy allow:
  the session policy can narrow the permissions, never widen them.

  `GetFederationToken` issues a *federated user* session for an IAM user. Without a session policy it has no
  permissions at all from identity policies, and a federated user can call no STS operation except
  `GetCallerIdentity`.

  Background:
    Given an account "prod" with id "111122223333"
    And a bucket "data" in account "prod"
    And a user "alice" in account "prod"
    And the user "alice" has the policy "Broad":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": ["s3:*", "sts:AssumeRole", "sts:GetFederationToken"], "Resource": "*" }
        ]
      }
      """
    And a role "app" in account "prod" that the account "prod" can assume
    And the role "app" has the policy "S3Full":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:*", "Resource": "*" }]
      }
      """

  Scenario: A session policy narrows a role session to reading
    When "alice" assumes the role "app" as "reader" with the session policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" }]
      }
      """
    Then the role assumption succeeds
    And "reader" can call "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    And "reader" cannot call "s3:PutObject" on "arn:aws:s3:::data/report.csv"

  Scenario: A session policy cannot grant what the role lacks
    When "alice" assumes the role "app" as "greedy" with the session policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": ["s3:*", "dynamodb:*"], "Resource": "*" }]
      }
      """
    Then the role assumption succeeds
    And "greedy" can call "s3:PutObject" on "arn:aws:s3:::data/report.csv"
    And "greedy" cannot call "dynamodb:Scan" on "arn:aws:dynamodb:eu-west-1:111122223333:table/orders"

  Scenario: A federated user gets what both the user and the session policy allow
    When "alice" gets a federation token as "fed-alice" with the session policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObject", "ec2:*"], "Resource": "*" }]
      }
      """
    Then the federation token request succeeds
    And the session "fed-alice" has the ARN "arn:aws:sts::111122223333:federated-user/fed-alice"
    And the access is:
      | principal | action           | resource                     | decision |
      | fed-alice | s3:GetObject     | arn:aws:s3:::data/report.csv | allowed  |
      | fed-alice | s3:PutObject     | arn:aws:s3:::data/report.csv | denied   |
      | fed-alice | ec2:RunInstances | *                            | denied   |

  Scenario: A federated user without a session policy has no permissions
    When "alice" gets a federation token as "fed-nothing"
    Then the federation token request succeeds
    And "fed-nothing" cannot call "s3:GetObject" on "arn:aws:s3:::data/report.csv"

  Scenario: A user without the permission gets no federation token
    Given a user "bob" in account "prod"
    When "bob" gets a federation token as "fed-bob" with the session policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]
      }
      """
    Then the federation token request fails

  Scenario: A federated user cannot assume a role
    When "alice" gets a federation token as "fed-alice" with the session policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }]
      }
      """
    And "fed-alice" assumes the role "app" as "from-federated"
    Then the role assumption fails
