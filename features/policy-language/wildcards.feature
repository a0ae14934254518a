@R20 @R21 @R25
Feature: Wildcards in actions and resources
  `*` matches any run of characters and `?` exactly one. Actions are matched without regard to case; resources
  are matched exactly, case included. In an ARN, wildcards stay inside their segment: the first five colons
  (`arn:partition:service:region:account:`) are never crossed, but after them `*` spans `/` and `:` alike.
  Matching runs in linear time, so no pattern can make iamspec hang.

  Scenario Outline: Action patterns
    Then the action pattern "<pattern>" <result> "<action>"

    Examples:
      | pattern         | result         | action                |
      | s3:GetObject    | matches        | s3:getobject          |
      | s3:Get*         | matches        | s3:GetObjectVersion   |
      | s3:Get*         | does not match | s3:PutObject          |
      | s3:*Object?     | matches        | s3:PutObjects         |
      | *               | matches        | iam:CreateUser        |
      | ec2:*           | does not match | ec2messages:GetEndpoint |

  Scenario Outline: Resource patterns
    Then the resource pattern "<pattern>" <result> "<resource>"

    Examples:
      | pattern                                     | result         | resource                                          |
      | arn:aws:s3:::data/*                         | matches        | arn:aws:s3:::data/reports/2024/q1.csv             |
      | arn:aws:s3:::data/*                         | does not match | arn:aws:s3:::Data/report.csv                      |
      | arn:aws:s3:::data/report-??.csv             | matches        | arn:aws:s3:::data/report-07.csv                   |
      | arn:aws:iam::*:role/admin                   | matches        | arn:aws:iam::111122223333:role/admin              |
      | arn:aws:iam::*                              | does not match | arn:aws:iam::111122223333:role/admin             |
      | arn:aws:logs:*:*:log-group:app*             | matches        | arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:x |
      | *                                           | matches        | arn:aws:sqs:eu-west-1:111122223333:queue          |

  Scenario: A per-user home folder with a policy variable
    Then with the context below, the resource pattern "arn:aws:s3:::home/${aws:username}/*" matches "arn:aws:s3:::home/alice/notes.txt":
      | key          | value |
      | aws:username | alice |
    And with the context below, the resource pattern "arn:aws:s3:::home/${aws:username}/*" does not match "arn:aws:s3:::home/bob/notes.txt":
      | key          | value |
      | aws:username | alice |

  Scenario: A variable without a value matches nothing, unless it has a default
    Then with the context below, the resource pattern "arn:aws:s3:::home/${aws:username}/*" does not match "arn:aws:s3:::home/guest/x":
      | key        | value |
      | aws:userid | AIDAEXAMPLE |
    And with the context below, the resource pattern "arn:aws:s3:::home/${aws:username, 'guest'}/*" matches "arn:aws:s3:::home/guest/x":
      | key        | value |
      | aws:userid | AIDAEXAMPLE |
