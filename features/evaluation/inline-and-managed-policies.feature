@R72 @R114
Feature: Inline policies and managed policies
  An *inline* policy is part of one user, group or role: it is created with it and deleted with it. A *managed*
  policy stands on its own in the account and can be attached to many principals; deleting a principal only
  removes the attachment, and the policy stays for the next one.

  A user's permissions are its own policies, inline and managed, plus those of every group it belongs to.

  Background:
    Given an account "prod" with id "111122223333"
    And a bucket "data" in account "prod"
    And the managed policy "ReadData" in account "prod":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "ReadData", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" }
        ]
      }
      """
    And a user "alice" in account "prod"

  Scenario: A user gets the policies of her groups
    Given a group "readers" in account "prod"
    And the managed policy "ReadData" is attached to the group "readers"
    And the user "alice" is a member of the group "readers"
    When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    Then the request is allowed
    And the deciding policy is "ReadData"

  Scenario: An inline policy dies with its principal
    Given the user "alice" has the policy "WriteData":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::data/*" }]
      }
      """
    Then "alice" can call "s3:PutObject" on "arn:aws:s3:::data/report.csv"
    When the user "alice" is deleted
    And a user "alice" in account "prod"
    Then "alice" cannot call "s3:PutObject" on "arn:aws:s3:::data/report.csv"

  Scenario: A managed policy outlives the principals it was attached to
    Given the managed policy "ReadData" is attached to the user "alice"
    When the user "alice" is deleted
    And a user "alice" in account "prod"
    Then "alice" cannot call "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    When the managed policy "ReadData" is attached to the user "alice"
    Then "alice" can call "s3:GetObject" on "arn:aws:s3:::data/report.csv"

  Scenario: One managed policy serves many roles
    Given a role "batch" in account "prod" that the service "batch.amazonaws.com" can assume
    And a role "etl" in account "prod" that the service "glue.amazonaws.com" can assume
    And the managed policy "ReadData" is attached to the role "batch"
    And the managed policy "ReadData" is attached to the role "etl"
    When the role "batch" is deleted
    Then the role "etl" can call "s3:GetObject" on "arn:aws:s3:::data/report.csv"
