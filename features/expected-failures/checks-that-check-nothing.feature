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
