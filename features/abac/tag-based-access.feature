@R29 @R100 @R102 @R103 @R127
Feature: Attribute-based access control with tags
  Instead of one policy per team, write one policy that compares tags: a principal may act on a resource when
  the resource's `team` tag equals the principal's own. `aws:PrincipalTag/team` comes from the tags of the user
  or role (and from session tags), `aws:ResourceTag/team` from the tags of the resource.

  New teams and new resources need no policy change: tagging them is enough.

  Background:
    Given an account "prod" with id "111122223333"
    And a managed policy "SameTeam" in account "prod" from the file "policies/same-team.json"
    And a user "alice" in account "prod"
    And the user "alice" has the tags:
      | key  | value |
      | team | blue  |
    And the managed policy "SameTeam" is attached to the user "alice"
    And a resource "arn:aws:ec2:eu-west-1:111122223333:instance/i-0blue"
    And the resource "arn:aws:ec2:eu-west-1:111122223333:instance/i-0blue" has the tags:
      | key  | value |
      | team | blue  |
    And a resource "arn:aws:ec2:eu-west-1:111122223333:instance/i-0green"
    And the resource "arn:aws:ec2:eu-west-1:111122223333:instance/i-0green" has the tags:
      | key  | value |
      | team | green |

  Scenario: A user acts only on resources of her own team
    Then the access is:
      | principal | action             | resource                                             | decision |
      | alice     | ec2:StartInstances | arn:aws:ec2:eu-west-1:111122223333:instance/i-0blue  | allowed  |
      | alice     | ec2:StopInstances  | arn:aws:ec2:eu-west-1:111122223333:instance/i-0blue  | allowed  |
      | alice     | ec2:StartInstances | arn:aws:ec2:eu-west-1:111122223333:instance/i-0green | denied   |

  Scenario: A role's tags work the same way
    Given a role "green-ops" in account "prod" that the account "prod" can assume
    And the role "green-ops" has the tags:
      | key  | value |
      | team | green |
    And the managed policy "SameTeam" is attached to the role "green-ops"
    Then the role "green-ops" can call "ec2:StopInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0green"
    And the role "green-ops" cannot call "ec2:StopInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0blue"

  Scenario: An untagged principal matches no team
    Given a user "bob" in account "prod"
    And the managed policy "SameTeam" is attached to the user "bob"
    Then "bob" cannot call "ec2:StartInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0blue"

  Scenario: Session tags set the team for one session
    Given a role "ops" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
            "Action": ["sts:AssumeRole", "sts:TagSession"]
          }
        ]
      }
      """
    And the managed policy "SameTeam" is attached to the role "ops"
    And the user "alice" has the policy "AssumeAndTag":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": ["sts:AssumeRole", "sts:TagSession"],
            "Resource": "arn:aws:iam::111122223333:role/ops"
          }
        ]
      }
      """
    When "alice" assumes the role "ops" as "green-shift" with the session tags:
      | key  | value |
      | team | green |
    Then the role assumption succeeds
    And "green-shift" can call "ec2:StartInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0green"
    And "green-shift" cannot call "ec2:StartInstances" on "arn:aws:ec2:eu-west-1:111122223333:instance/i-0blue"

  Scenario: Session tags need sts:TagSession
    Given a role "ops" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
            "Action": ["sts:AssumeRole", "sts:TagSession"]
          }
        ]
      }
      """
    And the user "alice" has the policy "AssumeOnly":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111122223333:role/ops" }
        ]
      }
      """
    When "alice" assumes the role "ops" as "green-shift" with the session tags:
      | key  | value |
      | team | green |
    Then the role assumption fails
    When "alice" assumes the role "ops" as "plain-shift"
    Then the role assumption succeeds
