@R86 @R87 @R89 @R71 @R115
Feature: Service control policies at several levels of an organization
  An organization is a tree: the root, organizational units (OUs) inside it, accounts in the OUs. A service
  control policy (SCP) attached at any level applies to every account below it. SCPs grant nothing; they set the
  most that the principals of member accounts can do. Every level from the root down to the account must allow
  a request (each level starts with the AWS managed `FullAWSAccess`), and a deny at any level wins.

  SCPs bind the root user of a member account too, but never the organization's management account.

  Background:
    Given an account "mgmt" with id "999999999999"
    And an account "prod" with id "111122223333"
    And an account "sandbox" with id "444455556666"
    And an organization whose management account is "mgmt"
    And the account "prod" is in the organizational unit "Root/Workloads/Prod"
    And the account "sandbox" is in the organizational unit "Root/Sandbox"
    And a user "alice" in account "prod"
    And a user "sam" in account "sandbox"
    And a user "max" in account "mgmt"
    And the user "alice" has the policy "Admin" from the file "policies/admin.json"
    And the user "sam" has the policy "Admin" from the file "policies/admin.json"
    And the user "max" has the policy "Admin" from the file "policies/admin.json"
    And the SCP "DenyLeave" is attached to "Root":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "DenyLeave", "Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*" }
        ]
      }
      """
    And the SCP "ProtectLogs" is attached to "Root/Workloads":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "ProtectLogs",
            "Effect": "Deny",
            "Action": ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail"],
            "Resource": "*"
          }
        ]
      }
      """

  Scenario: A deny at the root binds every member account, root users included
    Then the access is:
      | principal    | action                          | resource | decision          |
      | alice        | organizations:LeaveOrganization | *        | explicitly denied |
      | sam          | organizations:LeaveOrganization | *        | explicitly denied |
      | root of prod | organizations:LeaveOrganization | *        | explicitly denied |
      | max          | organizations:LeaveOrganization | *        | allowed           |

  Scenario: A deny on an OU binds the accounts below it, not its siblings
    Then the access is:
      | principal | action                 | resource                                             | decision          |
      | alice     | cloudtrail:StopLogging | arn:aws:cloudtrail:eu-west-1:111122223333:trail/main | explicitly denied |
      | sam       | cloudtrail:StopLogging | arn:aws:cloudtrail:eu-west-1:444455556666:trail/main | allowed           |

  Scenario: An allow list on an OU: what it does not list is denied below it
    Given the SCP "FullAWSAccess" is detached from "Root/Sandbox"
    And the SCP "SandboxServices" is attached to "Root/Sandbox":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "SandboxServices", "Effect": "Allow", "Action": ["s3:*", "ec2:*", "lambda:*"], "Resource": "*" }
        ]
      }
      """
    When "sam" calls "dynamodb:CreateTable" on "arn:aws:dynamodb:eu-west-1:444455556666:table/orders"
    Then the request is implicitly denied
    And "sam" can call "ec2:RunInstances" on "*"
    And "alice" can call "dynamodb:CreateTable" on "arn:aws:dynamodb:eu-west-1:111122223333:table/orders"

  Scenario: SCPs limit identity policies; they grant nothing themselves
    Given a user "nobody" in account "sandbox"
    When "nobody" calls "s3:ListAllMyBuckets" on "*"
    Then the request is implicitly denied

  Scenario: The management account is not bound by SCPs
    When "max" calls "cloudtrail:StopLogging" on "arn:aws:cloudtrail:eu-west-1:999999999999:trail/org"
    Then the request is allowed
