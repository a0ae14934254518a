import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import type { Decision } from '../../src/engine/decision.js';
import { referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import { A, allow, anonymous, bundle, deny, doc, type Json, request } from './bundle-builder.js';

// R83: most AWS services take only signed requests ("All KMS API calls must be signed"), so a resource policy naming
// "*" cannot open them to an anonymous caller. Only the services and calls documented to accept unsigned requests are
// decided by R96; every other anonymous request is refused with R83 as the reason, like the STS refusals of R108.

interface Case {
  readonly title: string;
  readonly bundle: Json;
  readonly expected: Decision;
  readonly rule?: string;
}

function table(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.title, () => {
      const parsed = parseBundle(c.bundle as unknown as JsonValue, 'test');
      if (parsed.bundle === undefined) throw new Error(parsed.diagnostics.map((d) => d.message).join('; '));
      expect(simulate(parsed.bundle).decision, 'engine').to.equal(c.expected);
      const explained = simulate(parsed.bundle, { explain: true });
      expect(explained.decision, 'engine with explain').to.equal(c.expected);
      const reference = referenceDecision(parsed.bundle);
      expect(reference.decision, 'reference').to.equal(c.expected);
      if (c.rule !== undefined) {
        const rules = explained.reasons.flatMap((r) => (r.kind === 'rule' ? [r.rule] : []));
        expect(rules, 'reason rules').to.include(c.rule);
        expect(simulate(parsed.bundle).reasons.map((r) => (r.kind === 'rule' ? r.rule : r.kind))).to.include(c.rule);
        expect(reference.rule, 'reference rule').to.equal(c.rule);
      }
    });
  }
}

const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const SECRET = `arn:aws:secretsmanager:us-east-1:${A}:secret:s-abc`;
const QUEUE = `arn:aws:sqs:us-east-1:${A}:jobs`;
const TOPIC = `arn:aws:sns:us-east-1:${A}:alerts`;
const FUNCTION = `arn:aws:lambda:us-east-1:${A}:function:f1`;
const API = `arn:aws:execute-api:us-east-1:${A}:a1b2c3/prod/GET/items`;
const VAULT = `arn:aws:glacier:us-east-1:${A}:vaults/archive`;
/** A resource policy allowing `action` on `resource` to everyone. */
const openTo = (action: string, resource = '*', principal: unknown = '*', more: Json = {}) => ({
  resourcePolicy: doc(allow(action, resource, { Principal: principal, ...more })),
});

