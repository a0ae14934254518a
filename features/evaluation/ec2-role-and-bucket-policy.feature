@R71 @R73 @R76
Feature: An EC2 instance's role and a bucket policy
  An application on an EC2 instance calls S3 with the credentials of the instance's role: a session of the role
  `app`. Within one account, the role's identity policies and the bucket policy are read together. Either one
  may allow the request, and an explicit deny in either one denies it.

  These are the four cases every team meets sooner or later.

  Background:
    Given an account "prod" with id "111122223333"
    And a role "app" in account "prod" that the service "ec2.amazonaws.com" can assume

  Scenario: The role allows and there is no bucket policy: allowed
    Given the role "app" has the policy "ReadReports":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "ReadReports", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*" }
        ]
      }
      """
    And a bucket "reports" in account "prod"
    When the role "app" calls "s3:GetObject" on "arn:aws:s3:::reports/q1.csv"
    Then the request is allowed
    And the deciding statement is "ReadReports"

  Scenario: The role allows but the bucket policy denies: denied
    Given the role "app" has the policy "ReadReports":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "ReadReports", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*" }
        ]
      }
      """
    And a bucket "reports" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyApp",
            "Effect": "Deny",
            "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" },
            "Action": "s3:*",
            "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
          }
        ]
      }
      """
    When the role "app" calls "s3:GetObject" on "arn:aws:s3:::reports/q1.csv"
    Then the request is explicitly denied
    And the deciding statement is "DenyApp"

  Scenario: The role has no S3 permission but the bucket policy allows it: allowed
    Given a bucket "reports" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AppReads",
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" },
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::reports/*"
          }
        ]
      }
      """
    When the role "app" calls "s3:GetObject" on "arn:aws:s3:::reports/q1.csv"
    Then the request is allowed
    And the deciding statement is "AppReads"

  Scenario: The role denies but the bucket policy allows: denied
    Given the role "app" has the policy "NoS3":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "NoS3", "Effect": "Deny", "Action": "s3:*", "Resource": "*" }]
      }
      """
    And a bucket "reports" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AppReads",
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:role/app" },
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::reports/*"
          }
        ]
      }
      """
    When the role "app" calls "s3:GetObject" on "arn:aws:s3:::reports/q1.csv"
    Then the request is explicitly denied
    And the deciding statement is "NoS3"
