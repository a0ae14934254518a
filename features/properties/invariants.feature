Feature: Properties: invariants that hold for every request
  A scenario with `When … calls …` checks one request. A property checks a sentence about all of them: "the
  intern can never call any IAM action", "nobody outside prod can read the payroll bucket", "a deny in this SCP
  always wins". iamspec checks such a sentence in two ways at once:

  - exhaustively over what is finite: every action of the AWS action catalogue that the pattern matches, and
    every modelled resource (for `*`, also a generic resource of each action's type in the account, named
    `iamspec-any`);
  - with fast-check over what is not: request contexts (source IP, MFA, TLS, region, time, request tags and every
    key the model's policies read, with values taken from the policies' own conditions, values just beside them,
    and random ones), names matching resource patterns, and principals the model does not hold (users, roles,
    root users of other and unknown accounts, assumed to hold every permission their own account can grant,
    anonymous callers, AWS services acting for other accounts).

  Each property tries 200 generated cases (set `IAMSPEC_RUNS` to change that). When one breaks the sentence,
  fast-check shrinks it to the smallest case it can, and the step fails with that case as an `iamspec simulate`
  bundle, the engine's reasons, the seed and the path. Every run prints its seed; to replay a failure exactly, run
  the scenario again with the printed `IAMSPEC_SEED` and `IAMSPEC_PATH` (or `--world-parameters
  '{"seed": …, "path": "…"}'`). The scenarios tagged `@expected-failure` below hold deliberately broken policies to
  show what a counterexample looks like; `npm run scenarios:expected-failures` runs them and succeeds only when
  they fail. See docs/properties.md.

  Background:
    Given an account "management" with id "999999999999"
    And an account "prod" with id "111111111111"
    And an account "dev" with id "222222222222"
    And an account "partner" with id "333333333333" outside the organization
    And an organization whose management account is "management"
    And the account "prod" is in the organizational unit "Root/Workloads/Prod"
    And the account "dev" is in the organizational unit "Root/Workloads/Dev"
    And a user "intern" in account "prod"
    And the user "intern" has the policy "ReadOnly":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "Read", "Effect": "Allow", "Action": ["s3:Get*", "s3:List*", "ec2:Describe*"], "Resource": "*" },
          {
            "Sid": "OfficeOnly",
            "Effect": "Deny",
            "Action": "*",
            "Resource": "*",
            "Condition": { "NotIpAddress": { "aws:SourceIp": "203.0.113.0/24" } }
          }
        ]
      }
      """
    And a role "payroll-app" in account "prod" that the service "lambda.amazonaws.com" can assume
    And a bucket "payroll" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "OnlyThePayrollApp",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": ["arn:aws:s3:::payroll", "arn:aws:s3:::payroll/*"],
            "Condition": { "StringNotEquals": { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/payroll-app" } }
          },
          {
            "Sid": "PayrollApp",
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::111111111111:role/payroll-app" },
            "Action": ["s3:GetObject", "s3:PutObject"],
            "Resource": "arn:aws:s3:::payroll/*"
          }
        ]
      }
      """

  Scenario: The intern can never call any IAM action
    The intern reads S3 and EC2 from the office network and nothing else. The property asks about each of the
    catalogue's IAM actions on every modelled resource and a generic IAM resource of prod, in 200 generated
    request contexts.

    Then "intern" can never call any "iam:*" action on "*"

  Scenario: Least privilege as an upper bound
    Every catalogue action outside the table is denied to the intern, on every resource, in every context tried.
    The table is an upper bound: it does not say the listed actions are allowed.

    Then "intern" can call only these actions on "*":
      | action        |
      | s3:Get*       |
      | s3:List*      |
      | ec2:Describe* |

  Scenario: Nobody outside prod can touch the payroll bucket
    Outsiders include dev's and partner's principals, principals of accounts the model does not know (assumed to
    be administrators of their own account), anonymous callers and AWS services acting for other accounts. Object
    names matching `payroll/*` are generated.

    Then no principal outside account "prod" can call any "s3:*" action on "arn:aws:s3:::payroll/*"

  Scenario: Only the payroll application reads and writes payroll objects
    Every other principal of the model is checked too, root user of prod included: the bucket policy's Deny binds
    it (only the bucket-policy actions stay open to it, R99, and `s3:*Object` names none of them).

    Then only these principals can call any "s3:*Object" action on "arn:aws:s3:::payroll/*":
      | principal   |
      | payroll-app |

  Scenario: Shared reports stay inside the organization
    Given a bucket "shared-reports" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "OurAccounts",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::shared-reports/*",
            "Condition": { "StringEquals": { "aws:PrincipalAccount": ["111111111111", "222222222222"] } }
          }
        ]
      }
      """
    Then no principal outside the organization can call any "s3:*" action on "arn:aws:s3:::shared-reports/*"

  @R86 @R87
  Scenario: A deny in an SCP on the workloads OU always wins
    Requests are generated from the SCP's own Deny statements, for principals of prod and dev; the condition
    on aws:PrincipalArn is met and missed both ways.

    Given the SCP "DenyLeave" is attached to "Root/Workloads":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Sid": "NoLeaving", "Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*" },
          {
            "Sid": "KeepTheTrail",
            "Effect": "Deny",
            "Action": ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail"],
            "Resource": "*",
            "Condition": { "ArnNotLike": { "aws:PrincipalArn": "arn:aws:iam::*:role/security-*" } }
          }
        ]
      }
      """
    Then for any request, an explicit deny in the SCP "DenyLeave" wins

  @expected-failure
  Scenario: A forgotten break-glass statement lets the intern into IAM (fails on purpose)
    Any request that carries the tag `break-glass=yes` gets every IAM action. fast-check draws the tag value from
    the policy itself and shrinks the context down to the one key that matters.

    Given the user "intern" has the policy "BreakGlass":
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "BreakGlass",
            "Effect": "Allow",
            "Action": "iam:*",
            "Resource": "*",
            "Condition": { "StringEquals": { "aws:RequestTag/break-glass": "yes" } }
          }
        ]
      }
      """
    Then "intern" can never call any "iam:*" action on "*"

  @expected-failure
  Scenario: A CloudTrail bucket policy without aws:SourceAccount lets other accounts' trails write (fails on purpose)
    The policy lets the CloudTrail service write, but not only for prod's trails: any account's trail can write
    into the bucket (the confused-deputy problem). The counterexample is CloudTrail acting for another account.

    Given a bucket "audit-logs" in account "prod" with the bucket policy:
      """json
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "CloudTrailWrites",
            "Effect": "Allow",
            "Principal": { "Service": "cloudtrail.amazonaws.com" },
            "Action": "s3:PutObject",
            "Resource": "arn:aws:s3:::audit-logs/*"
          }
        ]
      }
      """
    Then no principal outside account "prod" can call any "s3:*" action on "arn:aws:s3:::audit-logs/*"
