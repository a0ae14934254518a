@R104 @R136
Feature: Temporary credentials expire
  Every session ends. The scenario clock stands still until a step moves it, so expiry is exact: a one-hour role
  session works for 59 minutes and is refused after 2 hours.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And the user "alice" has the policy "AssumeApp":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*" }]
      }
      """
    And a bucket "data" in account "prod"
    And a role "app" in account "prod" that the account "prod" can assume
    And the role "app" has the policy "ReadData":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" }]
      }
      """

  Scenario: A session works until it expires
    When "alice" assumes the role "app" as "app-session"
    And 59 minutes pass
    Then "app-session" can call "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    When 2 hours pass
    And "app-session" calls "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    Then the request is denied

  Scenario: A longer session outlives a shorter one
    When "alice" assumes the role "app" as "short" for 15 minutes
    And "alice" assumes the role "app" as "long" for 1 hour
    And 30 minutes pass
    Then "short" cannot call "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    And "long" can call "s3:GetObject" on "arn:aws:s3:::data/report.csv"
