@R70 @R73 @R23
Feature: Least privilege for a deployment pipeline
  Grant only what a job needs, on only the resources it needs, and prove it: the table below is the contract of
  the `deployer` role, including what it must *not* be able to do. A change that widens the policy turns a
  `denied` row red; a change that breaks the pipeline turns an `allowed` row red. Every wrong row is reported,
  not only the first.

  Background:
    Given an account "prod" with id "111122223333"
    And a bucket "artifacts" in account "prod"
    And a bucket "customer-data" in account "prod"
    And a role "deployer" in account "prod" that the service "codebuild.amazonaws.com" can assume
    And the role "deployer" has the policy "Deploy" from the file "policies/deployer.json"

  Scenario: The deployer can do its job and nothing else
    Then the access is:
      | principal     | action                    | resource                                                | decision |
      | role deployer | s3:GetObject              | arn:aws:s3:::artifacts/build-42/app.zip                 | allowed  |
      | role deployer | s3:PutObject              | arn:aws:s3:::artifacts/build-42/app.zip                 | allowed  |
      | role deployer | s3:DeleteObject           | arn:aws:s3:::artifacts/build-42/app.zip                 | denied   |
      | role deployer | s3:GetObject              | arn:aws:s3:::customer-data/export.csv                   | denied   |
      | role deployer | lambda:UpdateFunctionCode | arn:aws:lambda:eu-west-1:111122223333:function:shop-api | allowed  |
      | role deployer | lambda:UpdateFunctionCode | arn:aws:lambda:eu-west-1:111122223333:function:billing  | denied   |
      | role deployer | lambda:DeleteFunction     | arn:aws:lambda:eu-west-1:111122223333:function:shop-api | denied   |
      | role deployer | iam:CreateUser            | *                                                       | denied   |

  Scenario Outline: Wildcards are scoped to the service's own functions
    When the role "deployer" calls "lambda:UpdateFunctionCode" on "arn:aws:lambda:<region>:111122223333:function:<function>"
    Then the request is <decision>

    Examples:
      | region    | function    | decision |
      | eu-west-1 | shop-api    | allowed  |
      | eu-west-1 | shop-worker | allowed  |
      | us-east-1 | shop-api    | denied   |
      | eu-west-1 | billing     | denied   |
