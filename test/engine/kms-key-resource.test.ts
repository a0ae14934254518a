import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { referenceDecision } from '../../src/engine/reference/reference-decision.js';
import { simulate } from '../../src/engine/simulate.js';
import { AwsModel } from '../../src/model/aws-model.js';
import { ModelError } from '../../src/model/model-error.js';
import { SessionStore } from '../../src/model/session.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import { A, allow, bundle, doc, grant, type Json, request, user } from './bundle-builder.js';

// R80: a KMS request on a key needs the key policy. A request that names its key any other way than by its ARN (a
// bare key id, an alias name), or an ARN the engine did not read as a key, escaped that check and was allowed by
// identity policies alone. The bundle now refuses a KMS resource that is neither "*" nor an ARN, and the engines read
// every kms ARN that is not an alias as a key (fail closed). An empty resource names nothing and is refused too.

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const mayUseKms = { identityPolicies: [doc(allow('kms:*', '*'))] };

function diagnostics(json: Json) {
  return parseBundle(json as unknown as JsonValue, 'b.json').diagnostics.map((d) => [d.code, d.path, d.message]);
}

describe('R80 a KMS request must name its key by ARN', () => {
  it('R80 reviewer repro: kms:Decrypt on a bare key id is refused, and the message shows the ARN form', () => {
    const found = diagnostics(bundle(user(mayUseKms), request('kms:Decrypt', KEY_ID)));
    expect(found.map(([code, path]) => [code, path])).to.deep.equal([['bundle-resource', 'request.resource']]);
    expect(found[0]?.[2]).to.include('arn:aws:kms:REGION:ACCOUNT:key/ID');
    expect(found[0]?.[2]).to.include(KEY_ID);
  });

  it('R80 kms:Decrypt on a bare alias name is refused', () => {
    const found = diagnostics(bundle(user(mayUseKms), request('kms:Decrypt', 'alias/app')));
    expect(found.map(([code]) => code)).to.deep.equal(['bundle-resource']);
  });

  it('R80 the action is matched ignoring case: KMS:Decrypt on a key id is refused too', () => {
    const found = diagnostics(bundle(user(mayUseKms), request('KMS:Decrypt', KEY_ID)));
    expect(found.map(([code]) => code)).to.deep.equal(['bundle-resource']);
  });

  it('R80 kms:CreateKey on "*" and kms:Decrypt on a key ARN are accepted (control)', () => {
    const key = `arn:aws:kms:us-east-1:${A}:key/${KEY_ID}`;
    expect(diagnostics(bundle(user(mayUseKms), request('kms:CreateKey', '*')))).to.deep.equal([]);
    expect(diagnostics(bundle(user(mayUseKms), request('kms:Decrypt', key)))).to.deep.equal([]);
  });

  it('R80 a non-KMS request on a name that is not an ARN is still accepted (control)', () => {
    expect(diagnostics(bundle(user(), request('s3:GetObject', 'data/report.csv')))).to.deep.equal([]);
  });

  it('R109 reviewer repro: an empty request resource is refused', () => {
    const found = diagnostics(bundle(user(), request('s3:GetObject', '')));
    expect(found.map(([code, path]) => [code, path])).to.deep.equal([['bundle-resource', 'request.resource']]);
    expect(found[0]?.[2]).to.include('is empty');
  });
});

describe('R80 every kms ARN that is not an alias is a key: without a key policy, identity policies do not suffice', () => {
  const cases: readonly { title: string; resource: string; expected: string }[] = [
    {
      title: 'R80 key ARN → ImplicitDeny',
      resource: `arn:aws:kms:us-east-1:${A}:key/${KEY_ID}`,
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 reviewer repro: "KEY/abc" in another letter case → ImplicitDeny',
      resource: `arn:aws:kms:us-east-1:${A}:KEY/abc`,
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 a kms ARN of no documented type → ImplicitDeny',
      resource: `arn:aws:kms:us-east-1:${A}:thing`,
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 a kms ARN with a short resource part → ImplicitDeny',
      resource: `arn:aws:kms:us-east-1:${A}`,
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 an ARN whose "arn:" is in another letter case is accepted, and read as a key → ImplicitDeny',
      resource: `Arn:aws:kms:us-east-1:${A}:key/${KEY_ID}`,
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 a non-kms ARN for a kms action → ImplicitDeny',
      resource: 'arn:aws:s3:::bucket/key',
      expected: 'ImplicitDeny',
    },
    {
      title: 'R80 an alias ARN is governed by IAM policies alone → Allow (control)',
      resource: `arn:aws:kms:us-east-1:${A}:alias/app`,
      expected: 'Allow',
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const parsed = parseBundle(bundle(user(mayUseKms), request('kms:Decrypt', c.resource)) as unknown as JsonValue);
      if (parsed.bundle === undefined) throw new Error(JSON.stringify(parsed.diagnostics));
      expect(simulate(parsed.bundle).decision, 'engine').to.equal(c.expected);
      expect(simulate(parsed.bundle, { explain: true }).decision, 'engine with explain').to.equal(c.expected);
      expect(referenceDecision(parsed.bundle).decision, 'reference').to.equal(c.expected);
    });
  }

  it('R80 a key policy naming the caller still grants on an odd-case key ARN (control)', () => {
    const key = `arn:aws:kms:us-east-1:${A}:KEY/abc`;
    const json = bundle(user(), request('kms:Decrypt', key), {
      resourcePolicy: doc(grant(`arn:aws:iam::${A}:user/alice`, 'kms:Decrypt', '*')),
    });
    const parsed = parseBundle(json as unknown as JsonValue);
    if (parsed.bundle === undefined) throw new Error(JSON.stringify(parsed.diagnostics));
    expect(simulate(parsed.bundle).decision).to.equal('Allow');
    expect(referenceDecision(parsed.bundle).decision).to.equal('Allow');
  });
});

describe('R80 the model names KMS keys by ARN too', () => {
  const model = () => {
    const m = new AwsModel();
    m.addAccount('dev', A);
    m.addUser('alice', 'dev');
    m.putInlinePolicy('user', 'alice', 'p', doc(allow('kms:*', '*')));
    return m;
  };
  const decideFor = (m: AwsModel, resource: string) =>
    m.authorize(m.resolveCaller('alice', new SessionStore()), 'kms:Decrypt', resource).result.decision;

  it('R80 a bare key id names no modelled resource: the model refuses it', () => {
    expect(() => decideFor(model(), KEY_ID)).to.throw(ModelError, /no resource/);
  });

  it('R80 a key ARN of a known account without a key policy → ImplicitDeny; an alias ARN → Allow', () => {
    const m = model();
    expect(decideFor(m, `arn:aws:kms:us-east-1:${A}:key/${KEY_ID}`)).to.equal('ImplicitDeny');
    expect(decideFor(m, `arn:aws:kms:us-east-1:${A}:alias/app`)).to.equal('Allow');
  });
});
