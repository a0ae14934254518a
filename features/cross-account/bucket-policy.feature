@R74 @R79
Feature: Cross-account access through a bucket policy
  Across accounts, both sides must agree. The bucket owner's bucket policy must allow the other account (or a
  principal in it), *and* the caller's own identity policies must allow the request. Naming the account in the
  bucket policy delegates the decision to that account's administrators: only the principals they allow get in.

  Users, roles and sessions can be named by ARN wherever a name is accepted, as in the last row below.

  Background:
    Given an account "prod" with id "111122223333"
    And an account "analytics" with id "444455556666"
    And a bucket "shared" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AnalyticsReads",
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::444455556666:root" },
            "Action": ["s3:GetObject", "s3:ListBucket"],
            "Resource": ["arn:aws:s3:::shared", "arn:aws:s3:::shared/*"]
          }
        ]
      }
      """
    And a user "bob" in account "analytics"
    And a user "carol" in account "analytics"
    And the user "bob" has the policy "ReadShared":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:PutObject"],
            "Resource": "arn:aws:s3:::shared/*"
          }
        ]
      }
      """

  Scenario: Both the bucket policy and the caller's policy allow: allowed
    When "bob" calls "s3:GetObject" on "arn:aws:s3:::shared/daily.csv"
    Then the request is allowed

  Scenario: The bucket policy allows the account but the caller's own policy does not: denied
    When "carol" calls "s3:GetObject" on "arn:aws:s3:::shared/daily.csv"
    Then the request is implicitly denied

  Scenario: The caller's policy allows but the bucket policy does not: denied
    When "bob" calls "s3:PutObject" on "arn:aws:s3:::shared/daily.csv"
    Then the request is implicitly denied

  Scenario: Who can read the shared bucket
    Then the access is:
      | principal                          | action       | resource                      | decision |
      | bob                                | s3:GetObject | arn:aws:s3:::shared/daily.csv | allowed  |
      | carol                              | s3:GetObject | arn:aws:s3:::shared/daily.csv | denied   |
      | root of analytics                  | s3:GetObject | arn:aws:s3:::shared/daily.csv | allowed  |
      | anonymous                          | s3:GetObject | arn:aws:s3:::shared/daily.csv | denied   |
      | arn:aws:iam::444455556666:user/bob | s3:GetObject | arn:aws:s3:::shared/daily.csv | allowed  |
