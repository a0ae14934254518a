import { describe } from 'node:test';
import {
  A,
  ARN,
  allow,
  bundle,
  decisionTable,
  deny,
  doc,
  federatedUser,
  getObject,
  grant,
  request,
  roleSession,
} from './bundle-builder.js';

// Session policies limit sessions; a federated user session without one has no identity-derived permissions
// (R93, R94). Pages: access_policies.md#policies_session, id_credentials_temp_control-access_getfederationtoken.md.

const OBJ = 'arn:aws:s3:::data/*';
const readObjects = doc(allow('s3:GetObject', OBJ));
const onlyEc2 = doc(allow('ec2:*'));

describe('R93 session policies limit role sessions', () => {
  decisionTable([
    {
      title: "R93 a role session without a session policy keeps the role's permissions → Allow",
      bundle: bundle(roleSession({ identityPolicies: [readObjects] }), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R93 role and session policy both allow → Allow',
      bundle: bundle(roleSession({ identityPolicies: [readObjects], sessionPolicy: doc(allow('s3:*')) }), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R93 role allows, session policy does not → ImplicitDeny',
      bundle: bundle(roleSession({ identityPolicies: [readObjects], sessionPolicy: onlyEc2 }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R93 session policy allows, role does not: a session policy grants nothing → ImplicitDeny',
      bundle: bundle(roleSession({ identityPolicies: [onlyEc2], sessionPolicy: doc(allow('*')) }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R93 session policy denies → ExplicitDeny',
      bundle: bundle(
        roleSession({ identityPolicies: [readObjects], sessionPolicy: doc(allow('*'), deny('s3:GetObject')) }),
        getObject(),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title:
        'R93 the intersection is per action: PutObject allowed by the role, not by the session policy → ImplicitDeny',
      bundle: bundle(
        roleSession({ identityPolicies: [doc(allow('s3:*', OBJ))], sessionPolicy: readObjects }),
        request('s3:PutObject', ARN.object),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R93 a resource policy naming the role is limited by the session policy → ImplicitDeny',
      bundle: bundle(roleSession({ sessionPolicy: onlyEc2 }), getObject(), {
        resourcePolicy: doc(grant(ARN.role, 's3:GetObject', OBJ)),
      }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R93 a resource policy naming the session is not limited by the session policy → Allow',
      bundle: bundle(roleSession({ sessionPolicy: onlyEc2 }), getObject(), {
        resourcePolicy: doc(grant(ARN.session, 's3:GetObject', OBJ)),
      }),
      expected: 'Allow',
    },
  ]);
});

describe('R94 federated user sessions', () => {
  decisionTable([
    {
      title: 'R94 federated user without a session policy, identity allows → ImplicitDeny',
      bundle: bundle(federatedUser({ identityPolicies: [readObjects] }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R94 federated user without a session policy, resource policy names the federated user → Allow',
      bundle: bundle(federatedUser(), getObject(), { resourcePolicy: doc(grant(ARN.fed, 's3:GetObject', OBJ)) }),
      expected: 'Allow',
    },
    {
      title: 'R94 federated user without a session policy, resource policy names the account → ImplicitDeny',
      bundle: bundle(federatedUser({ identityPolicies: [readObjects] }), getObject(), {
        resourcePolicy: doc(grant(A, 's3:GetObject', OBJ)),
      }),
      expected: 'ImplicitDeny',
    },
    {
      title:
        'R94 federated user without a session policy, resource policy names the IAM user who federated → ImplicitDeny',
      bundle: bundle(federatedUser({ identityPolicies: [readObjects] }), getObject(), {
        resourcePolicy: doc(grant(ARN.alice, 's3:GetObject', OBJ)),
      }),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R93 federated user: identity and session policy both allow → Allow',
      bundle: bundle(
        federatedUser({ identityPolicies: [readObjects], sessionPolicy: doc(allow('s3:*')) }),
        getObject(),
      ),
      expected: 'Allow',
    },
    {
      title: 'R93 federated user: session policy allows, identity does not → ImplicitDeny',
      bundle: bundle(federatedUser({ identityPolicies: [onlyEc2], sessionPolicy: doc(allow('*')) }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R93 federated user: identity allows, session policy does not → ImplicitDeny',
      bundle: bundle(federatedUser({ identityPolicies: [readObjects], sessionPolicy: onlyEc2 }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R94 a federated user session cannot call STS operations other than GetCallerIdentity → ImplicitDeny',
      bundle: bundle(
        federatedUser({ identityPolicies: [doc(allow('sts:*'))], sessionPolicy: doc(allow('sts:*')) }),
        request('sts:DecodeAuthorizationMessage', '*'),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R93 federated user: session policy Deny → ExplicitDeny',
      bundle: bundle(
        federatedUser({ identityPolicies: [readObjects], sessionPolicy: doc(allow('*'), deny('s3:*')) }),
        getObject(),
        { resourcePolicy: doc(grant(ARN.fed, 's3:GetObject', OBJ)) },
      ),
      expected: 'ExplicitDeny',
    },
  ]);
});
