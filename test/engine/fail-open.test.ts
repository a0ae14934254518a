import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { Decision } from '../../src/engine/decision.js';
import { referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import { parseJson } from '../../src/policy/parse-json.js';
import {
  A,
  ARN,
  allow,
  anonymous,
  B,
  bundle,
  deny,
  doc,
  federatedUser,
  grant,
  type Json,
  outsider,
  request,
  roleSession,
  root,
  run,
  service,
  user,
  when,
} from './bundle-builder.js';

// Issue 8, section 1: corners where the engine granted what AWS would not. Every case is decided by the fast engine
// (with and without explain) and by the reference evaluator, through the bundle's JSON text as `iamspec simulate`
// reads it, so that the two stay on the same documented rule.

interface Case {
  readonly title: string;
  readonly bundle: Json;
  readonly expected: Decision;
  /** The reason rule the engine must give, when the decision is settled by a rule. */
  readonly rule?: string;
}

/** The bundle as `simulate` reads it: JSON text, parseJson, parseBundle. */
function fromText(json: Json) {
  const read = parseJson(JSON.stringify(json));
  if (!read.ok) throw new Error(read.error.message);
  const parsed = parseBundle(read.document.value, 'test');
  if (parsed.bundle === undefined) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
  return parsed.bundle;
}

function table(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.title, () => {
      const parsed = fromText(c.bundle);
      expect(simulate(parsed).decision, 'engine').to.equal(c.expected);
      const explained = run(c.bundle, true);
      expect(explained.decision, 'engine with explain').to.equal(c.expected);
      expect(referenceDecision(parsed).decision, 'reference').to.equal(c.expected);
      if (c.rule !== undefined) {
        const rules = explained.reasons.flatMap((r) => (r.kind === 'rule' ? [r.rule] : []));
        expect(rules, 'reason rules').to.include(c.rule);
      }
    });
  }
}

const OBJ = 'arn:aws:s3:::data/*';
const get = request('s3:GetObject', ARN.object);
/** A bucket policy whose only statement allows GetObject to everyone except `except`. */
const allowExcept = (except: Json) => ({ resourcePolicy: doc(allow('s3:GetObject', OBJ, { NotPrincipal: except })) });
const awsExcept = (...arns: string[]) => allowExcept({ AWS: arns });

