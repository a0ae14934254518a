@expected-failure @R164
Feature: Expected failures: a duration out of range
  A duration is a whole number of seconds, minutes, hours or days, from 0 up to 36500 days. A longer one is refused
  at the step that gives it, with the valid range, rather than breaking the scenario's clock for the steps after it.

  Scenario: Time passing by more than a hundred years
    Fails with: "99999999999999999999999999999 days" is out of range: a duration is 0 to 3153600000 seconds

    Given an account "prod" with id "111122223333"
    When 99999999999999999999999999999 days pass

  Scenario: A session duration beyond the range
    Fails with: "3153600001 seconds" is out of range

    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    When "alice" gets a session token as "t" for 3153600001 seconds
