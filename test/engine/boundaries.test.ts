import { describe } from 'node:test';
import {
  ARN,
  allow,
  bundle,
  decisionTable,
  deny,
  doc,
  getObject,
  grant,
  request,
  roleSession,
  user,
  when,
} from './bundle-builder.js';

// Permissions boundaries limit identity-policy grants and grant nothing themselves (R81, R82).
// Page: access_policies_boundaries.md.

const OBJ = 'arn:aws:s3:::data/*';
const readObjects = doc(allow('s3:GetObject', OBJ));

describe('R81 identity policy and boundary must both allow', () => {
  decisionTable([
    {
      title: 'R81 identity Allow within a boundary that allows → Allow',
      bundle: bundle(user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('s3:*')) }), getObject()),
      expected: 'Allow',
    },
    {
      title: 'R81 identity Allow outside the boundary → ImplicitDeny',
      bundle: bundle(user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('ec2:*')) }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R81 boundary for another resource → ImplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('s3:*', 'arn:aws:s3:::other/*')) }),
        getObject(),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R81 boundary Allow whose condition fails → ImplicitDeny',
      bundle: bundle(
        user({
          identityPolicies: [readObjects],
          permissionsBoundary: doc(allow('s3:*', '*', when('StringEquals', 'aws:RequestedRegion', 'eu-west-1'))),
        }),
        getObject({ context: { 'aws:RequestedRegion': 'us-east-1' } }),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R81 boundary Allow whose condition holds → Allow',
      bundle: bundle(
        user({
          identityPolicies: [readObjects],
          permissionsBoundary: doc(allow('s3:*', '*', when('StringEquals', 'aws:RequestedRegion', 'eu-west-1'))),
        }),
        getObject({ context: { 'aws:RequestedRegion': 'eu-west-1' } }),
      ),
      expected: 'Allow',
    },
    {
      title: 'R81 boundary wider than the identity policy: only what identity allows → ImplicitDeny for PutObject',
      bundle: bundle(
        user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('s3:*')) }),
        request('s3:PutObject', ARN.object),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R81 Deny in the boundary → ExplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('*'), deny('s3:GetObject')) }),
        getObject(),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R81 role session: identity Allow outside the boundary → ImplicitDeny',
      bundle: bundle(
        roleSession({ identityPolicies: [readObjects], permissionsBoundary: doc(allow('ec2:*')) }),
        getObject(),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R81 role session: identity, boundary and session policy all allow → Allow',
      bundle: bundle(
        roleSession({
          identityPolicies: [readObjects],
          permissionsBoundary: doc(allow('s3:*')),
          sessionPolicy: doc(allow('s3:Get*')),
        }),
        getObject(),
      ),
      expected: 'Allow',
    },
    {
      title: 'R81 a boundary limits identity grants but not a same-account grant to the user ARN → Allow',
      bundle: bundle(user({ permissionsBoundary: doc(allow('ec2:*')) }), getObject(), {
        resourcePolicy: doc(grant(ARN.alice, 's3:GetObject', OBJ)),
      }),
      expected: 'Allow',
    },
  ]);
});

describe('R82 a boundary grants nothing by itself', () => {
  decisionTable([
    {
      title: 'R82 boundary allows everything, no identity policy → ImplicitDeny',
      bundle: bundle(user({ permissionsBoundary: doc(allow('*')) }), getObject()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R82 boundary allows the action, identity allows another → ImplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [doc(allow('ec2:*'))], permissionsBoundary: doc(allow('s3:GetObject')) }),
        getObject(),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R82 role session: boundary allows everything, role has no policy → ImplicitDeny',
      bundle: bundle(roleSession({ permissionsBoundary: doc(allow('*')) }), getObject()),
      expected: 'ImplicitDeny',
    },
  ]);
});
