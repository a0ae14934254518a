import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';
import type { JsonValue } from '../../src/policy/json-value.js';
import { parseJson } from '../../src/policy/parse-json.js';
import { SEED } from '../properties/replay.js';
import {
  expectNoPollution,
  hostileBundle,
  hostileText,
  LARGE_INPUT_MS,
  limitTexts,
  nestedValue,
  pollutingJson,
  prototypeSnapshot,
  SMALL_INPUT_MS,
  withinMs,
} from './hostile-inputs.js';

// parseBundle + simulate on hostile input: a decision or diagnostics, never an exception (docs/cli.md, the bundle).
// IAMSPEC_SEED replays a run.

const BEFORE = prototypeSnapshot();
const DECISIONS = ['Allow', 'ExplicitDeny', 'ImplicitDeny'];

/** Reads a value as a bundle and, when it is one, decides it with and without reasons. */
function decideOrDiagnose(value: JsonValue, bound = SMALL_INPUT_MS): 'decided' | 'diagnosed' {
  const { bundle, diagnostics } = withinMs(bound, 'parseBundle', () => parseBundle(value));
  if (bundle === undefined) {
    expect(diagnostics, 'no bundle and no diagnostic').to.not.be.empty;
    return 'diagnosed';
  }
  expect(diagnostics).to.deep.equal([]);
  for (const explain of [false, true]) {
    const result = withinMs(bound, 'simulate', () => simulate(bundle, { explain }));
    expect(DECISIONS).to.include(result.decision);
  }
  return 'decided';
}

const CALLER = { kind: 'user', arn: 'arn:aws:iam::111122223333:user/alice', account: '111122223333' };
const REQUEST = { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket-a/report.csv' };

/** A bundle with `value` in each place a bundle takes a policy, a level, a context or tags. */
function placed(value: unknown): unknown[] {
  return [
    value,
    { principal: value, request: REQUEST },
    { principal: CALLER, request: value },
    { principal: { ...CALLER, identityPolicies: [value] }, request: REQUEST },
    { principal: { ...CALLER, identityPolicies: [{ name: 'p', document: { Statement: value } }] }, request: REQUEST },
    { principal: { ...CALLER, permissionsBoundary: value, tags: value }, request: REQUEST },
    { principal: CALLER, request: { ...REQUEST, context: value, resourceTags: value } },
    { principal: CALLER, request: { ...REQUEST, context: { 'aws:SourceIp': value } } },
    { principal: CALLER, request: REQUEST, resourcePolicy: value, scps: [value], rcps: value },
    { principal: CALLER, request: REQUEST, scps: [{ name: 'Root', policies: [value] }] },
  ];
}

describe('fuzz: parseBundle and simulate never throw, hang or pollute', () => {
  console.log(`fuzz bundle input: seed=${SEED}`);
  after(() => expectNoPollution(BEFORE));

  it('valid bundles with one part replaced by random JSON or prototype keys are decided or diagnosed', () => {
    const seen = { decided: 0, diagnosed: 0 };
    fc.assert(
      fc.property(hostileBundle, (value) => {
        seen[decideOrDiagnose(JSON.parse(JSON.stringify(value)) as JsonValue)]++;
      }),
      { seed: SEED, numRuns: 200 },
    );
    console.log(`fuzz bundle input: ${seen.decided} decided, ${seen.diagnosed} diagnosed`);
    expectNoPollution(BEFORE);
  });

  it('random JSON and garbage text, read as simulate reads it, in every place of a bundle', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const read = parseJson(text);
        if (!read.ok) return;
        for (const value of placed(read.document.value)) decideOrDiagnose(value as JsonValue);
      }),
      { seed: SEED, numRuns: 200 },
    );
    expectNoPollution(BEFORE);
  });

  it('the R4 limit texts as a bundle, a policy and a context value, and values nested 100,000 deep everywhere', () => {
    for (const { text, heavy } of limitTexts()) {
      const read = heavy === true ? undefined : parseJson(text);
      if (read?.ok !== true) continue;
      const all = placed(read.document.value);
      for (const one of [all[0], all[3], all[6]]) decideOrDiagnose(one as JsonValue, LARGE_INPUT_MS);
    }
    for (const value of placed(nestedValue(100_000))) decideOrDiagnose(value as JsonValue);
    expectNoPollution(BEFORE);
  });

  it('__proto__, constructor and prototype keys in a bundle, from parseJson and from JSON.parse, stay data', () => {
    const policy = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}';
    const text = `{"principal": {"kind": "user", "arn": "arn:aws:iam::111122223333:user/a", "account": "111122223333", "tags": ${pollutingJson('1')}, "identityPolicies": [${policy}], "__proto__": {"kind": "root"}}, "request": {"action": "s3:GetObject", "resource": "*", "context": {"__proto__": "x", "constructor": ["y"]}, "resourceTags": {"__proto__": "z"}}, "__proto__": {"polluted": "yes"}}`;
    const read = parseJson(text);
    expect(read.ok).to.equal(true);
    if (read.ok) expect(decideOrDiagnose(read.document.value)).to.equal('diagnosed');
    expect(decideOrDiagnose(JSON.parse(text) as JsonValue)).to.equal('diagnosed');
    // Where a bundle takes any key (context keys, tags), prototype keys are ordinary keys and the bundle is decided.
    const valid = `{"principal": {"kind": "user", "arn": "arn:aws:iam::111122223333:user/a", "account": "111122223333", "tags": {"__proto__": "x", "constructor": "y"}, "identityPolicies": [${policy}]}, "request": {"action": "s3:GetObject", "resource": "*", "context": {"__proto__": "x", "constructor": ["y"], "prototype": "z"}, "resourceTags": {"__proto__": "z"}}}`;
    const readValid = parseJson(valid);
    if (readValid.ok) expect(decideOrDiagnose(readValid.document.value)).to.equal('decided');
    expect(decideOrDiagnose(JSON.parse(valid) as JsonValue)).to.equal('decided');
    expectNoPollution(BEFORE);
  });

  it('a bundle with 2,000 identity policies and 500 SCP levels is decided', () => {
    const policy = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } };
    const json = {
      principal: { ...CALLER, identityPolicies: Array(2_000).fill(policy) },
      request: REQUEST,
      scps: Array(500).fill([policy]),
    };
    expect(decideOrDiagnose(JSON.parse(JSON.stringify(json)) as JsonValue, LARGE_INPUT_MS)).to.equal('decided');
  });
});
