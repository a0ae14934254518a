@expected-failure @R164
Feature: Expected failures: a check that checks nothing
  A scenario is a claim about access. One that makes requests but states no expectation, or looks for empty text in
  a reason, would pass whatever the engine decided. iamspec fails such a scenario, with one line that says what to
  add. These scenarios fail on purpose; `npm run scenarios:expected-failures` checks that each fails with the
  message its description declares.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a role "app" in account "prod" that the account "prod" can assume
    And a bucket "data" in account "prod"

  Scenario: A scenario that makes a request and expects nothing
    Fails with: this scenario states no expectation, so it checks nothing: add a Then step

    When "alice" calls "s3:DeleteObject" on "arn:aws:s3:::data/x"

  Scenario: A reason that must mention nothing
    Fails with: the text to look for in the reason is empty, so it would match any reason

    When "alice" assumes the role "app" as "s"
    Then the role assumption fails with a reason that mentions ""

  Scenario: A context value that AWS could never send
    Fails with: the value "10.0.0.300" of 'aws:SourceIp' in the request context is not an IPv4 or IPv6 address

    When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/x" with the context:
      | key          | value      |
      | aws:SourceIp | 10.0.0.300 |
    Then the request is denied

  Scenario: A Bool key with a misspelt value in an access table
    Fails with: the value "ture" of 'aws:SecureTransport'

    Then the access is:
      | principal | action       | resource            | aws:SecureTransport | decision |
      | alice     | s3:GetObject | arn:aws:s3:::data/x | ture                | denied   |
