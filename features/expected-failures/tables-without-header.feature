@expected-failure @R163
Feature: Expected failures: a table needs its header row
  Cucumber reads the first row of every data table as its header. A one-row table written without a header is
  therefore a header with no rows: an access table that checks nothing, a context table that adds no key. iamspec
  refuses such a table, and shows the header it needs. These scenarios fail on purpose;
  `npm run scenarios:expected-failures` checks that each fails with the message its description declares.

  Background:
    Given an account "prod" with id "111122223333"
    And a user "alice" in account "prod"
    And a role "app" in account "prod" that the service "ec2.amazonaws.com" can assume
    And a bucket "data" in account "prod"

  Scenario: An access table without its header row
    Fails with: the access table needs the header row | principal | action | resource | decision |
    Fails with: its first row is | role app | s3:DeleteObject | arn:aws:s3:::data/x | allowed |

    Then the access is:
      | role app | s3:DeleteObject | arn:aws:s3:::data/x | allowed |

  Scenario: An access table with its header row but no rows
    Fails with: the access table has its header row but no rows under it

    Then the access is:
      | principal | action | resource | decision |

  Scenario: A context table without its header row
    Fails with: the context table needs the header row | key | value |

    When "alice" calls "s3:GetObject" on "arn:aws:s3:::data/x" with the context:
      | aws:SourceIp | 203.0.113.10 |

  Scenario: A tag table without its header row
    Fails with: the tag table needs the header row | key | value |

    Given the user "alice" has the tags:
      | team | payroll |

  Scenario: A tag table whose header names other columns
    Fails with: the tag table needs the header row | key | value |; its first row is | name | value |

    Given the resource "data" has the tags:
      | name | value   |
      | team | payroll |

  Scenario: Session tags without their header row
    Fails with: the session tag table needs the header row | key | value |

    When "alice" assumes the role "app" as "s" with the session tags:
      | project | blue |

  Scenario: SAML attributes without their header row
    Fails with: the SAML attribute table needs the header row | key | value |

    When a SAML user of "arn:aws:iam::111122223333:saml-provider/corp" assumes the role "app" as "s" with the attributes:
      | saml:sub | jane |

  Scenario: A list of actions without its header row
    Fails with: the action table needs the header row | action |

    Then "alice" can call only these actions on "*":
      | s3:GetObject |
