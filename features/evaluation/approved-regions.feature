@R71 @R44 @R22
Feature: Deny everything outside the approved regions, except global services
  A common guard rail: deny every action when `aws:RequestedRegion` is not one of the approved regions. Global
  services such as IAM, STS, CloudFront, Route 53 and Support answer from `us-east-1` whatever region the team
  works in, so the deny is written with `NotAction`: it applies to every action *except* those listed.

  `NotAction` with `Deny` is not an allow for the listed actions: they are simply left to the other statements.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And the user "alice" has the policy "Admin":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Sid": "Admin", "Effect": "Allow", "Action": "*", "Resource": "*" }]
      }
      """
    And the user "alice" has the policy "ApprovedRegions":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyOutsideApprovedRegions",
            "Effect": "Deny",
            "NotAction": ["iam:*", "sts:*", "cloudfront:*", "route53:*", "support:*"],
            "Resource": "*",
            "Condition": { "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } }
          }
        ]
      }
      """

  Scenario Outline: Regional services only in approved regions
    When "alice" calls "<action>" on "*" with the context:
      | key                 | value    |
      | aws:RequestedRegion | <region> |
    Then the request is <decision>

    Examples:
      | action               | region       | decision          |
      | ec2:RunInstances     | eu-west-1    | allowed           |
      | ec2:RunInstances     | eu-central-1 | allowed           |
      | ec2:RunInstances     | us-east-1    | explicitly denied |
      | dynamodb:CreateTable | ap-south-1   | explicitly denied |
      | iam:CreateRole       | us-east-1    | allowed           |
      | sts:GetSessionToken  | us-east-1    | allowed           |

  Scenario: The deny names itself as the reason
    When "alice" calls "lambda:CreateFunction" on "*" with the context:
      | key                 | value     |
      | aws:RequestedRegion | us-west-2 |
    Then the request is explicitly denied
    And the deciding statement is "DenyOutsideApprovedRegions"
    And the deciding policy is "ApprovedRegions"
