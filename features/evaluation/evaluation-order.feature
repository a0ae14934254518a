@R70 @R71 @R73
Feature: The order of evaluation
  Every request ends in one of three decisions. AWS first looks for an explicit `Deny` in every policy that
  applies: one is enough, and nothing can override it. Then it looks for an `Allow`. If nothing allows the
  request, it is denied by default: an *implicit* deny, which any `Allow` can lift but which protects everything
  nobody thought about.

  So the order is: explicit deny, then allow, then default deny.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a bucket "data" in account "prod"

  Scenario: Nothing allows the request, so it is implicitly denied
    When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    Then the request is implicitly denied

  Scenario: An allow lifts the default deny
    Given the user "alice" has the policy "ReadData":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "ReadData", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" }
        ]
      }
      """
    When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/report.csv"
    Then the request is allowed
    And the deciding statement is "ReadData"

  Scenario: An explicit deny beats every allow, wherever each of them is written
    Given the user "alice" has the policy "ReadEverything":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "ReadAll", "Effect": "Allow", "Action": "s3:*", "Resource": "*" }]
      }
      """
    And the user "alice" has the policy "NoSecrets":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "DenySecrets", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::data/secret/*" }
        ]
      }
      """
    When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/secret/keys.txt"
    Then the request is explicitly denied
    And the deciding statement is "DenySecrets"
    But "alice" can call "s3:GetObject" on "arn:aws:s3:::data/report.csv"

  Scenario Outline: The three decisions side by side
    Given the user "alice" has the policy "Mixed":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "AllowReads", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*" },
          { "Sid": "DenyArchive", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::data/archive/*" }
        ]
      }
      """
    When "alice" calls "<action>" on "<resource>"
    Then the request is <decision>

    Examples:
      | action          | resource                          | decision          |
      | s3:GetObject    | arn:aws:s3:::data/report.csv      | allowed           |
      | s3:ListBucket   | arn:aws:s3:::data                 | allowed           |
      | s3:GetObject    | arn:aws:s3:::data/archive/old.csv | explicitly denied |
      | s3:PutObject    | arn:aws:s3:::data/report.csv      | implicitly denied |
      | s3:DeleteObject | arn:aws:s3:::data/archive/old.csv | explicitly denied |
