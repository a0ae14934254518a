import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import { run } from './run-cli.js';

const ROOT = join(import.meta.dirname, '../..');
const DENY = join(ROOT, 'test/fixtures/bundles/role-deny-beats-bucket-allow.json');
const CROSS = join(ROOT, 'test/fixtures/bundles/cross-account-bucket.json');

const tmp = mkdtempSync(join(tmpdir(), 'iamspec-simulate-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('iamspec simulate', () => {
  it('prints the decision as JSON with reasons and missing keys', async () => {
    const r = await run(['simulate', DENY]);
    expect(r.code).to.equal(0);
    const result = JSON.parse(r.stdout);
    expect(result.decision).to.equal('ExplicitDeny');
    expect(result.reasons[0].statement.sid).to.equal('DenyAll');
    expect(result.missingContextKeys).to.deep.equal([]);
  });

  it('--explain prints text naming the deciding statement', async () => {
    const r = await run(['simulate', DENY, '--explain']);
    expect(r.stdout).to.match(/^ExplicitDeny: arn:aws:sts::111122223333:assumed-role\/app\/s1 → s3:GetObject/);
    expect(r.stdout).to.include('Deny statement `DenyAll` (#0) of identity policy `AppPolicy`');
  });

  it('R79 a cross-account Allow names both the identity and the resource policy statements', async () => {
    const r = await run(['simulate', CROSS, '--explain']);
    expect(r.stdout).to.include('Allow statement #0 of identity policy `ReadShared`');
    expect(r.stdout).to.include('Allow statement `PartnerRead` (#0) of resource policy `shared bucket policy`');
  });

  it('--expect exits 0 when the decision matches, and Deny accepts either deny', async () => {
    expect((await run(['simulate', DENY, '--expect', 'ExplicitDeny'])).code).to.equal(0);
    expect((await run(['simulate', DENY, '--expect', 'Deny'])).code).to.equal(0);
    expect((await run(['simulate', CROSS, '--expect', 'Allow'])).code).to.equal(0);
  });

  it('--expect exits 1 on a mismatch and prints the reasons', async () => {
    const r = await run(['simulate', DENY, '--expect', 'Allow']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.include('expected Allow, got ExplicitDeny');
    expect(r.stderr).to.include('DenyAll');
  });

  it('reads standard input when no file or - is given', async () => {
    const text = readFileSync(CROSS, 'utf8');
    const r = await run(['simulate', '-'], [text]);
    expect(JSON.parse(r.stdout).decision).to.equal('Allow');
    expect(JSON.parse((await run(['simulate'], [text])).stdout).decision).to.equal('Allow');
  });

  it('--batch decides an array and reports every wrong bundle', async () => {
    const batch = `[${readFileSync(DENY, 'utf8')},${readFileSync(CROSS, 'utf8')}]`;
    const path = file('batch.json', batch);
    const r = await run(['simulate', path, '--batch']);
    expect(JSON.parse(r.stdout).map((x: { decision: string }) => x.decision)).to.deep.equal(['ExplicitDeny', 'Allow']);
    const wrong = await run(['simulate', path, '--batch', '--expect', 'Allow']);
    expect(wrong.code).to.equal(1);
    expect(wrong.stderr).to.include('(bundle [0])');
    expect(wrong.stderr).to.not.include('(bundle [1])');
  });

  it('--batch with a non-array is invalid input', async () => {
    const r = await run(['simulate', DENY, '--batch']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('--batch expects a JSON array');
  });

  it('invalid bundles exit 2 with one line per problem, located in the file', async () => {
    const path = file('bad.json', '{\n  "principal": {"kind": "usr"},\n  "request": {"action": "s3:GetObject"}\n}');
    const r = await run(['simulate', path]);
    expect(r.code).to.equal(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/bad\.json:2:\d+: error \[bundle-kind\] principal\.kind: "usr" is not a principal kind/);
    expect(lines[1]).to.include('[bundle-missing] request.resource');
    expect(r.stderr).to.not.include('    at ');
  });

  it('a policy error inside a bundle names its full path', async () => {
    const bad = JSON.parse(readFileSync(DENY, 'utf8'));
    bad.principal.identityPolicies[0].document.Statement[0].Effect = 'deny';
    const r = await run(['simulate', file('effect.json', JSON.stringify(bad, null, 2))]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('[effect-invalid] principal.identityPolicies[0].document.Statement[0].Effect');
  });

  it('malformed JSON exits 2 with line and column', async () => {
    const r = await run(['simulate', file('syntax.json', '{\n  "principal": \n}')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/syntax\.json:3:1: /);
  });

  it('bad usage exits 2', async () => {
    expect((await run(['simulate', DENY, '--expect', 'Maybe'])).code).to.equal(2);
    expect((await run(['simulate', DENY, '--nope'])).code).to.equal(2);
    expect((await run(['simulate', '--help'])).code).to.equal(0);
  });
});
