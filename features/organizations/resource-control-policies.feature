@R90 @R91 @R92
Feature: Resource control policies keep data inside the organization
  A resource control policy (RCP) is the mirror image of an SCP: it limits what can be done *to* the resources of
  member accounts, whoever the caller is, in the organization or outside it. RCPs only ever deny (the AWS managed
  `RCPFullAWSAccess` sits at every level), and they apply to the services that support them, such as S3, STS,
  KMS, SQS and Secrets Manager.

  Here the RCP `OrgOnly` denies S3 access to any principal outside the organization's accounts, so a bucket
  policy that someone opens to a partner cannot leak data. (The accounts are listed with `aws:PrincipalAccount`;
  in a real organization `aws:PrincipalOrgID` does the same in one value.)

  Background:
    Given an account "mgmt" with id "999999999999"
    And an account "prod" with id "111122223333"
    And an account "partner" with id "777788889999" outside the organization
    And an organization whose management account is "mgmt"
    And the account "prod" is in the organizational unit "Root/Workloads"
    And the RCP "OrgOnly" is attached to "Root":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "OrgOnly",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": "*",
            "Condition": {
              "StringNotEqualsIfExists": { "aws:PrincipalAccount": ["999999999999", "111122223333"] },
              "BoolIfExists": { "aws:PrincipalIsAWSService": "false" }
            }
          }
        ]
      }
      """
    And a bucket "exports" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "PartnerReads",
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::777788889999:root" },
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::exports/*"
          }
        ]
      }
      """
    And a user "pat" in account "partner"
    And the user "pat" has the policy "ReadExports":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::exports/*" }]
      }
      """
    And a user "alice" in account "prod"
    And the user "alice" has the policy "ReadExports":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::exports/*" }]
      }
      """

  Scenario: The bucket policy lets the partner in, the RCP keeps them out
    When "pat" calls "s3:GetObject" on "arn:aws:s3:::exports/customers.csv"
    Then the request is explicitly denied
    And the deciding statement is "OrgOnly"

  Scenario: Principals of the organization are not affected
    When "alice" calls "s3:GetObject" on "arn:aws:s3:::exports/customers.csv"
    Then the request is allowed

  Scenario: RCPs do not protect the management account's resources
    Given a bucket "mgmt-exports" in account "mgmt" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::777788889999:root" },
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::mgmt-exports/*"
          }
        ]
      }
      """
    And the user "pat" has the policy "ReadMgmtExports":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::mgmt-exports/*" }]
      }
      """
    When "pat" calls "s3:GetObject" on "arn:aws:s3:::mgmt-exports/report.csv"
    Then the request is allowed
