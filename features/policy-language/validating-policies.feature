@R1 @R2
Feature: Validating policy documents
  Before iamspec decides anything, it reads every policy the way IAM does and says precisely what is wrong with it.
  Each problem is a diagnostic with a code, a severity and a JSON path such as `Statement[0].Effect`, so that a
  reviewer can find it at once. Errors make a policy unusable; warnings are advice, for instance a misspelled
  action that IAM would accept but that can never match anything.

  The same checks run on the command line: `iamspec validate policy.json`.

  Scenario: A clean identity policy has no diagnostics
    Given the identity policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "ReadReports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
            "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"] }
        ]
      }
      """
    When I validate it
    Then it has no diagnostics

  Scenario: A misspelled action is a warning that suggests the real one
    Given the identity policy:
      """json
      { "Version": "2012-10-17",
        "Statement": { "Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*" } }
      """
    When I validate it
    Then it has no errors
    And there is a warning "action-unknown" at "Statement.Action" saying "s3:GetObject"

  Scenario: Effect is case-sensitive
    Given the identity policy:
      """json
      { "Version": "2012-10-17",
        "Statement": [ { "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" } ] }
      """
    When I validate it
    Then there is an error "effect-invalid" at "Statement[0].Effect" saying "Allow"

  Scenario: An identity policy cannot name a Principal
    Given the identity policy:
      """json
      { "Version": "2012-10-17",
        "Statement": [ { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*" } ] }
      """
    When I validate it
    Then there is an error "principal-not-allowed" at "Statement[0].Principal"

  Scenario: A bucket policy must name a Principal
    Given the resource policy:
      """json
      { "Version": "2012-10-17",
        "Statement": [ { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*" } ] }
      """
    When I validate it
    Then there is an error "principal-missing" at "Statement[0]"

  Scenario: A wildcard cannot stand in the service part of an action
    Given the identity policy:
      """json
      { "Version": "2012-10-17",
        "Statement": [ { "Effect": "Allow", "Action": "s*:GetObject", "Resource": "*" } ] }
      """
    When I validate it
    Then there is an error "action-service-wildcard" at "Statement[0].Action"

  Scenario: A condition value must make sense for its operator
    Given the identity policy:
      """json
      { "Version": "2012-10-17",
        "Statement": [ { "Effect": "Allow", "Action": "ec2:*", "Resource": "*",
          "Condition": { "IpAddress": { "aws:SourceIp": "203.0.113.0/33" } } } ] }
      """
    When I validate it
    Then there is an error "condition-bad-value" at "Statement[0].Condition.IpAddress.aws:SourceIp"
