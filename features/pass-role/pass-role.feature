@R80 @R137
Feature: Passing a role to an AWS service with iam:PassRole
  Services such as EC2, Lambda or ECS act with a role that a person hands them: launching an instance with an
  instance profile, creating a function with an execution role. Handing over a role is `iam:PassRole`, and it is
  how a user could otherwise give a service more rights than they have themselves. So two things are checked:

  1. the caller is allowed `iam:PassRole` on that role, usually only to a given service
     (`iam:PassedToService`);
  2. the role's trust policy lets that service assume it; otherwise the service cannot use the role.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a user "bob" in account "prod"
    And a role "web" in account "prod" that the service "ec2.amazonaws.com" can assume
    And a role "worker" in account "prod" that the service "lambda.amazonaws.com" can assume
    And the user "alice" has the policy "PassRolesToEc2":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "PassToEc2",
            "Effect": "Allow",
            "Action": "iam:PassRole",
            "Resource": "arn:aws:iam::111122223333:role/*",
            "Condition": { "StringEquals": { "iam:PassedToService": "ec2.amazonaws.com" } }
          }
        ]
      }
      """

  Scenario: Permission to pass and a role that trusts the service: the pass-role succeeds
    When "alice" passes the role "web" to "ec2.amazonaws.com"
    Then the pass-role succeeds

  Scenario: No permission to pass the role: the pass-role fails
    When "bob" passes the role "web" to "ec2.amazonaws.com"
    Then the pass-role fails

  Scenario: The permission is for another service: the pass-role fails
    When "alice" passes the role "worker" to "lambda.amazonaws.com"
    Then the pass-role fails

  Scenario: The role does not trust the service: the pass-role fails
    When "alice" passes the role "worker" to "ec2.amazonaws.com"
    Then the pass-role fails

  Scenario Outline: Who may give which role to which service
    Given the user "bob" has the policy "PassWorkerToLambda":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/worker" }
        ]
      }
      """
    When "<user>" passes the role "<role>" to "<service>"
    Then the pass-role <outcome>

    Examples:
      | user  | role   | service              | outcome  |
      | alice | web    | ec2.amazonaws.com    | succeeds |
      | alice | web    | lambda.amazonaws.com | fails    |
      | bob   | worker | lambda.amazonaws.com | succeeds |
      | bob   | web    | ec2.amazonaws.com    | fails    |
      | bob   | worker | ec2.amazonaws.com    | fails    |

  Scenario: The same checks in one step each
    Then "alice" can pass the role "web" to "ec2.amazonaws.com"
    And "alice" cannot pass the role "web" to "ecs-tasks.amazonaws.com"

  @R137
  Scenario: A role's session passes a role, as a deployment pipeline running with that role does
    Given a role "deployer" in account "prod" that the service "codebuild.amazonaws.com" can assume
    And a role "fn-exec" in account "prod" that the service "lambda.amazonaws.com" can assume
    And the role "deployer" has the policy "PassFunctionRoles":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": "iam:PassRole",
            "Resource": "arn:aws:iam::111122223333:role/fn-*",
            "Condition": { "StringEquals": { "iam:PassedToService": "lambda.amazonaws.com" } }
          }
        ]
      }
      """
    When the role "deployer" passes the role "fn-exec" to "lambda.amazonaws.com"
    Then the pass-role succeeds
    When the role "deployer" passes the role "worker" to "lambda.amazonaws.com"
    Then the pass-role fails with a reason that mentions "iam:PassRole on arn:aws:iam::111122223333:role/worker is ImplicitDeny"
    And the role "deployer" cannot pass the role "fn-exec" to "ec2.amazonaws.com"
    And the root user of "prod" can pass the role "fn-exec" to "lambda.amazonaws.com"
    And an anonymous caller cannot pass the role "fn-exec" to "lambda.amazonaws.com"
