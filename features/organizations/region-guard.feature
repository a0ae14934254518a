@R155 @R156 @R157 @R158 @R86
Feature: A region guard SCP
  The most common service control policy: deny every action outside the approved regions, except those of global
  services, whose calls AWS always makes in us-east-1. Every request carries `aws:RequestedRegion`: the scenario's
  default region (`Given the default region is "eu-west-1"`, us-east-1 when none is given), or the region a request
  or an access-table column names. Requests to IAM, CloudFront, Route 53 and AWS Support are made in us-east-1
  whatever the default region, which is why the guard leaves them out with `NotAction`.

  Background:
    Given an account "mgmt" with id "999999999999"
    And an account "prod" with id "111122223333"
    And an organization whose management account is "mgmt"
    And the account "prod" is in the organizational unit "Root/Workloads"
    And a user "alice" in account "prod"
    And the user "alice" has the policy "Admin" from the file "policies/admin.json"
    And the SCP "RegionGuard" is attached to "Root/Workloads":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyOutsideEurope",
            "Effect": "Deny",
            "NotAction": ["iam:*", "cloudfront:*", "route53:*", "support:*", "sts:*", "organizations:*"],
            "Resource": "*",
            "Condition": { "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } }
          }
        ]
      }
      """

  Scenario: The team works in eu-west-1
    Given the default region is "eu-west-1"
    Then the access is:
      | principal | action               | resource | decision |
      | alice     | ec2:RunInstances     | *        | allowed  |
      | alice     | dynamodb:CreateTable | *        | allowed  |
      | alice     | iam:CreateRole       | *        | allowed  |
      | alice     | s3:ListAllMyBuckets  | *        | allowed  |

  Scenario: Each row may name its region, and the region a row names wins
    Given the default region is "eu-west-1"
    Then the access is:
      | principal | action                | resource | aws:RequestedRegion | decision          |
      | alice     | ec2:RunInstances      | *        |                     | allowed           |
      | alice     | ec2:RunInstances      | *        | eu-central-1        | allowed           |
      | alice     | ec2:RunInstances      | *        | us-east-1           | explicitly denied |
      | alice     | lambda:InvokeFunction | *        | ap-south-1          | explicitly denied |
      | alice     | iam:CreateRole        | *        | ap-south-1          | allowed           |

  Scenario: A scenario that names no region asks in us-east-1, which the guard denies
    When "alice" calls "ec2:RunInstances" on "*"
    Then the request is explicitly denied
    And the deciding statement is "DenyOutsideEurope"

  Scenario: IAM is asked in us-east-1 whatever the default region
    A guard written without the `NotAction` exemption denies every IAM call, as the IAM User Guide warns.

    Given the default region is "eu-west-1"
    And the SCP "StrictGuard" is attached to "Root/Workloads":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyOutsideIreland",
            "Effect": "Deny",
            "Action": "*",
            "Resource": "*",
            "Condition": { "StringNotEquals": { "aws:RequestedRegion": "eu-west-1" } }
          }
        ]
      }
      """
    Then the access is:
      | principal | action           | resource | decision          |
      | alice     | ec2:RunInstances | *        | allowed           |
      | alice     | iam:CreateRole   | *        | explicitly denied |

  Scenario: Context keys for every request, and the source IP as a column
    Given the default region is "eu-central-1"
    And every request has the context:
      | key          | value        |
      | aws:SourceIp | 203.0.113.10 |
    And the SCP "OfficeOnly" is attached to "Root/Workloads":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyOutsideTheOffice",
            "Effect": "Deny",
            "Action": "*",
            "Resource": "*",
            "Condition": { "NotIpAddress": { "aws:SourceIp": "203.0.113.0/24" } }
          }
        ]
      }
      """
    Then the access is:
      | principal | action           | resource | aws:SourceIp | decision          |
      | alice     | ec2:RunInstances | *        |              | allowed           |
      | alice     | ec2:RunInstances | *        | 198.51.100.1 | explicitly denied |
