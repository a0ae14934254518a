@R40 @R44
Feature: Conditions
  A Condition block narrows when a statement applies. Within a block every operator and every key must hold (AND);
  the values listed for one key are alternatives (OR). Condition key names are case-insensitive.

  When the request does not carry a key, a positive operator is false and a negated one (`StringNotEquals`,
  `NotIpAddress`, …) is true; `…IfExists` is true; `Null` tests whether the key is there at all.

  Scenario: A tag must equal one of the listed values
    Given the condition block:
      """json
      { "StringEquals": { "aws:PrincipalTag/team": ["blue", "green"] } }
      """
    Then the condition holds for the context:
      | key                   | value |
      | aws:principaltag/team | green |
    And the condition fails for the context:
      | key                   | value |
      | aws:PrincipalTag/team | red   |
    And the condition fails for a request without context

  Scenario: Negated operators hold when the key is missing
    Given the condition block:
      """json
      { "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } }
      """
    Then the condition holds for a request without context
    And the condition fails for the context:
      | key                 | value     |
      | aws:RequestedRegion | eu-west-1 |

  Scenario: IfExists only checks a key that is there
    Given the condition block:
      """json
      { "StringLikeIfExists": { "ec2:InstanceType": ["t3.*", "m5.*"] } }
      """
    Then the condition holds for a request without context
    And the condition holds for the context:
      | key              | value    |
      | ec2:InstanceType | t3.micro |
    And the condition fails for the context:
      | key              | value      |
      | ec2:InstanceType | p4d.24xlarge |

  Scenario: Several operators must all hold
    Given the condition block:
      """json
      { "IpAddress": { "aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"] },
        "Bool": { "aws:SecureTransport": "true" } }
      """
    Then the condition holds for the context:
      | key                 | value          |
      | aws:SourceIp        | 2001:db8::7    |
      | aws:SecureTransport | true           |
    And the condition fails for the context:
      | key                 | value          |
      | aws:SourceIp        | 203.0.113.9    |
      | aws:SecureTransport | false          |

  Scenario: Set operators over multivalued keys
    Given the condition block:
      """json
      { "ForAllValues:StringEquals": { "aws:TagKeys": ["team", "env"] } }
      """
    Then the condition holds for the context:
      | key         | value           |
      | aws:TagKeys | ["team"]        |
    And the condition fails for the context:
      | key         | value               |
      | aws:TagKeys | ["team", "owner"]   |
    And the condition holds for a request without context

  Scenario: Null tests whether a key is present
    Given the condition block:
      """json
      { "Null": { "aws:MultiFactorAuthAge": "true" } }
      """
    Then the condition holds for a request without context
    And the condition fails for the context:
      | key                    | value |
      | aws:MultiFactorAuthAge | 30    |
