import { describe } from 'node:test';
import {
  A,
  ARN,
  allow,
  B,
  bundle,
  decisionTable,
  doc,
  federatedUser,
  getObject,
  grant,
  type Json,
  refuse,
  request,
  roleSession,
  user,
} from './bundle-builder.js';

// Across accounts both sides must allow: the caller's identity policies (within its boundary and session policy)
// and the resource policy (R79). Page: reference_policies_evaluation-logic-cross-account.md.

const OBJ = 'arn:aws:s3:::data/*';
const inB = { resourceAccount: B };
const readObjects = doc(allow('s3:GetObject', OBJ));
const bucketPolicy = (...statements: Json[]) => ({ resourcePolicy: doc(...statements) });
const getFromB = () => getObject(inB);

describe('R79 cross-account: both sides must allow', () => {
  decisionTable([
    {
      title: 'R79 identity Allow and bucket policy naming the user → Allow',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getFromB(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R79 identity Allow and bucket policy naming the caller account → Allow',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getFromB(),
        bucketPolicy(grant(A, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R79 identity Allow and bucket policy allowing "*" → Allow',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getFromB(),
        bucketPolicy(allow('s3:GetObject', OBJ, { Principal: '*' })),
      ),
      expected: 'Allow',
    },
    {
      title: 'R79 identity Allow, no resource policy → ImplicitDeny',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getFromB()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 identity Allow, bucket policy naming another account → ImplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getFromB(),
        bucketPolicy(grant('999988887777', 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 bucket policy naming the user but no identity Allow → ImplicitDeny',
      bundle: bundle(user(), getFromB(), bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 bucket policy allowing "*" but no identity Allow → ImplicitDeny',
      bundle: bundle(user(), getFromB(), bucketPolicy(allow('s3:GetObject', OBJ, { Principal: '*' }))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 bucket policy Deny naming the caller account → ExplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects] }),
        getFromB(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ), refuse(A, 's3:GetObject', OBJ)),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R79 user-ARN grant across accounts is limited by the boundary → ImplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('ec2:*')) }),
        getFromB(),
        bucketPolicy(grant(ARN.alice, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R79 cross-account role sessions', () => {
  decisionTable([
    {
      title: 'R79 a direct grant to the session ARN still needs the identity policy → ImplicitDeny',
      bundle: bundle(roleSession(), getFromB(), bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 a direct grant to the session ARN with identity Allow → Allow',
      bundle: bundle(
        roleSession({ identityPolicies: [readObjects] }),
        getFromB(),
        bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R79 a grant to the session ARN is limited by the boundary across accounts → ImplicitDeny',
      bundle: bundle(
        roleSession({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('ec2:*')) }),
        getFromB(),
        bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 a grant to the session ARN is limited by the session policy across accounts → ImplicitDeny',
      bundle: bundle(
        roleSession({ identityPolicies: [readObjects], sessionPolicy: doc(allow('ec2:*')) }),
        getFromB(),
        bucketPolicy(grant(ARN.session, 's3:GetObject', OBJ)),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 a grant to the role ARN with identity Allow → Allow',
      bundle: bundle(
        roleSession({ identityPolicies: [readObjects] }),
        getFromB(),
        bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
    {
      title: 'R79 a grant to the role ARN without identity Allow → ImplicitDeny',
      bundle: bundle(roleSession(), getFromB(), bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 identity, boundary and session policy all allow, bucket policy names the role → Allow',
      bundle: bundle(
        roleSession({
          identityPolicies: [readObjects],
          permissionsBoundary: doc(allow('s3:*')),
          sessionPolicy: doc(allow('s3:GetObject')),
        }),
        getFromB(),
        bucketPolicy(grant(ARN.role, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
  ]);
});

describe('R79 cross-account federated users', () => {
  decisionTable([
    {
      title: 'R79 a grant to the federated-user ARN without a session policy → ImplicitDeny',
      bundle: bundle(federatedUser(), getFromB(), bucketPolicy(grant(ARN.fed, 's3:GetObject', OBJ))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 a grant to the federated-user ARN with identity and session policy allowing → Allow',
      bundle: bundle(
        federatedUser({ identityPolicies: [readObjects], sessionPolicy: readObjects }),
        getFromB(),
        bucketPolicy(grant(ARN.fed, 's3:GetObject', OBJ)),
      ),
      expected: 'Allow',
    },
  ]);
});

describe('R79 which account a resource is in', () => {
  const sqs = (queue: string) => request('sqs:SendMessage', queue);
  const sendAny = { identityPolicies: [doc(allow('sqs:SendMessage'))] };
  decisionTable([
    {
      title: 'R79 a queue ARN naming another account makes the request cross-account → ImplicitDeny',
      bundle: bundle(user(sendAny), sqs(ARN.queueB)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R79 a queue ARN naming the caller account is same-account → Allow',
      bundle: bundle(user(sendAny), sqs(ARN.queueA)),
      expected: 'Allow',
    },
    {
      title: 'R79 a queue in another account whose policy names the caller → Allow',
      bundle: bundle(user(sendAny), sqs(ARN.queueB), bucketPolicy(grant(ARN.alice, 'sqs:SendMessage', ARN.queueB))),
      expected: 'Allow',
    },
    {
      title: 'R79 an S3 ARN names no account: without resourceAccount the bucket is the caller account → Allow',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R79 resourceAccount given as the caller account is same-account → Allow',
      bundle: bundle(user({ identityPolicies: [readObjects] }), getObject({ resourceAccount: A })),
      expected: 'Allow',
    },
  ]);
});
