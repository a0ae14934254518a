import { describe } from 'node:test';
import type { Decision } from '../../src/engine/decision.js';
import {
  A,
  ARN,
  allow,
  bundle,
  type DecisionCase,
  decisionTable,
  deny,
  doc,
  ec2Session,
  federatedUser,
  getObject,
  grant,
  type Json,
  named,
  refuse,
  roleSession,
  user,
  when,
} from './bundle-builder.js';

// Same-account evaluation: the three decisions, explicit deny, and how identity and resource policies combine
// (R70–R78). Pages: reference_policies_evaluation-logic.md, reference_policies_elements_principal.md.

const OBJ = 'arn:aws:s3:::data/*';
const readObjects = doc(allow('s3:GetObject', OBJ));
const readOther = doc(allow('s3:GetObject', 'arn:aws:s3:::other/*'));
const denyRead = doc(deny('s3:GetObject', OBJ));
const bucketPolicy = (...statements: Json[]) => ({ resourcePolicy: doc(...statements) });

describe('R70 three decisions', () => {
  decisionTable([
    { title: 'R70 no policy at all → ImplicitDeny', bundle: bundle(user(), getObject()), expected: 'ImplicitDeny' },
    {
      title: 'R70 an applicable Allow → Allow',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R70 an Allow for another resource → ImplicitDeny',
      bundle: bundle(user({ identityPolicies: [readOther] }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R70 an Allow for another action → ImplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('s3:PutObject', OBJ))] }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R70 an Allow whose condition fails → ImplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [doc(allow('s3:GetObject', OBJ, when('Bool', 'aws:SecureTransport', 'true')))] }),
        getObject({ context: { 'aws:SecureTransport': 'false' } }),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R70 an applicable Deny → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [denyRead] }), getObject()),
      expected: 'ExplicitDeny',
    },
  ]);
});

describe('R71 an applicable Deny in any policy wins', () => {
  decisionTable([
    {
      title: 'R71 Deny and Allow in the same identity policy → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('s3:*', '*'), deny('s3:GetObject', OBJ))] }), getObject()),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R71 Deny in the resource policy beats an identity Allow → ExplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getObject(),
        bucketPolicy(refuse(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R71 identity Deny beats a resource-policy Allow naming the user → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [denyRead] }), getObject(), bucketPolicy(grant(ARN.alice, 's3:*', OBJ))),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R71 Deny in the boundary → ExplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('*'), deny('s3:GetObject', OBJ)) }),
        getObject(),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R71 Deny in the session policy → ExplicitDeny',
      bundle: bundle(
        roleSession({ identityPolicies: [readObjects], sessionPolicy: doc(allow('*'), deny('s3:GetObject', OBJ)) }),
        getObject(),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R71 a resource-policy Deny naming someone else does not apply → Allow',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getObject(),
        bucketPolicy(refuse(ARN.bob, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R71 a Deny whose condition fails does not apply → Allow',
      bundle: bundle(
        user({
          identityPolicies: [
            doc(allow('s3:GetObject', OBJ), deny('s3:*', '*', when('Bool', 'aws:SecureTransport', 'false'))),
          ],
        }),
        getObject({ context: { 'aws:SecureTransport': 'true' } }),
      ),
      expected: 'Allow',
    },
    {
      title: 'R71 a Deny with NotAction covering the action → ExplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [doc(allow('*'), { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })] }),
        getObject(),
      ),
      expected: 'ExplicitDeny',
    },
  ]);
});

