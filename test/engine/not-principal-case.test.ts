import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { Decision } from '../../src/engine/decision.js';
import { referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import type { JsonValue } from '../../src/policy/json-value.js';
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

// R85, R110: IAM user and role names are unique ignoring case, so in the Allow reading of NotPrincipal (which must
// fail closed) an entry that equals one of the caller's identities ignoring case names it, and the statement does not
// grant to it. In the Deny reading the comparison stays exact: there a looser match would exempt more callers.

function decide(json: Json): { engine: Decision; explained: Decision; reference: Decision } {
  const parsed = parseBundle(json as unknown as JsonValue, 'test');
  if (parsed.bundle === undefined) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
  return {
    engine: simulate(parsed.bundle).decision,
    explained: simulate(parsed.bundle, { explain: true }).decision,
    reference: referenceDecision(parsed.bundle).decision,
  };
}

function expectAll(json: Json, expected: Decision): void {
  expect(decide(json)).to.deep.equal({ engine: expected, explained: expected, reference: expected });
}

const OBJ = 'arn:aws:s3:::data/*';
const get = request('s3:GetObject', ARN.object);
const allowExcept = (except: Json) => ({ resourcePolicy: doc(allow('s3:GetObject', OBJ, { NotPrincipal: except })) });

describe('R85 NotPrincipal with Allow names a caller whatever the letter case of its name', () => {
  it('R85 reviewer repro: NotPrincipal user/TEST-USER, caller user/test-user → ImplicitDeny', () => {
    expectAll(
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
    expectAll(bundle(roleSession(), get, allowExcept({ AWS: `arn:aws:iam::${A}:role/APP` })), 'ImplicitDeny');
  });

  it('R85 a role session whose session ARN is named in another case → ImplicitDeny', () => {
    expectAll(
      bundle(roleSession(), get, allowExcept({ AWS: `arn:aws:sts::${A}:assumed-role/App/S1` })),
      'ImplicitDeny',
    );
  });

  it('R85 a federated user whose IAM user is named in another case → ImplicitDeny', () => {
    const fed = federatedUser({ sessionPolicy: doc(allow('*')) });
    expectAll(bundle(fed, get, allowExcept({ AWS: `arn:aws:iam::${A}:user/Alice` })), 'ImplicitDeny');
  });

  it('R85 a service named in another case → ImplicitDeny', () => {
    expectAll(bundle(service(), get, allowExcept({ Service: 'CloudTrail.amazonaws.com' })), 'ImplicitDeny');
  });

  it('R85 another user, whatever its case, still leaves the caller in → Allow (control)', () => {
    expectAll(bundle(user(), get, allowExcept({ AWS: `arn:aws:iam::${A}:user/BOB` })), 'Allow');
  });
});

describe('R85 NotPrincipal with Deny keeps exact comparison', () => {
  const readAll = { identityPolicies: [doc(allow('s3:*'))] };
  const denyExcept = (...arns: string[]) => ({
    resourcePolicy: doc(deny('s3:GetObject', OBJ, { NotPrincipal: { AWS: arns } })),
  });

  it('R85 the user named in another case is not exempt → ExplicitDeny', () => {
    expectAll(bundle(user(readAll), get, denyExcept(`arn:aws:iam::${A}:user/ALICE`, ARN.rootA)), 'ExplicitDeny');
  });

  it('R85 the user named exactly, with its account, is exempt → Allow (control)', () => {
    expectAll(bundle(user(readAll), get, denyExcept(ARN.alice, ARN.rootA)), 'Allow');
  });
});
