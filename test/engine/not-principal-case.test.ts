import { describe, it } from 'node:test';
import {
  A,
  ARN,
  allow,
  bundle,
  deny,
  doc,
  federatedUser,
  type Json,
  request,
  roleSession,
  service,
  user,
} from './bundle-builder.js';
import { expectThreeWays } from './three-ways.js';

// R85, R110: IAM user and role names are unique ignoring case, so in the Allow reading of NotPrincipal (which must
// fail closed) an entry that equals one of the caller's identities ignoring case names it, and the statement does not
// grant to it. In the Deny reading the comparison stays exact: there a looser match would exempt more callers.

const OBJ = 'arn:aws:s3:::data/*';
const get = request('s3:GetObject', ARN.object);
const allowExcept = (except: Json) => ({ resourcePolicy: doc(allow('s3:GetObject', OBJ, { NotPrincipal: except })) });

describe('R85 NotPrincipal with Allow names a caller whatever the letter case of its name', () => {
  it('R85 reviewer repro: NotPrincipal user/TEST-USER, caller user/test-user → ImplicitDeny', () => {
    expectThreeWays(
      {
        principal: {
          kind: 'user',
          arn: 'arn:aws:iam::123456789012:user/test-user',
          account: '123456789012',
          identityPolicies: [],
        },
        request: { action: 's3:GetObject', resource: 'arn:aws:s3:::mybucket/testobject' },
        resourcePolicy: doc(
          allow('s3:GetObject', 'arn:aws:s3:::mybucket/testobject', {
            NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/TEST-USER' },
          }),
        ),
      },
      'ImplicitDeny',
    );
  });

  it('R85 a role session whose role is named in another case → ImplicitDeny', () => {
    expectThreeWays(bundle(roleSession(), get, allowExcept({ AWS: `arn:aws:iam::${A}:role/APP` })), 'ImplicitDeny');
  });

  it('R85 a role session whose session ARN is named in another case → ImplicitDeny', () => {
    expectThreeWays(
      bundle(roleSession(), get, allowExcept({ AWS: `arn:aws:sts::${A}:assumed-role/App/S1` })),
      'ImplicitDeny',
    );
  });

  it('R85 a federated user whose IAM user is named in another case → ImplicitDeny', () => {
    const fed = federatedUser({ sessionPolicy: doc(allow('*')) });
    expectThreeWays(bundle(fed, get, allowExcept({ AWS: `arn:aws:iam::${A}:user/Alice` })), 'ImplicitDeny');
  });

  it('R85 a service named in another case → ImplicitDeny', () => {
    expectThreeWays(bundle(service(), get, allowExcept({ Service: 'CloudTrail.amazonaws.com' })), 'ImplicitDeny');
  });

  it('R85 another user, whatever its case, still leaves the caller in → Allow (control)', () => {
    expectThreeWays(bundle(user(), get, allowExcept({ AWS: `arn:aws:iam::${A}:user/BOB` })), 'Allow');
  });
});

describe('R85 NotPrincipal with Deny keeps exact comparison', () => {
  const readAll = { identityPolicies: [doc(allow('s3:*'))] };
  const denyExcept = (...arns: string[]) => ({
    resourcePolicy: doc(deny('s3:GetObject', OBJ, { NotPrincipal: { AWS: arns } })),
  });

  it('R85 the user named in another case is not exempt → ExplicitDeny', () => {
    expectThreeWays(bundle(user(readAll), get, denyExcept(`arn:aws:iam::${A}:user/ALICE`, ARN.rootA)), 'ExplicitDeny');
  });

  it('R85 the user named exactly, with its account, is exempt → Allow (control)', () => {
    expectThreeWays(bundle(user(readAll), get, denyExcept(ARN.alice, ARN.rootA)), 'Allow');
  });
});
