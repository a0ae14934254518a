@R83 @R96
Feature: Anonymous callers reach only the services that take unsigned requests
  A resource policy whose Principal is `"*"` lets everyone in, anonymous callers included, but only where the service
  accepts a request that no AWS credentials signed. Amazon S3 does ("every interaction with Amazon S3 is either
  authenticated or anonymous"), and so do Amazon SQS, the subscription links of Amazon SNS, API Gateway and Lambda
  function URLs whose AuthType is NONE. Most services do not: "All KMS API calls must be signed", so a key policy that
  names `"*"` opens the key to every signed caller, never to an anonymous one.

  Background:
    Given an account "prod" with id "111122223333"
    And a bucket "website" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::website/*" }
        ]
      }
      """
    And a resource "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" with the resource policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*" }]
      }
      """
    And a resource "arn:aws:lambda:us-east-1:111122223333:function:hello" with the resource policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "lambda:InvokeFunctionUrl",
            "Resource": "arn:aws:lambda:us-east-1:111122223333:function:hello",
            "Condition": { "StringEquals": { "lambda:FunctionUrlAuthType": "NONE" } }
          }
        ]
      }
      """

  Scenario: A public object is readable without credentials
    Then an anonymous caller can call "s3:GetObject" on "arn:aws:s3:::website/index.html"

  Scenario: A key policy naming "*" does not open the key to an anonymous caller
    When an anonymous caller calls "kms:Decrypt" on "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    Then the request is implicitly denied

  Scenario: A function URL with AuthType NONE takes unsigned calls
    When an anonymous caller calls "lambda:InvokeFunctionUrl" on "arn:aws:lambda:us-east-1:111122223333:function:hello" with the context:
      | key                        | value |
      | lambda:FunctionUrlAuthType | NONE  |
    Then the request is allowed

  Scenario: A function URL with AuthType AWS_IAM takes only signed calls
    When an anonymous caller calls "lambda:InvokeFunctionUrl" on "arn:aws:lambda:us-east-1:111122223333:function:hello" with the context:
      | key                        | value   |
      | lambda:FunctionUrlAuthType | AWS_IAM |
    Then the request is implicitly denied