describe('R83 an anonymous caller is refused by services that take only signed requests', () => {
  table([
    {
      title: 'R83 reviewer repro: kms:Decrypt on a key, key policy Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('kms:Decrypt', KEY), openTo('kms:*')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 reviewer repro: kms:Decrypt, key policy Principal {"AWS": "*"} → ImplicitDeny',
      bundle: bundle(anonymous(), request('kms:Decrypt', KEY), openTo('kms:Decrypt', '*', { AWS: '*' })),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 reviewer repro: secretsmanager:GetSecretValue, Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('secretsmanager:GetSecretValue', SECRET), openTo('secretsmanager:*')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 reviewer repro: iam:CreateAccessKey on a user, Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('iam:CreateAccessKey', `arn:aws:iam::${A}:user/admin`), openTo('iam:*')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 S3 Glacier signs every request: glacier:InitiateJob, Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('glacier:InitiateJob', VAULT), openTo('glacier:*')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 SNS Publish is signed: sns:Publish, Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('sns:Publish', TOPIC), openTo('sns:*')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 the service prefix is matched ignoring case: KMS:Decrypt → ImplicitDeny',
      bundle: bundle(anonymous(), request('KMS:Decrypt', KEY), openTo('kms:*')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R71 an applicable Deny still comes first → ExplicitDeny',
      bundle: bundle(anonymous(), request('kms:Decrypt', KEY), {
        resourcePolicy: doc(allow('kms:*', '*', { Principal: '*' }), deny('kms:*', '*', { Principal: '*' })),
      }),
      expected: 'ExplicitDeny',
    },
  ]);
});

describe('R83 R96 the documented unsigned requests are decided by a resource policy naming "*"', () => {
  table([
    {
      title: 'R96 Amazon S3: s3:GetObject on a public object → Allow',
      bundle: bundle(anonymous(), request('s3:GetObject', 'arn:aws:s3:::data/x'), openTo('s3:GetObject')),
      expected: 'Allow',
    },
    {
      title: 'R96 Amazon SQS: sqs:SendMessage to a queue open to all users → Allow',
      bundle: bundle(anonymous(), request('sqs:SendMessage', QUEUE), openTo('sqs:SendMessage')),
      expected: 'Allow',
    },
    {
      title: 'R96 Amazon SNS: sns:ConfirmSubscription (the confirmation link is unauthenticated) → Allow',
      bundle: bundle(anonymous(), request('sns:ConfirmSubscription', TOPIC), openTo('sns:ConfirmSubscription')),
      expected: 'Allow',
    },
    {
      title: 'R96 API Gateway: execute-api:Invoke on an API whose resource policy allows "*" → Allow',
      bundle: bundle(anonymous(), request('execute-api:Invoke', API), openTo('execute-api:Invoke')),
      expected: 'Allow',
    },
    {
      title: 'R96 Lambda: lambda:InvokeFunctionUrl with lambda:FunctionUrlAuthType NONE → Allow',
      bundle: bundle(
        anonymous(),
        request('lambda:InvokeFunctionUrl', FUNCTION, { context: { 'lambda:FunctionUrlAuthType': 'NONE' } }),
        openTo('lambda:InvokeFunctionUrl', FUNCTION, '*', {
          Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
        }),
      ),
      expected: 'Allow',
    },
    {
      title: 'R96 Lambda: lambda:InvokeFunction through a function URL (lambda:InvokedViaFunctionUrl true) → Allow',
      bundle: bundle(
        anonymous(),
        request('lambda:InvokeFunction', FUNCTION, { context: { 'lambda:InvokedViaFunctionUrl': 'true' } }),
        openTo('lambda:InvokeFunction', FUNCTION),
      ),
      expected: 'Allow',
    },
    {
      title: 'R135 AWS STS: sts:AssumeRoleWithWebIdentity stays the unsigned call it is → Allow',
      bundle: bundle(
        anonymous(),
        request('sts:AssumeRoleWithWebIdentity', `arn:aws:iam::${A}:role/web`),
        openTo('sts:AssumeRoleWithWebIdentity', `arn:aws:iam::${A}:role/web`),
      ),
      expected: 'Allow',
    },
  ]);
});

describe('R83 Lambda takes an unsigned request only through a function URL whose auth type is NONE', () => {
  const invokeUrl = (context: Json) => request('lambda:InvokeFunctionUrl', FUNCTION, { context });
  table([
    {
      title: 'R83 lambda:InvokeFunctionUrl without lambda:FunctionUrlAuthType → ImplicitDeny',
      bundle: bundle(anonymous(), invokeUrl({}), openTo('lambda:InvokeFunctionUrl')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 lambda:InvokeFunctionUrl with lambda:FunctionUrlAuthType AWS_IAM → ImplicitDeny',
      bundle: bundle(
        anonymous(),
        invokeUrl({ 'lambda:FunctionUrlAuthType': 'AWS_IAM' }),
        openTo('lambda:InvokeFunctionUrl'),
      ),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 lambda:InvokeFunction called directly (not through a function URL) → ImplicitDeny',
      bundle: bundle(anonymous(), request('lambda:InvokeFunction', FUNCTION), openTo('lambda:InvokeFunction')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
    {
      title: 'R83 lambda:GetFunction, Principal "*" → ImplicitDeny',
      bundle: bundle(anonymous(), request('lambda:GetFunction', FUNCTION), openTo('lambda:*')),
      expected: 'ImplicitDeny',
      rule: 'R83',
    },
  ]);
});

describe('R83 the refusal names the rule and the documented services', () => {
  it('R83 the reason message says why and lists where unsigned requests go', () => {
    const parsed = parseBundle(
      bundle(anonymous(), request('kms:Decrypt', KEY), openTo('kms:*')) as unknown as JsonValue,
      'test',
    );
    if (parsed.bundle === undefined) throw new Error('invalid');
    const [reason] = simulate(parsed.bundle).reasons;
    expect(reason).to.include({ kind: 'rule', rule: 'R83' });
    const message = reason?.kind === 'rule' ? reason.message : '';
    expect(message).to.include('kms:Decrypt');
    expect(message).to.include('signed');
    expect(message).to.include('Amazon S3');
  });
});