describe('R85 NotPrincipal with Allow: naming any identity of the caller keeps the statement from granting', () => {
  table([
    {
      title: 'R85 issue 8 repro: a same-account user named in an Allow NotPrincipal → ImplicitDeny',
      bundle: {
        principal: {
          kind: 'user',
          arn: 'arn:aws:iam::123456789012:user/test-user',
          account: '123456789012',
          identityPolicies: [],
        },
        request: { action: 's3:GetObject', resource: 'arn:aws:s3:::mybucket/testobject' },
        resourcePolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::mybucket/testobject',
              NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/test-user' },
            },
          ],
        },
      },
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 user: only its account named → ImplicitDeny',
      bundle: bundle(user(), get, awsExcept(ARN.rootA)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 user: its account named as a bare id → ImplicitDeny',
      bundle: bundle(user(), get, awsExcept(A)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 user: another user named → Allow',
      bundle: bundle(user(), get, awsExcept(ARN.bob)),
      expected: 'Allow',
    },
    {
      title: 'R85 role session: its session ARN named → ImplicitDeny',
      bundle: bundle(roleSession(), get, awsExcept(ARN.session)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 role session: its role named → ImplicitDeny',
      bundle: bundle(roleSession(), get, awsExcept(ARN.role)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 role session: its account named → ImplicitDeny',
      bundle: bundle(roleSession(), get, awsExcept(ARN.rootA)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 role session: another session of its role named → Allow',
      bundle: bundle(roleSession(), get, awsExcept(ARN.otherSession)),
      expected: 'Allow',
    },
    {
      title: 'R85 federated user: its own ARN named → ImplicitDeny',
      bundle: bundle(federatedUser({ sessionPolicy: doc(allow('*')) }), get, awsExcept(ARN.fed)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 federated user: the IAM user who federated named → ImplicitDeny',
      bundle: bundle(federatedUser({ sessionPolicy: doc(allow('*')) }), get, awsExcept(ARN.alice)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 root user of another account: its account named → ImplicitDeny',
      bundle: bundle(root(B), request('s3:GetObject', ARN.object, { resourceAccount: A }), awsExcept(B)),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 an outsider: its account named → ImplicitDeny',
      bundle: bundle(
        outsider({ identityPolicies: [doc(allow('s3:*'))] }),
        request('s3:GetObject', ARN.object, { resourceAccount: A }),
        awsExcept(ARN.rootB),
      ),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 service principal named under Service → ImplicitDeny',
      bundle: bundle(service(), get, allowExcept({ Service: 'cloudtrail.amazonaws.com' })),
      expected: 'ImplicitDeny',
    },
    {
      title: 'R85 web-identity role session whose provider is named under Federated → ImplicitDeny',
      bundle: bundle(
        roleSession({ provider: 'accounts.google.com' }),
        get,
        allowExcept({ Federated: 'accounts.google.com' }),
      ),
      expected: 'ImplicitDeny',
    },
    {
      // NotPrincipal with Allow grants to everyone it does not name, anonymous callers included (the guide's warning).
      title: 'R85 anonymous caller, an IAM user named → Allow',
      bundle: bundle(anonymous(), get, awsExcept(ARN.alice, ARN.rootA)),
      expected: 'Allow',
    },
  ]);
});

describe('R85 NotPrincipal with Deny keeps the strict reading: exempt only when every identity is named', () => {
  const readAll = { identityPolicies: [doc(allow('s3:*'))] };
  const denyExcept = (...arns: string[]) => ({
    resourcePolicy: doc(deny('s3:GetObject', OBJ, { NotPrincipal: { AWS: arns } })),
  });
  table([
    {
      title: 'R85 Deny: user named without its account → ExplicitDeny',
      bundle: bundle(user(readAll), get, denyExcept(ARN.alice)),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R85 Deny: user and account named → Allow',
      bundle: bundle(user(readAll), get, denyExcept(ARN.alice, ARN.rootA)),
      expected: 'Allow',
    },
    {
      title: 'R85 Deny: role session named without its role → ExplicitDeny',
      bundle: bundle(roleSession(readAll), get, denyExcept(ARN.session, ARN.rootA)),
      expected: 'ExplicitDeny',
    },
  ]);
});

describe('R108 an unsigned caller has no identity: sts:GetCallerIdentity is refused', () => {
  const who = request('sts:GetCallerIdentity', '*');
  table([
    {
      title: 'R108 anonymous GetCallerIdentity → ImplicitDeny',
      bundle: bundle(anonymous(), who),
      expected: 'ImplicitDeny',
      rule: 'R108',
    },
    {
      title: 'R108 anonymous GetCallerIdentity, even with a resource policy allowing "*" → ImplicitDeny',
      bundle: bundle(anonymous(), who, { resourcePolicy: doc(allow('sts:*', '*', { Principal: '*' })) }),
      expected: 'ImplicitDeny',
      rule: 'R108',
    },
    {
      title: 'R108 service principal GetCallerIdentity → ImplicitDeny',
      bundle: bundle(service(), who),
      expected: 'ImplicitDeny',
      rule: 'R108',
    },
    {
      title: 'R98 a signed user is still allowed against a Deny → Allow',
      bundle: bundle(user({ identityPolicies: [doc(deny('*'))] }), who),
      expected: 'Allow',
      rule: 'R98',
    },
    { title: 'R98 the root user → Allow', bundle: bundle(root(), who), expected: 'Allow', rule: 'R98' },
  ]);
});

describe('R108 an anonymous caller cannot make a signed STS call, even under a trust policy naming "*"', () => {
  const role = 'arn:aws:iam::111122223333:role/open';
  const trustAll = { resourcePolicy: doc(allow('sts:*', role, { Principal: '*' })) };
  table([
    {
      title: 'R108 anonymous sts:AssumeRole with Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('sts:AssumeRole', role), trustAll),
      expected: 'ImplicitDeny',
      rule: 'R108',
    },
    {
      title: 'R108 anonymous sts:TagSession with Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('sts:TagSession', role), trustAll),
      expected: 'ImplicitDeny',
      rule: 'R108',
    },
    {
      title: 'R135 anonymous sts:AssumeRoleWithWebIdentity with Principal "*" stays the unsigned call it is → Allow',
      bundle: bundle(anonymous(), request('sts:AssumeRoleWithWebIdentity', role), trustAll),
      expected: 'Allow',
    },
  ]);
});

describe('R80 R109 a resource policy cannot grant a request on no particular resource', () => {
  const keyPolicyAll = { resourcePolicy: doc(grant(ARN.alice, 'kms:*', '*')) };
  const alias = `arn:aws:kms:us-east-1:${A}:alias/app`;
  table([
    {
      title: 'R80 issue 8 repro: a key policy allowing kms:* does not grant kms:CreateKey on "*" → ImplicitDeny',
      bundle: bundle(user(), request('kms:CreateKey', '*'), keyPolicyAll),
      expected: 'ImplicitDeny',
      rule: 'R109',
    },
    {
      title: 'R80 kms:CreateKey on "*" allowed by an identity policy alone → Allow',
      bundle: bundle(user({ identityPolicies: [doc(allow('kms:CreateKey'))] }), request('kms:CreateKey', '*')),
      expected: 'Allow',
    },
    {
      title: 'R80 a key policy Deny still applies to kms:CreateKey (fails closed) → ExplicitDeny',
      bundle: bundle(user({ identityPolicies: [doc(allow('kms:CreateKey'))] }), request('kms:CreateKey', '*'), {
        resourcePolicy: doc(deny('kms:*', '*', { Principal: '*' })),
      }),
      expected: 'ExplicitDeny',
    },
    {
      title: 'R80 a key policy does not grant a KMS request on an alias (not a key) → ImplicitDeny',
      bundle: bundle(user(), request('kms:CreateAlias', alias), keyPolicyAll),
      expected: 'ImplicitDeny',
      rule: 'R109',
    },
    {
      title: 'R80 a key policy still grants a request on its key → Allow',
      bundle: bundle(user(), request('kms:Decrypt', ARN.keyA), keyPolicyAll),
      expected: 'Allow',
    },
    {
      title: 'R109 a bucket policy does not grant s3:ListAllMyBuckets on "*" → ImplicitDeny',
      bundle: bundle(user(), request('s3:ListAllMyBuckets', '*'), {
        resourcePolicy: doc(grant(ARN.alice, 's3:*', '*')),
      }),
      expected: 'ImplicitDeny',
      rule: 'R109',
    },
    {
      title: 'R109 an anonymous caller is not granted a request on "*" by a resource policy naming "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('s3:ListAllMyBuckets', '*'), {
        resourcePolicy: doc(allow('s3:*', '*', { Principal: '*' })),
      }),
      expected: 'ImplicitDeny',
      rule: 'R109',
    },
  ]);
});

describe('R140 a tag or context key named like an Object.prototype member is an ordinary key', () => {
  const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  const readAll = doc(allow('s3:GetObject'));
  for (const key of PROTO_KEYS) {
    table([
      {
        title: `R140 issue 8 repro: a Deny on aws:PrincipalTag/${key} fires for a principal tagged ${key} → ExplicitDeny`,
        bundle: bundle(
          user({
            identityPolicies: [
              readAll,
              doc(deny('s3:GetObject', '*', when('StringEquals', `aws:PrincipalTag/${key}`, 'x'))),
            ],
            tags: { [key]: 'x' },
          }),
          get,
        ),
        expected: 'ExplicitDeny',
      },
      {
        title: `R140 a Deny on aws:ResourceTag/${key} fires for a resource tagged ${key} → ExplicitDeny`,
        bundle: bundle(
          user({
            identityPolicies: [
              readAll,
              doc(deny('s3:GetObject', '*', when('StringEquals', `aws:ResourceTag/${key}`, 'x'))),
            ],
          }),
          request('s3:GetObject', ARN.object, { resourceTags: { [key]: 'x' } }),
        ),
        expected: 'ExplicitDeny',
      },
      {
        title: `R140 a Deny on the context key ${key} fires when the request carries it → ExplicitDeny`,
        bundle: bundle(
          user({ identityPolicies: [readAll, doc(deny('s3:GetObject', '*', when('StringEquals', key, 'x')))] }),
          request('s3:GetObject', ARN.object, { context: { [key]: 'x' } }),
        ),
        expected: 'ExplicitDeny',
      },
      {
        title: `R140 a condition on the absent context key ${key} does not see an inherited member → Allow`,
        bundle: bundle(
          user({ identityPolicies: [readAll, doc(deny('s3:GetObject', '*', when('Null', key, 'false')))] }),
          get,
        ),
        expected: 'Allow',
      },
    ]);
  }
});
