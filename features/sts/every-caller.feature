@R98 @R106 @R107 @R108 @R121 @R123 @R130 @R131 @R133 @R134 @R137 @R138 @R139
Feature: Every kind of caller, every STS operation
  Each STS step and each PassRole step takes any caller, written the same way everywhere: `"alice"` (a user, a
  session or a role by name), `the user "alice"`, `the role "ops"` (a session of the role, as an EC2 instance or a
  Lambda function has), `the session "ops-session"`, `the federated user "alice-fed"`, `the root user of "prod"`,
  `the service "lambda.amazonaws.com"` or `an anonymous caller`. Whoever calls, the answer is AWS's: the call
  succeeds, or it fails with the rule that says why. The credentials a session was made with limit what it can call:

  | credentials      | cannot call                                                              |
  | ---------------- | ------------------------------------------------------------------------ |
  | role session     | GetSessionToken, GetFederationToken (R134)                               |
  | session token    | STS except AssumeRole and GetCallerIdentity; IAM without MFA (R131)      |
  | federated user   | STS except GetCallerIdentity (R107); IAM (R133)                          |
  | root user        | AssumeRole (R106)                                                        |
  | none (anonymous) | anything signed (R121, R130, R133, R137, R138), GetCallerIdentity (R108) |

  AssumeRoleWithWebIdentity and AssumeRoleWithSAML are unsigned: they take no caller, only the identity provider's
  token or assertion (see web-identity-and-saml.feature).

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a user "bob" in account "prod"
    And the user "alice" has the policy "Everything":
      """json
      { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }] }
      """
    And a role "ops" in account "prod" that the account "prod" can assume
    And the role "ops" has the policy "Everything":
      """json
      { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }] }
      """
    And a role "fn-exec" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "sts:AssumeRole" },
          { "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }
        ]
      }
      """
    And "alice" assumes the role "ops" as "ops-session"
    And "alice" gets a session token as "alice-token"
    And "alice" gets a federation token as "alice-fed" with the session policy:
      """json
      { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }] }
      """
    # bob may pass no role: his denied call returns the encoded authorization message that the decoding rows decode.
    And "bob" passes the role "fn-exec" to "lambda.amazonaws.com"

  Scenario: A caller named in quotes is the user, session or role of that name
    When "alice" gets the caller identity
    Then the caller identity ARN is "arn:aws:iam::111122223333:user/alice"
    When "ops" gets the caller identity
    Then the caller identity ARN is "arn:aws:sts::111122223333:assumed-role/ops/ops"
    When "ops-session" gets the caller identity
    Then the caller identity ARN is "arn:aws:sts::111122223333:assumed-role/ops/ops-session"
    When "alice-token" gets the caller identity
    Then the caller identity ARN is "arn:aws:iam::111122223333:user/alice"
    When "alice-fed" gets the caller identity
    Then the caller identity ARN is "arn:aws:sts::111122223333:federated-user/alice-fed"
    When "root of prod" gets the caller identity
    Then the caller identity ARN is "arn:aws:iam::111122223333:root"

  Scenario Outline: AssumeRole: a signed call by a user, a role session (role chaining), a session token or a service the trust policy names
    When <caller> assumes the role "fn-exec" as "new-session"
    Then the role assumption <answer>

    Examples:
      | caller                             | answer                                   |
      | the user "alice"                   | succeeds                                 |
      | the role "ops"                     | succeeds                                 |
      | the session "ops-session"          | succeeds                                 |
      | the session "alice-token"          | succeeds                                 |
      | the federated user "alice-fed"     | fails with a reason that mentions "R107" |
      | the root user of "prod"            | fails with a reason that mentions "R106" |
      | an anonymous caller                | fails with a reason that mentions "R121" |
      | the service "lambda.amazonaws.com" | succeeds                                 |

  Scenario Outline: GetSessionToken: the long-term credentials of an IAM user or the root user
    When <caller> gets a session token as "new-token"
    Then the session token request <answer>

    Examples:
      | caller                             | answer                                   |
      | the user "alice"                   | succeeds                                 |
      | the role "ops"                     | fails with a reason that mentions "R134" |
      | the session "ops-session"          | fails with a reason that mentions "R134" |
      | the session "alice-token"          | fails with a reason that mentions "R131" |
      | the federated user "alice-fed"     | fails with a reason that mentions "R107" |
      | the root user of "prod"            | succeeds                                 |
      | an anonymous caller                | fails with a reason that mentions "R130" |
      | the service "lambda.amazonaws.com" | fails with a reason that mentions "R130" |

  Scenario Outline: GetFederationToken: the long-term credentials of an IAM user or the root user
    When <caller> gets a federation token as "new-fed"
    Then the federation token request <answer>

    Examples:
      | caller                             | answer                                   |
      | the user "alice"                   | succeeds                                 |
      | the role "ops"                     | fails with a reason that mentions "R134" |
      | the session "ops-session"          | fails with a reason that mentions "R134" |
      | the session "alice-token"          | fails with a reason that mentions "R131" |
      | the federated user "alice-fed"     | fails with a reason that mentions "R107" |
      | the root user of "prod"            | succeeds                                 |
      | an anonymous caller                | fails with a reason that mentions "R133" |
      | the service "lambda.amazonaws.com" | fails with a reason that mentions "R133" |

  Scenario Outline: GetCallerIdentity: every caller with credentials, whatever its policies say
    When <caller> gets the caller identity
    Then the caller identity request <answer>

    Examples:
      | caller                             | answer                                          |
      | the user "alice"                   | succeeds                                        |
      | the role "ops"                     | succeeds                                        |
      | the session "ops-session"          | succeeds                                        |
      | the session "alice-token"          | succeeds                                        |
      | the federated user "alice-fed"     | succeeds                                        |
      | the root user of "prod"            | succeeds                                        |
      | an anonymous caller                | fails with a reason that mentions "credentials" |
      | the service "lambda.amazonaws.com" | fails with a reason that mentions "credentials" |

  Scenario Outline: DecodeAuthorizationMessage: a signed call that needs sts:DecodeAuthorizationMessage
    When <caller> decodes the authorization message
    Then the decoding <answer>

    Examples:
      | caller                             | answer                                           |
      | the user "alice"                   | succeeds                                         |
      | the role "ops"                     | succeeds                                         |
      | the session "ops-session"          | succeeds                                         |
      | the session "alice-token"          | fails with a reason that mentions "R131"         |
      | the federated user "alice-fed"     | fails with a reason that mentions "R107"         |
      | the root user of "prod"            | succeeds                                         |
      | an anonymous caller                | fails with a reason that mentions "R138"         |
      | the service "lambda.amazonaws.com" | fails with a reason that mentions "ImplicitDeny" |

  Scenario Outline: PassRole: a principal of the role's own account with iam:PassRole
    When <caller> passes the role "fn-exec" to "lambda.amazonaws.com"
    Then the pass-role <answer>

    Examples:
      | caller                             | answer                                   |
      | the user "alice"                   | succeeds                                 |
      | the role "ops"                     | succeeds                                 |
      | the session "ops-session"          | succeeds                                 |
      | the session "alice-token"          | fails with a reason that mentions "R131" |
      | the federated user "alice-fed"     | fails with a reason that mentions "R133" |
      | the root user of "prod"            | succeeds                                 |
      | an anonymous caller                | fails with a reason that mentions "R137" |
      | the service "lambda.amazonaws.com" | fails with a reason that mentions "R137" |
