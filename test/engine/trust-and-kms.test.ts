import { describe } from 'node:test';
import {
  A,
  ARN,
  allow,
  B,
  bundle,
  decisionTable,
  deny,
  doc,
  grant,
  type Json,
  outsider,
  request,
  root,
  roleSession,
  user,
} from './bundle-builder.js';

// Role trust policies and KMS key policies must allow the principal explicitly: identity policies alone never
// suffice, not even for the root user (R80). Pages: reference_policies_evaluation-logic.md ("IAM role trust policies
// and KMS key policies are exceptions to this logic"), AWS KMS Developer Guide control-access.html.

const assume = (role: string = ARN.targetRole) => request('sts:AssumeRole', role);
const decrypt = (key: string = ARN.keyA) => request('kms:Decrypt', key);
const mayAssume = { identityPolicies: [doc(allow('sts:AssumeRole', ARN.targetRole))] };
const mayAssumeB = { identityPolicies: [doc(allow('sts:AssumeRole', ARN.targetRoleB))] };
const mayDecrypt = { identityPolicies: [doc(allow('kms:Decrypt', '*'))] };
const trust = (...statements: Json[]) => ({ resourcePolicy: doc(...statements) });
const keyPolicy = trust;

describe('R80 role trust policies must allow', () => {
  decisionTable([
    {
      title: 'R80 identity allows AssumeRole, no trust policy → ImplicitDeny',
      bundle: bundle(user(mayAssume), assume()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 identity allows AssumeRole, trust policy names another account → ImplicitDeny',
      bundle: bundle(user(mayAssume), assume(), trust(grant(ARN.rootB, 'sts:AssumeRole'))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 identity allows AssumeRole, trust policy trusts a service only → ImplicitDeny',
      bundle: bundle(
        user(mayAssume),
        assume(),
        trust({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } }),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 identity allows everything, no trust policy → ImplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('*'))] }), assume()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 trust policy names the account and identity allows → Allow',
      bundle: bundle(user(mayAssume), assume(), trust(grant(ARN.rootA, 'sts:AssumeRole'))),
      expected: 'Allow',
    },
    {
      title: 'R80 trust policy names the account but identity does not allow (R74) → ImplicitDeny',
      bundle: bundle(user(), assume(), trust(grant(ARN.rootA, 'sts:AssumeRole'))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 trust policy names the user, same account, no identity policy (R75) → Allow',
      bundle: bundle(user(), assume(), trust(grant(ARN.alice, 'sts:AssumeRole'))),
      expected: 'Allow',
    },
    {
      title: 'R80 trust policy names the calling role, limited by its boundary (R76) → ImplicitDeny',
      bundle: bundle(
        roleSession({ permissionsBoundary: doc(allow('s3:*')) }),
        assume(),
        trust(grant(ARN.role, 'sts:AssumeRole')),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 trust policy Deny → ExplicitDeny',
      bundle: bundle(
        user(mayAssume),
        assume(),
        trust(grant(ARN.rootA, 'sts:AssumeRole'), {
          Effect: 'Deny',
          Action: 'sts:AssumeRole',
          Principal: { AWS: ARN.alice },
        }),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R80 cross-account: trust names the caller account and identity allows → Allow',
      bundle: bundle(user(mayAssumeB), assume(ARN.targetRoleB), trust(grant(ARN.rootA, 'sts:AssumeRole'))),
      expected: 'Allow',
    },
    {
      title: 'R80 cross-account: trust names the caller but identity does not allow → ImplicitDeny',
      bundle: bundle(user(), assume(ARN.targetRoleB), trust(grant(ARN.alice, 'sts:AssumeRole'))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 cross-account: identity allows, no trust policy → ImplicitDeny',
      bundle: bundle(outsider({ identityPolicies: [doc(allow('sts:AssumeRole'))] }), assume()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 AssumeRoleWithSAML also needs the trust policy → ImplicitDeny',
      bundle: bundle(
        user({ identityPolicies: [doc(allow('sts:*'))] }),
        request('sts:AssumeRoleWithSAML', ARN.targetRole),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 root user, no trust policy → ImplicitDeny',
      bundle: bundle(root(), assume()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R106 root user cannot assume a role even when the trust policy names its account → ImplicitDeny',
      bundle: bundle(root(), assume(), trust(grant(ARN.rootA, 'sts:AssumeRole'))),
      expected: 'ImplicitDeny',
    },
  ]);
});

describe('R80 KMS key policies must allow', () => {
  decisionTable([
    {
      title: 'R80 identity allows kms:Decrypt, no key policy → ImplicitDeny',
      bundle: bundle(user(mayDecrypt), decrypt()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 identity allows kms:*, key policy names only another user → ImplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('kms:*'))] }), decrypt(), keyPolicy(grant(ARN.bob, 'kms:*'))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 key policy enables IAM policies (names the account) and identity allows → Allow',
      bundle: bundle(user(mayDecrypt), decrypt(), keyPolicy(grant(ARN.rootA, 'kms:*'))),
      expected: 'Allow',
    },
    {
      title: 'R80 key policy names the account but identity does not allow (R74) → ImplicitDeny',
      bundle: bundle(user(), decrypt(), keyPolicy(grant(ARN.rootA, 'kms:*'))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 key policy names the user: the key policy alone allows (R75) → Allow',
      bundle: bundle(user(), decrypt(), keyPolicy(grant(ARN.alice, 'kms:Decrypt'))),
      expected: 'Allow',
    },
    {
      title: 'R80 key policy names the role of the session, no identity policy (R76) → Allow',
      bundle: bundle(roleSession(), decrypt(), keyPolicy(grant(ARN.role, 'kms:Decrypt'))),
      expected: 'Allow',
    },
    {
      title: 'R80 key policy Deny beats the identity Allow → ExplicitDeny',
      bundle: bundle(
        user(mayDecrypt),
        decrypt(),
        keyPolicy(grant(ARN.rootA, 'kms:*'), { ...deny('kms:Decrypt'), Principal: { AWS: ARN.alice } }),
      ),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R80 cross-account key: key policy names the caller account and identity allows → Allow',
      bundle: bundle(user(mayDecrypt), decrypt(ARN.keyB), keyPolicy(grant(A, 'kms:Decrypt'))),
      expected: 'Allow',
    },
    {
      title: 'R80 cross-account key: identity allows, no key policy → ImplicitDeny',
      bundle: bundle(user(mayDecrypt), decrypt(ARN.keyB)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 root user, no key policy → ImplicitDeny',
      bundle: bundle(root(), decrypt()),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 root user, key policy names only a user → ImplicitDeny',
      bundle: bundle(root(), decrypt(), keyPolicy(grant(ARN.alice, 'kms:*'))),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 root user, key policy names its account → Allow',
      bundle: bundle(root(), decrypt(), keyPolicy(grant(ARN.rootA, 'kms:*'))),
      expected: 'Allow',
    },
    {
      title: 'R80 root user of another account, key policy names that account → Allow',
      bundle: bundle(root(B), decrypt(), keyPolicy(grant(B, 'kms:Decrypt'))),
      expected: 'Allow',
    },
    {
      title: 'R80 kms:CreateKey involves no key, so an identity policy alone allows it → Allow',
      bundle: bundle(user({ identityPolicies: [doc(allow('kms:CreateKey'))] }), request('kms:CreateKey', '*')),
      expected: 'Allow',
    },
  ]);
});
