import { describe } from 'node:test';
import {
  A,
  ARN,
  allow,
  anonymous,
  B,
  bundle,
  decisionTable,
  deny,
  doc,
  federatedUser,
  getObject,
  type Json,
  outsider,
  root,
  roleSession,
  service,
  user,
} from './bundle-builder.js';

// A resource-policy Deny with NotPrincipal (R84, R85). Page: reference_policies_elements_notprincipal.md.
// Every caller here also has an Allow, so the decision is Allow when exempt and ExplicitDeny when not.

const OBJ = 'arn:aws:s3:::data/*';
const readAll = { identityPolicies: [doc(allow('s3:*'))] };
const boundary = { permissionsBoundary: doc(allow('*')) };

/** A bucket policy that denies s3:* to everyone except `except` (a NotPrincipal element) and allows `*` to read. */
function exceptFor(except: Json): Json {
  return {
    resourcePolicy: doc(allow('s3:GetObject', OBJ, { Principal: '*' }), deny('s3:*', OBJ, { NotPrincipal: except })),
  };
}
const awsExcept = (...arns: string[]) => exceptFor({ AWS: arns });
const sessionTriple = awsExcept(ARN.session, ARN.role, ARN.rootA);

describe('R84 NotPrincipal Deny always applies to callers with a permissions boundary', () => {
  decisionTable([
    {
      title: 'R84 user named with its account, no boundary → Allow',
      bundle: bundle(user(readAll), getObject(), awsExcept(ARN.alice, ARN.rootA)),
      expected: 'Allow',
    },
    {
      title: 'R84 user named with its account, with a boundary → ExplicitDeny',
      bundle: bundle(user({ ...readAll, ...boundary }), getObject(), awsExcept(ARN.alice, ARN.rootA)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R84 role session named with role and account, no boundary → Allow',
      bundle: bundle(roleSession(readAll), getObject(), sessionTriple),
      expected: 'Allow',
    },
    {
      title: 'R84 role session named with role and account, with a boundary → ExplicitDeny',
      bundle: bundle(roleSession({ ...readAll, ...boundary }), getObject(), sessionTriple),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R84 federated user named with its account, with a boundary → ExplicitDeny',
      bundle: bundle(
        federatedUser({ ...readAll, ...boundary, sessionPolicy: doc(allow('*')) }),
        getObject(),
        awsExcept(ARN.fed, ARN.rootA),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R84 a boundary makes NotPrincipal apply across accounts too → ExplicitDeny',
      bundle: bundle(
        outsider({ ...readAll, ...boundary }),
        getObject({ resourceAccount: A }),
        awsExcept(ARN.carlos, ARN.rootB),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R84 an outsider named with its account and no boundary → Allow',
      bundle: bundle(outsider(readAll), getObject({ resourceAccount: A }), awsExcept(ARN.carlos, ARN.rootB)),
      expected: 'Allow',
    },
  ]);
});

describe('R85 NotPrincipal exempts only when every identity of the caller is named', () => {
  decisionTable([
    {
      title: 'R85 role session: session ARN, role ARN and account named → Allow',
      bundle: bundle(roleSession(readAll), getObject(), sessionTriple),
      expected: 'Allow',
    },
    {
      title: 'R85 role session: role ARN missing → ExplicitDeny',
      bundle: bundle(roleSession(readAll), getObject(), awsExcept(ARN.session, ARN.rootA)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 role session: account missing → ExplicitDeny',
      bundle: bundle(roleSession(readAll), getObject(), awsExcept(ARN.session, ARN.role)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 role session: session ARN missing → ExplicitDeny',
      bundle: bundle(roleSession(readAll), getObject(), awsExcept(ARN.role, ARN.rootA)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 role session: another session of the role named → ExplicitDeny',
      bundle: bundle(roleSession(readAll), getObject(), awsExcept(ARN.otherSession, ARN.role, ARN.rootA)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 role session: account given as a bare id works like the account ARN → Allow',
      bundle: bundle(roleSession(readAll), getObject(), awsExcept(ARN.session, ARN.role, A)),
      expected: 'Allow',
    },
    {
      title: 'R85 user: user ARN and account named → Allow',
      bundle: bundle(user(readAll), getObject(), awsExcept(ARN.alice, ARN.rootA)),
      expected: 'Allow',
    },
    {
      title: 'R85 user: only the user ARN named → ExplicitDeny',
      bundle: bundle(user(readAll), getObject(), awsExcept(ARN.alice)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 user: only the account named → ExplicitDeny',
      bundle: bundle(user(readAll), getObject(), awsExcept(ARN.rootA)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 user: another user of the account named → ExplicitDeny',
      bundle: bundle(user(readAll), getObject(), awsExcept(ARN.bob, ARN.rootA)),
      expected: 'ExplicitDeny',
    },
    {
      // R78 lets a statement naming the IAM user who federated cover the federated user, so it is named too.
      title: 'R85 federated user: its ARN, the IAM user who federated and the account named → Allow',
      bundle: bundle(
        federatedUser({ ...readAll, sessionPolicy: doc(allow('*')) }),
        getObject(),
        awsExcept(ARN.fed, ARN.alice, ARN.rootA),
      ),
      expected: 'Allow',
    },
    {
      title: 'R85 federated user: only the IAM user who federated and the account named → ExplicitDeny',
      bundle: bundle(
        federatedUser({ ...readAll, sessionPolicy: doc(allow('*')) }),
        getObject(),
        awsExcept(ARN.alice, ARN.rootA),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 root user: its account named → Allow',
      bundle: bundle(root(), getObject(), awsExcept(ARN.rootA)),
      expected: 'Allow',
    },
    {
      title: 'R85 root user: another account named → ExplicitDeny',
      bundle: bundle(root(), getObject(), awsExcept(ARN.rootB)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 root user of B: B named → Allow',
      bundle: bundle(root(B), getObject({ resourceAccount: A }), awsExcept(B)),
      expected: 'Allow',
    },
    {
      title: 'R85 anonymous caller is never exempt by an AWS entry → ExplicitDeny',
      bundle: bundle(anonymous(), getObject(), awsExcept(ARN.alice, ARN.rootA)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 service principal named under Service → Allow',
      bundle: bundle(service(), getObject(), exceptFor({ Service: 'cloudtrail.amazonaws.com' })),
      expected: 'Allow',
    },
    {
      title: 'R85 service principal not named → ExplicitDeny',
      bundle: bundle(service(), getObject(), exceptFor({ Service: 'config.amazonaws.com' })),
      expected: 'ExplicitDeny',
    },
  ]);
});
