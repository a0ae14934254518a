@R81 @R82 @R75
Feature: A permissions boundary keeps a user out of a confidential bucket
  A permissions boundary is a managed policy set on a user or a role as the *most* its identity policies can
  grant. A request is allowed only when both an identity policy and the boundary allow it. The boundary itself
  grants nothing: it only draws the line.

  Here alice is a data engineer with broad S3 rights, and the boundary keeps her to the `analytics` bucket, so
  the `payroll` bucket stays out of reach even though her own policy says `s3:*` on everything.

  One subtlety: within one account, a bucket policy that names the user herself grants access directly, and a
  boundary does not stop it. Keep confidential buckets' policies free of such grants.

  Background:
    Given an account "prod" with id "111122223333"
    And a bucket "analytics" in account "prod"
    And a bucket "payroll" in account "prod"
    And a user "alice" in account "prod"
    And the user "alice" has the policy "S3Everything":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "S3Everything", "Effect": "Allow", "Action": "s3:*", "Resource": "*" }]
      }
      """
    And the user "alice" has the permissions boundary:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AnalyticsOnly",
            "Effect": "Allow",
            "Action": "s3:*",
            "Resource": ["arn:aws:s3:::analytics", "arn:aws:s3:::analytics/*"]
          }
        ]
      }
      """

  Scenario: Inside the boundary the identity policy works as usual
    When "alice" calls "s3:PutObject" on "arn:aws:s3:::analytics/events/2024.parquet"
    Then the request is allowed

  Scenario: Outside the boundary the identity policy's allow does not count
    When "alice" calls "s3:GetObject" on "arn:aws:s3:::payroll/salaries.csv"
    Then the request is implicitly denied

  Scenario: The boundary grants nothing by itself
    Given a user "bob" in account "prod"
    And the user "bob" has the permissions boundary:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }]
      }
      """
    When "bob" calls "s3:GetObject" on "arn:aws:s3:::analytics/events/2024.parquet"
    Then the request is implicitly denied

  Scenario: The same boundary on a role
    Given a role "etl" in account "prod" that the service "glue.amazonaws.com" can assume
    And the role "etl" has the policy "S3Everything":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:*", "Resource": "*" }]
      }
      """
    And the role "etl" has the permissions boundary from the file "policies/analytics-only.json"
    Then the access is:
      | principal | action       | resource                          | decision |
      | role etl  | s3:GetObject | arn:aws:s3:::analytics/a.csv      | allowed  |
      | role etl  | s3:GetObject | arn:aws:s3:::payroll/salaries.csv | denied   |

  Scenario: A bucket policy naming the user grants past the boundary
    Given a bucket "handbook" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AliceReads",
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:user/alice" },
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::handbook/*"
          }
        ]
      }
      """
    When "alice" calls "s3:GetObject" on "arn:aws:s3:::handbook/welcome.pdf"
    Then the request is allowed
    And the deciding statement is "AliceReads"
