import { describe, it } from 'node:test';
import { ARN, allow, bundle, deny, doc, request, roleSession, user } from './bundle-builder.js';
import { expectThreeWays } from './three-ways.js';

// R39, R110: IAM user and role names are unique ignoring case, so a Deny whose Principal spells the caller's user or
// role in another case still denies it (the looser match fails closed). An Allow keeps the exact comparison: there
// the looser match would grant more.

const OBJ = 'arn:aws:s3:::data/*';
const get = request('s3:GetObject', ARN.object);
const readAll = { identityPolicies: [doc(allow('s3:GetObject', OBJ))] };
const denyTo = (principal: string) => ({
  resourcePolicy: doc(deny('s3:GetObject', OBJ, { Principal: { AWS: principal } })),
});
const allowTo = (principal: string) => ({
  resourcePolicy: doc(allow('s3:GetObject', OBJ, { Principal: { AWS: principal } })),
});

describe('R39 a Deny names a user or role whatever the letter case of its name', () => {
  it('R39 Deny to user/ALICE, caller user/alice → ExplicitDeny', () => {
    expectThreeWays(bundle(user(readAll), get, denyTo(ARN.alice.replace('alice', 'ALICE'))), 'ExplicitDeny');
  });
  it('R39 Deny to role/APP, caller a session of role/app → ExplicitDeny', () => {
    expectThreeWays(bundle(roleSession(readAll), get, denyTo(ARN.role.replace('app', 'APP'))), 'ExplicitDeny');
  });
  it('R39 control: Deny to another user → Allow', () => {
    expectThreeWays(bundle(user(readAll), get, denyTo(ARN.bob)), 'Allow');
  });
  it('R39 an Allow to user/ALICE does not grant to user/alice (exact comparison) → ImplicitDeny', () => {
    expectThreeWays(bundle(user(), get, allowTo(ARN.alice.replace('alice', 'ALICE'))), 'ImplicitDeny');
  });
  it('R39 control: an Allow to user/alice grants to user/alice → Allow', () => {
    expectThreeWays(bundle(user(), get, allowTo(ARN.alice)), 'Allow');
  });
});
