@expected-failure @R155 @R156 @R158
Feature: Expected failures: every request carries a region and HTTPS
  AWS always puts `aws:RequestedRegion` and `aws:SecureTransport` in a request's context. A scenario whose requests
  carried neither would pass a check that AWS fails: a Deny on a region, or on plain HTTP, would never match. Every
  request of the model is made in the scenario's default region (us-east-1 unless a step sets another) over HTTPS,
  unless the scenario says otherwise; these scenarios expect what AWS would not decide, and fail.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a bucket "data" in account "prod"
    And the user "alice" has the policy "Admin":
      """json
      { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }] }
      """
    And the user "alice" has the policy "NotInVirginia":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyUsEast1",
            "Effect": "Deny",
            "Action": "ec2:*",
            "Resource": "*",
            "Condition": { "StringEquals": { "aws:RequestedRegion": "us-east-1" } }
          }
        ]
      }
      """

  Scenario: A scenario that names no region asks in us-east-1
    Fails with: expected the request to be allowed, but it was ExplicitDeny
    Fails with: DenyUsEast1

    Then "alice" can call "ec2:RunInstances" on "*"

  Scenario: An access-table row in the denied region
    Fails with: 1 of 2 rows of the access table are wrong
    Fails with: row 2: expected allowed, got ExplicitDeny

    Given the default region is "eu-west-1"
    Then the access is:
      | principal | action           | resource | aws:RequestedRegion | decision |
      | alice     | ec2:RunInstances | *        |                     | allowed  |
      | alice     | ec2:RunInstances | *        | us-east-1           | allowed  |

  Scenario: Plain HTTP for every request, and a bucket that refuses it
    Fails with: expected the request to be allowed, but it was ExplicitDeny
    Fails with: DenyPlainHttp

    Given the bucket "data" has the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyPlainHttp",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": "arn:aws:s3:::data/*",
            "Condition": { "Bool": { "aws:SecureTransport": "false" } }
          }
        ]
      }
      """
    And every request has the context:
      | key                 | value |
      | aws:SecureTransport | false |
    Then "alice" can call "s3:GetObject" on "arn:aws:s3:::data/x"
