@R80 @R135
Feature: Web identity and SAML federation
  People and workloads that sign in outside AWS get a role session from STS by presenting a token from their
  identity provider: an OpenID Connect token (`AssumeRoleWithWebIdentity`) or a SAML assertion
  (`AssumeRoleWithSAML`). The call itself is not signed by AWS credentials; the role's trust policy decides
  alone. It names the provider as a `Federated` principal and should pin the token's audience, and often the
  subject, with conditions.

  Background:
    Given an account "prod" with id "111122223333"

  Scenario: A GitHub Actions workflow of one repository assumes a deployment role
    Given a role "gha-deploy" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
              "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
              "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/shop:*" }
            }
          }
        ]
      }
      """
    When a web identity user "repo:acme/shop:ref:refs/heads/main" of "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" for the audience "sts.amazonaws.com" assumes the role "gha-deploy" as "gha-main"
    Then the role assumption succeeds
    When a web identity user "repo:evil/fork:ref:refs/heads/main" of "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" for the audience "sts.amazonaws.com" assumes the role "gha-deploy" as "gha-fork"
    Then the role assumption fails

  Scenario: A Google sign-in for one application
    Given a role "mobile" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "Federated": "accounts.google.com" },
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": { "StringEquals": { "accounts.google.com:aud": "my-app.apps.googleusercontent.com" } }
          }
        ]
      }
      """
    When a web identity user "1234567890" of "accounts.google.com" for the audience "my-app.apps.googleusercontent.com" assumes the role "mobile" as "user-1234567890"
    Then the role assumption succeeds
    When a web identity user "1234567890" of "accounts.google.com" for the audience "another-app" assumes the role "mobile" as "user-1234567890"
    Then the role assumption fails

  Scenario: A SAML identity provider signs people in to a role
    Given a role "sso-admin" in account "prod" with the trust policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "Federated": "arn:aws:iam::111122223333:saml-provider/Okta" },
            "Action": "sts:AssumeRoleWithSAML",
            "Condition": { "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" } }
          }
        ]
      }
      """
    When a SAML user of "arn:aws:iam::111122223333:saml-provider/Okta" assumes the role "sso-admin" as "jane@example.com" with the attributes:
      | key      | value                              |
      | SAML:aud | https://signin.aws.amazon.com/saml |
      | SAML:sub | jane@example.com                   |
    Then the role assumption succeeds
    When a SAML user of "arn:aws:iam::111122223333:saml-provider/Other" assumes the role "sso-admin" as "jane@example.com" with the attributes:
      | key      | value                              |
      | SAML:aud | https://signin.aws.amazon.com/saml |
    Then the role assumption fails
