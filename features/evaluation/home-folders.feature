@R29 @R31
Feature: A home folder for every user, from one policy
  One policy can serve every user when it names the user with a policy variable. `${aws:username}` is replaced,
  request by request, with the name of the IAM user who asks, so `home/${aws:username}/*` is alice's folder for
  alice and bob's for bob. A role session has no `aws:username`, so the same resource matches nothing for it.

  The group `staff` holds the policy once; every member gets exactly their own folder.

  Background:
    Given an account "prod" with id "111122223333"
    And a bucket "data" in account "prod"
    And a group "staff" in account "prod"
    And a user "alice" in account "prod"
    And a user "bob" in account "prod"
    And the user "alice" is a member of the group "staff"
    And the user "bob" is a member of the group "staff"
    And the group "staff" has the policy "HomeFolder" from the file "policies/home-folder.json"

  Scenario: Each user reads and writes only inside their own folder
    Then the access is:
      | principal | action          | resource                                | decision |
      | alice     | s3:GetObject    | arn:aws:s3:::data/home/alice/notes.txt  | allowed  |
      | alice     | s3:PutObject    | arn:aws:s3:::data/home/alice/draft.docx | allowed  |
      | alice     | s3:GetObject    | arn:aws:s3:::data/home/bob/notes.txt    | denied   |
      | bob       | s3:DeleteObject | arn:aws:s3:::data/home/bob/old.txt      | allowed  |
      | bob       | s3:GetObject    | arn:aws:s3:::data/home/alice/notes.txt  | denied   |

  Scenario Outline: Listing is limited to one's own prefix
    When "<user>" calls "s3:ListBucket" on "arn:aws:s3:::data" with the context:
      | key       | value    |
      | s3:prefix | <prefix> |
    Then the request is <decision>

    Examples:
      | user  | prefix        | decision |
      | alice | home/alice/   | allowed  |
      | alice | home/bob/     | denied   |
      | bob   | home/bob/2024 | allowed  |

  Scenario: A role session has no user name, so the variable matches nothing
    Given a role "app" in account "prod" that the service "ec2.amazonaws.com" can assume
    And the role "app" has the policy "HomeFolder" from the file "policies/home-folder.json"
    Then the role "app" cannot call "s3:GetObject" on "arn:aws:s3:::data/home/app/notes.txt"