describe('R72 whose identity policies count', () => {
  decisionTable([
    {
      title: "R72 a user's group policy allows (second of several policies) → Allow",
      bundle: bundle(
        user({ identityPolicies: [named('own', allow('ec2:*')), named('group-readers', allow('s3:GetObject', OBJ))] }),
        getObject(),
      ),
      expected: 'Allow',
    },
    {
      title: "R72 a user's group policy denies what the user's own policy allows → ExplicitDeny",
      bundle: bundle(
        user({ identityPolicies: [named('own', allow('s3:*')), named('group-guard', deny('s3:GetObject'))] }),
        getObject(),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: "R72 a role session has its role's policies → Allow",
      bundle: bundle(roleSession({ identityPolicies: [readObjects] }), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R72 a role session whose role has no policy → ImplicitDeny',
      bundle: bundle(roleSession(), getObject()),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R73 same account: identity or resource policy is enough', () => {
  decisionTable([
    {
      title: 'R73 identity Allow, no resource policy → Allow',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R73 identity Allow, resource policy that names someone else → Allow',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getObject(), bucketPolicy(grant(ARN.bob, 's3:*', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R73 resource-policy Allow naming the user, no identity policy → Allow',
      bundle: bundle(user(), getObject(), bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R73 both allow → Allow',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getObject(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R73 resource policy names someone else, no identity policy → ImplicitDeny',
      bundle: bundle(user(), getObject(), bucketPolicy(grant(ARN.bob, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R73 resource policy allows another action only → ImplicitDeny',
      bundle: bundle(user(), getObject(), bucketPolicy(grant(ARN.alice, 's3:PutObject', OBJ))),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R74 a resource policy naming the account delegates to it', () => {
  decisionTable([
    {
      title: 'R74 bucket policy names the account id, no identity Allow → ImplicitDeny',
      bundle: bundle(user(), getObject(), bucketPolicy(grant(A, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R74 bucket policy names arn:aws:iam::ACCT:root, no identity Allow → ImplicitDeny',
      bundle: bundle(user(), getObject(), bucketPolicy(grant(ARN.rootA, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R74 bucket policy names the account and the identity policy allows → Allow',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getObject(),
        bucketPolicy(grant(ARN.rootA, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R74 account grant to a role session without identity Allow → ImplicitDeny',
      bundle: bundle(roleSession(), getObject(), bucketPolicy(grant(A, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R74 account grant with identity Allow but a boundary without Allow → ImplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(A, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R74 account grant to a federated user: identity and session policy must allow → Allow',
      bundle: bundle(
        federatedUser({ identityPolicies: [readObjects], sessionPolicy: readObjects }),
        getObject(),
        bucketPolicy(grant(A, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
  ]);
});

describe('R75 same account: a grant to the IAM user ARN', () => {
  decisionTable([
    {
      title: 'R75 user-ARN grant, no identity policy → Allow',
      bundle: bundle(user(), getObject(), bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R75 user-ARN grant is not limited by a boundary that does not allow → Allow',
      bundle: bundle(
        user({ permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R75 user-ARN grant is not limited by identity policies for other things → Allow',
      bundle: bundle(
        user({ identityPolicies: [readOther] }),
        getObject(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R75 user-ARN grant but the boundary denies explicitly → ExplicitDeny',
      bundle: bundle(
        user({ permissionsBoundary: doc(allow('*'), deny('s3:GetObject')) }),
        getObject(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R75 a grant to another user of the account does not cover alice → ImplicitDeny',
      bundle: bundle(user(), getObject(), bucketPolicy(grant(ARN.bob, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R76 same account: a grant to the role ARN of a session', () => {
  decisionTable([
    {
      title: 'R76 role-ARN grant, no identity policy, nothing else limiting → Allow',
      bundle: bundle(roleSession(), getObject(), bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R76 role-ARN grant is limited by the boundary → ImplicitDeny',
      bundle: bundle(
        roleSession({ permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R76 role-ARN grant is limited by the session policy → ImplicitDeny',
      bundle: bundle(
        roleSession({ sessionPolicy: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R76 role-ARN grant within a boundary and session policy that allow → Allow',
      bundle: bundle(
        roleSession({ permissionsBoundary: doc(allow('s3:*')), sessionPolicy: doc(allow('s3:GetObject')) }),
        getObject(),
        bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R76 role-ARN grant does not need the identity policies to allow → Allow',
      bundle: bundle(
        roleSession({ identityPolicies: [readOther], permissionsBoundary: doc(allow('s3:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R76 a grant to another role does not cover the session → ImplicitDeny',
      bundle: bundle(roleSession(), getObject(), bucketPolicy(grant(ARN.ec2Role, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R77 same account: a grant to the session ARN or "*"', () => {
  decisionTable([
    {
      title: 'R77 session-ARN grant, no identity policy → Allow',
      bundle: bundle(roleSession(), getObject(), bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R77 session-ARN grant is not limited by a boundary without Allow → Allow',
      bundle: bundle(
        roleSession({ permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R77 session-ARN grant is not limited by a session policy without Allow → Allow',
      bundle: bundle(
        roleSession({ sessionPolicy: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R77 session-ARN grant still loses to a boundary Deny → ExplicitDeny',
      bundle: bundle(
        roleSession({ permissionsBoundary: doc(allow('*'), deny('s3:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ)),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R77 a grant to another session of the same role does not cover this one → ImplicitDeny',
      bundle: bundle(roleSession(), getObject(), bucketPolicy(grant(ARN.otherSession, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R77 "*" grant is not limited by boundary or session policy → Allow',
      bundle: bundle(
        roleSession({ permissionsBoundary: doc(allow('ec2:*')), sessionPolicy: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(allow('s3:GetObject', OBJ, { Principal: '*' })),
      ),
      expected: 'Allow',
    },
    {
      title: 'R77 "*" with an aws:PrincipalArn condition on the role is not limited by the boundary → Allow',
      bundle: bundle(
        roleSession({ permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(
          allow('s3:GetObject', OBJ, { Principal: '*', ...when('ArnEquals', 'aws:PrincipalArn', ARN.role) }),
        ),
      ),
      expected: 'Allow',
    },
    {
      title: 'R77 "*" grant loses to an identity Deny → ExplicitDeny',
      bundle: bundle(
        roleSession({ identityPolicies: [denyRead] }),
        getObject(),
        bucketPolicy(allow('s3:GetObject', OBJ, { Principal: '*' })),
      ),
      expected: 'ExplicitDeny',
    },
  ]);
});

describe('R78 same account: federated users', () => {
  decisionTable([
    {
      title: 'R78 federated-user-ARN grant, no session policy, no identity policy → Allow',
      bundle: bundle(federatedUser(), getObject(), bucketPolicy(grant(ARN.fed, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R78 federated-user-ARN grant is not limited by a session policy without Allow → Allow',
      bundle: bundle(
        federatedUser({ sessionPolicy: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.fed, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R78 federated-user-ARN grant is not limited by a boundary without Allow → Allow',
      bundle: bundle(
        federatedUser({ permissionsBoundary: doc(allow('ec2:*')), sessionPolicy: doc(allow('*')) }),
        getObject(),
        bucketPolicy(grant(ARN.fed, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R78 grant to the IAM user who federated, within a session policy that allows → Allow',
      bundle: bundle(
        federatedUser({ sessionPolicy: doc(allow('s3:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R78 grant to the IAM user who federated is limited by the session policy → ImplicitDeny',
      bundle: bundle(
        federatedUser({ sessionPolicy: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R78 grant to the IAM user who federated is limited by the boundary → ImplicitDeny',
      bundle: bundle(
        federatedUser({ permissionsBoundary: doc(allow('ec2:*')), sessionPolicy: doc(allow('*')) }),
        getObject(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R78 a resource-policy Deny naming the IAM user who federated covers the federated user → ExplicitDeny',
      bundle: bundle(
        federatedUser({ identityPolicies: [readObjects], sessionPolicy: doc(allow('*')) }),
        getObject(),
        bucketPolicy(refuse(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'ExplicitDeny',
    },
  ]);
});

// The same-account table of reference_policies_evaluation-logic.md: for each principal named in the resource policy,
// does an implicit deny in the boundary / the session policy limit the grant?
describe('R75–R78 same-account table with an implicit deny in the boundary or the session policy', () => {
  const noBoundaryAllow = { permissionsBoundary: doc(allow('ec2:*')) };
  const noSessionAllow = { sessionPolicy: doc(allow('ec2:*')) };
  const sessionAllowsAll = { sessionPolicy: doc(allow('*')) };
  const rows: readonly [
    rule: string,
    name: string,
    principal: string,
    caller: (more: Json) => Json,
    b: string,
    s: string,
  ][] = [
    ['R75', 'the IAM user ARN', ARN.alice, user, 'Allow', 'n/a'],
    ['R76', 'the role ARN', ARN.role, roleSession, 'ImplicitDeny', 'ImplicitDeny'],
    ['R77', 'the role-session ARN', ARN.session, roleSession, 'Allow', 'Allow'],
    ['R77', '"*"', '*', roleSession, 'Allow', 'Allow'],
    ['R78', 'the federated-user ARN', ARN.fed, federatedUser, 'Allow', 'Allow'],
    ['R78', 'the IAM user who federated', ARN.alice, federatedUser, 'ImplicitDeny', 'ImplicitDeny'],
    ['R74', 'the account', A, roleSession, 'ImplicitDeny', 'ImplicitDeny'],
  ];
  const cases = rows.flatMap(([rule, name, principal, caller, boundary, session]): DecisionCase[] => {
    const policy = bucketPolicy(grant(principal, 's3:GetObject', OBJ));
    // Users carry no session policy; sessions get one that allows everything, so only the boundary can limit.
    const boundaryOnly = caller === user ? noBoundaryAllow : { ...noBoundaryAllow, ...sessionAllowsAll };
    const out: DecisionCase[] = [
      {
        title: `${rule} grant to ${name}, boundary without Allow → ${boundary}`,
        bundle: bundle(caller(boundaryOnly), getObject(), policy),
        expected: boundary as Decision,
      },
    ];
    if (session !== 'n/a') {
      out.push({
        title: `${rule} grant to ${name}, session policy without Allow → ${session}`,
        bundle: bundle(caller(noSessionAllow), getObject(), policy),
        expected: session as Decision,
      });
    }
    return out;
  });
  decisionTable(cases);
});

// An EC2 instance's role session reading an S3 object: the four combinations of role permission and bucket policy.
describe('EC2 role and S3 bucket policy', () => {
  const roleAllows = { identityPolicies: [named('ec2-app-s3', allow('s3:GetObject', OBJ))] };
  const roleDenies = { identityPolicies: [named('ec2-app-guard', deny('s3:GetObject', OBJ))] };
  decisionTable([
    {
      title: 'R73 role allows, no bucket policy → Allow',
      bundle: bundle(ec2Session(roleAllows), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R71 role allows, bucket policy denies the role → ExplicitDeny',
      bundle: bundle(ec2Session(roleAllows), getObject(), bucketPolicy(refuse(ARN.ec2Role, 's3:GetObject', OBJ))),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R71 role allows, bucket policy denies "*" → ExplicitDeny',
      bundle: bundle(ec2Session(roleAllows), getObject(), bucketPolicy(deny('s3:GetObject', OBJ, { Principal: '*' }))),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R77 no role permission, bucket policy allows the instance session → Allow',
      bundle: bundle(ec2Session(), getObject(), bucketPolicy(grant(ARN.ec2Session, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R76 no role permission, bucket policy allows the role → Allow',
      bundle: bundle(ec2Session(), getObject(), bucketPolicy(grant(ARN.ec2Role, 's3:GetObject', OBJ))),
      expected: 'Allow',
    },
    {
      title: 'R76 no role permission, bucket policy allows the role, boundary without Allow → ImplicitDeny',
      bundle: bundle(
        ec2Session({ permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.ec2Role, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R77 no role permission, bucket policy allows the session, boundary without Allow → Allow',
      bundle: bundle(
        ec2Session({ permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
        bucketPolicy(grant(ARN.ec2Session, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R71 role denies, bucket policy allows the role → ExplicitDeny',
      bundle: bundle(ec2Session(roleDenies), getObject(), bucketPolicy(grant(ARN.ec2Role, 's3:GetObject', OBJ))),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R71 role denies, bucket policy allows the session → ExplicitDeny',
      bundle: bundle(ec2Session(roleDenies), getObject(), bucketPolicy(grant(ARN.ec2Session, 's3:GetObject', OBJ))),
      expected: 'ExplicitDeny',
    },
  ]);
});
