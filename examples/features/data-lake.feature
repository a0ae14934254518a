Feature: Who can read the data lake
  The bucket policy of `acme-data-lake` lets analysts read curated data over TLS only.

  Background:
    Given our landing zone
    And a bucket "acme-data-lake" in account "prod" with the bucket policy from the file "policies/data-lake-bucket.json"
    And a role "analyst" in account "prod" that the account "prod" can assume
    And a role "etl" in account "prod" that the service "glue.amazonaws.com" can assume

  Scenario: Analysts read curated data, nothing else
    Then the access is:
      | principal    | action       | resource                                  | decision |
      | role analyst | s3:GetObject | arn:aws:s3:::acme-data-lake/curated/a.csv | allowed  |
      | role analyst | s3:GetObject | arn:aws:s3:::acme-data-lake/raw/a.csv     | denied   |
      | role analyst | s3:PutObject | arn:aws:s3:::acme-data-lake/curated/a.csv | denied   |
      | role etl     | s3:GetObject | arn:aws:s3:::acme-data-lake/curated/a.csv | denied   |

  Scenario: Plain HTTP is refused even for analysts
    When the role "analyst" calls "s3:GetObject" on "arn:aws:s3:::acme-data-lake/curated/a.csv" with the context:
      | key                 | value |
      | aws:SecureTransport | false |
    Then the request is explicitly denied
    And the deciding statement is "DenyInsecureTransport"
