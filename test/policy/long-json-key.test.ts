import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { simulate } from '../../src/engine/simulate.js';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import { parseJson } from '../../src/policy/parse-json.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';

// Issue 8: a JSON key of 16,384 characters or more holding a large array stalled validate and simulate for over
// 30 s, because the reader kept one Map keyed by JSON path, and V8 does not hash strings that long by their content
// (every such path collided). The reader keys nothing on paths now. The bound below is generous (1 s, for slow CI
// machines); it is here to show that the stall is gone and the answers are right. `npm run bench` measures speed.

const BOUND_MS = 1000;
const KEY = 'k'.repeat(16_384);
const LONGER = 'k'.repeat(20_000);
const VALUES = 8_000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
}

/** A policy whose only statement's condition has `key` with `n` values. */
function conditionPolicy(key: string, n: number): string {
  const values = JSON.stringify(Array.from({ length: n }, () => 'a'));
  return `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"${key}": ${values}}}}]}`;
}

describe('R141 a very long JSON key holding a large array is read in linear time', () => {
  it('R141 parseJson: a 16,384-character key holding 8,000 numbers, and locate() finds its last element', () => {
    const text = `{"${KEY}": [${Array.from({ length: VALUES }, () => '1').join(',\n')}]}`;
    const { value: result, ms } = timed(() => parseJson(text));
    expect(ms, 'milliseconds').to.be.below(BOUND_MS);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.document.locate(`${KEY}[${VALUES - 1}]`)).to.deep.equal({ line: VALUES, column: 1 });
    expect(result.document.locate(`${KEY}[0]`)).to.deep.equal({ line: 1, column: KEY.length + 7 });
    expect(result.document.locate(KEY)).to.deep.equal({ line: 1, column: 2 });
    // A path that is not in the text is located at its nearest ancestor.
    expect(result.document.locate(`${KEY}[${VALUES}]`)).to.deep.equal({ line: 1, column: 2 });
  });

  it('R141 parseJson: two long keys of the same length in one object are both kept and located', () => {
    const other = 'j'.repeat(KEY.length);
    const text = `{"${KEY}": [1, 2], "${other}": [3, 4]}`;
    const result = parseJson(text);
    expect(result.ok && Object.keys(result.document.value as object).length).to.equal(2);
    expect(result.ok && result.document.locate(`${other}[1]`)?.column).to.equal(text.lastIndexOf('4') + 1);
  });

  it('R141 validatePolicy: a long top-level key is one located error, quickly', () => {
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}], "${KEY}": [${Array.from({ length: VALUES }, () => '1').join(',')}]}`;
    expect(text.length).to.be.above(32_000);
    const { value: result, ms } = timed(() => validatePolicy(text, { source: 'p.json' }));
    expect(ms, 'milliseconds').to.be.below(BOUND_MS);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).to.deep.equal(['unknown-element']);
    const [error] = errors;
    expect(error === undefined ? undefined : result.positionOf(error)?.line).to.equal(1);
  });

  it('R141 validatePolicy and parsePolicy: a 20,000-character condition key with 8,000 values, quickly', () => {
    const text = conditionPolicy(LONGER, VALUES);
    const { value: parsed, ms: parseMs } = timed(() => parsePolicy(text));
    expect(parseMs, 'parse milliseconds').to.be.below(BOUND_MS);
    expect(parsed.policy?.statements[0]?.conditions[0]?.values.length).to.equal(VALUES);
    const { ms } = timed(() => validatePolicy(text, { source: 'p.json', catalog: false }));
    expect(ms, 'validate milliseconds').to.be.below(BOUND_MS);
  });

  it('R141 validatePolicy: thousands of findings under a long key stay short lines, each located', () => {
    const values = JSON.stringify(Array.from({ length: 20_000 }, () => 'a'));
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NumericEquals": {"${KEY}": ${values}}}}]}`;
    const { value: result, ms } = timed(() => validatePolicy(text, { source: 'p.json', catalog: false }));
    expect(ms, 'milliseconds').to.be.below(BOUND_MS);
    expect(result.diagnostics.length).to.be.at.least(20_000);
    const longest = Math.max(...result.diagnostics.map((d) => d.message.length + d.path.length));
    expect(longest, 'longest message and path').to.be.below(600);
    const [last] = result.diagnostics.slice(-1);
    expect(last?.message).to.include('"kkkkkkkkkkkkkkkkkkkk…(16384 characters)"');
    expect(last === undefined ? undefined : result.positionOf(last)?.line).to.equal(1);
  });

  it('R141 parseBundle: a bundle whose context has a long key holding many values is decided, quickly', () => {
    const values = JSON.stringify(Array.from({ length: VALUES }, (_, i) => `v${i}`));
    // The policy naming the 16,384-character key is the bucket's (an S3 bucket policy may have 20 KB, R143); as an
    // identity policy it would be over IAM's 10,240 characters (R142) and the bundle refused.
    const bucketPolicy = conditionPolicy(KEY, 10).replace('"Effect": "Allow",', '"Effect": "Allow", "Principal": "*",');
    const text = `{"principal": {"kind": "user", "arn": "arn:aws:iam::111122223333:user/a", "account": "111122223333", "identityPolicies": []}, "resourcePolicy": ${bucketPolicy}, "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": {"${KEY}": ${values}}}}`;
    const { value: result, ms } = timed(() => {
      const parsed = parseBundle(text, 'b.json');
      return parsed.bundle === undefined ? parsed.diagnostics : simulate(parsed.bundle).decision;
    });
    expect(ms, 'milliseconds').to.be.below(BOUND_MS);
    expect(result).to.equal('ImplicitDeny');
  });
});
