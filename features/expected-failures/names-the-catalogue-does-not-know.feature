@expected-failure @R159 @R160
Feature: Expected failures: actions and condition keys that AWS does not have
  AWS denies a request for an action it does not have, and a policy that names one, or a condition key that no
  service documents, simply never matches. A `cannot call` check of a misspelt action, or a Deny conditioned on a
  misspelt key, would therefore pass while checking nothing. In scenarios such a name fails the step, with the
  nearest real name. A name newer than the catalogue can be declared (see
  features/policy-language/names-newer-than-the-catalogue.feature).

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a bucket "data" in account "prod"

  Scenario: A request for a misspelt action
    Fails with: unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?

    When "alice" calls "s3:GetObjekt" on "arn:aws:s3:::data/x"

  Scenario: A cannot-call check of a misspelt action
    Fails with: unknown action 's3:DeleteObjekt'; did you mean 's3:DeleteObject'?

    Then "alice" cannot call "s3:DeleteObjekt" on "arn:aws:s3:::data/x"

  Scenario: An access table row with a misspelt action
    Fails with: unknown action 's3:PutObjekt'; did you mean 's3:PutObject'?

    Then the access is:
      | principal | action       | resource            | decision |
      | alice     | s3:GetObject | arn:aws:s3:::data/x | denied   |
      | alice     | s3:PutObjekt | arn:aws:s3:::data/x | denied   |

  Scenario: A scenario policy with a misspelt action
    Fails with: unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?

    Given the user "alice" has the policy "Read":
      """json
      { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*" }] }
      """

  Scenario: A scenario policy with an action pattern that matches nothing
    Fails with: action pattern 's3:Fetch*' matches no 's3' action

    Given the user "alice" has the policy "Read":
      """json
      { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "s3:Fetch*", "Resource": "*" }] }
      """

  Scenario: A property over an action pattern that matches nothing
    Fails with: no action in the AWS action catalogue matches "s3:Fetch*"

    Then "alice" can never call any "s3:Fetch*" action on "*"

  Scenario: A scenario policy with a misspelt condition key
    Fails with: unknown condition key 'aws:SecureTransprot'; did you mean 'aws:SecureTransport'?

    Given the bucket "data" has the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "DenyPlainHttp",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": "arn:aws:s3:::data/*",
            "Condition": { "Bool": { "aws:SecureTransprot": "false" } }
          }
        ]
      }
      """

  Scenario: A request with a misspelt context key
    Fails with: unknown condition key 'aws:SoruceIp' in the request context; did you mean 'aws:SourceIp'?

    When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/x" with the context:
      | key          | value        |
      | aws:SoruceIp | 203.0.113.10 |

  Scenario: An access table with a misspelt context column
    Fails with: unknown condition key 'aws:SourceIpp' in the request context; did you mean 'aws:SourceIp'?

    Then the access is:
      | principal | action       | resource            | aws:SourceIpp | decision |
      | alice     | s3:GetObject | arn:aws:s3:::data/x | 203.0.113.10  | denied   |

  Scenario: A property about a misspelt action
    Fails with: no action in the AWS action catalogue matches "s3:GetObjekt": unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?

    Then "alice" can never call any "s3:GetObjekt" action on "*"
