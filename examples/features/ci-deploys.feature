Feature: CI deploys to prod through a role
  The CI user in `tools` may assume `deployer` in `prod`, which may upload releases and nothing else.

  Background:
    Given our landing zone
    And a bucket "acme-releases" in account "prod"
    And a role "deployer" in account "prod" that the account "tools" can assume
    And the role "deployer" has the policy "Deploy" from the file "policies/deployer.json"
    And a user "ci" in account "tools"
    And the user "ci" has the policy "AssumeDeployer" from the file "policies/ci-deploy.json"

  Scenario: CI assumes the deployer role and uploads a release
    When "ci" assumes the role "arn:aws:iam::111122223333:role/deployer" as "release-42"
    Then the role assumption succeeds
    And "release-42" can call "s3:PutObject" on "arn:aws:s3:::acme-releases/v42.zip"
    But "release-42" cannot call "s3:DeleteObject" on "arn:aws:s3:::acme-releases/v41.zip"

  Scenario: Nobody else in tools can
    Given a user "intern" in account "tools"
    When "intern" assumes the role "arn:aws:iam::111122223333:role/deployer" as "intern-session"
    Then the role assumption fails
