import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import { run } from './run-cli.js';

// Issue 8 §4: `simulate --batch` decides every valid bundle, puts {"error": {code, message, path}} at the place of
// each invalid one, and exits 2 at the end.

const ROOT = join(import.meta.dirname, '../..');
const DENY = readFileSync(join(ROOT, 'test/fixtures/bundles/role-deny-beats-bucket-allow.json'), 'utf8');
const CROSS = readFileSync(join(ROOT, 'test/fixtures/bundles/cross-account-bucket.json'), 'utf8');
const ROOT_EMPTY = JSON.stringify({
  principal: { kind: 'root', arn: 'arn:aws:iam::111122223333:root', account: '111122223333', identityPolicies: [] },
  request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
});
const BAD_KIND = '{"principal": {"kind": "usr"}, "request": {"action": "s3:GetObject", "resource": "*"}}';

const tmp = mkdtempSync(join(tmpdir(), 'iamspec-batch-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
function batchFile(...bundles: string[]): string {
  const path = join(tmp, `batch-${bundles.length}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, `[\n${bundles.join(',\n')}\n]\n`);
  return path;
}

interface ErrorEntry {
  readonly error: { readonly code: string; readonly message: string; readonly path: string };
}

describe('iamspec simulate --batch with invalid bundles', () => {
  it('a root principal with "identityPolicies": [] no longer refuses the whole batch', async () => {
    const r = await run(['simulate', batchFile(DENY, ROOT_EMPTY), '--batch']);
    expect(r.stderr).to.equal('');
    expect(r.code).to.equal(0);
    expect(JSON.parse(r.stdout).map((x: { decision: string }) => x.decision)).to.deep.equal(['ExplicitDeny', 'Allow']);
  });

  it('decides every valid bundle, puts an error object at the place of the invalid one, and exits 2', async () => {
    const path = batchFile(DENY, BAD_KIND, CROSS);
    const r = await run(['simulate', path, '--batch']);
    expect(r.code).to.equal(2);
    const out = JSON.parse(r.stdout) as unknown[];
    expect(out).to.have.length(3);
    expect((out[0] as { decision: string }).decision).to.equal('ExplicitDeny');
    expect((out[2] as { decision: string }).decision).to.equal('Allow');
    const entry = out[1] as ErrorEntry;
    expect(Object.keys(entry)).to.deep.equal(['error']);
    expect(Object.keys(entry.error).sort()).to.deep.equal(['code', 'message', 'path']);
    expect(entry.error.code).to.equal('bundle-kind');
    expect(entry.error.path).to.equal('[1].principal.kind');
    expect(entry.error.message).to.include('"usr" is not a principal kind');
    // Every problem is still named on standard error, located in the file, one line each.
    expect(r.stderr).to.match(/batch-3-\w+\.json:\d+:\d+: error \[bundle-kind\] \[1\]\.principal\.kind/);
    expect(r.stderr).to.not.include('    at ');
  });

  it('R5 a duplicate key refuses only the bundle that holds it; the others are decided', async () => {
    const twice = CROSS.replace('"kind": "user",', '"kind": "user", "kind": "root",');
    expect(twice).to.not.equal(CROSS);
    const r = await run(['simulate', batchFile(DENY, twice, CROSS), '--batch']);
    expect(r.code).to.equal(2);
    const out = JSON.parse(r.stdout) as unknown[];
    expect((out[0] as { decision: string }).decision).to.equal('ExplicitDeny');
    expect((out[1] as ErrorEntry).error.code).to.equal('json-duplicate-key');
    expect((out[1] as ErrorEntry).error.path).to.equal('[1].principal.kind');
    expect((out[2] as { decision: string }).decision).to.equal('Allow');
    expect(r.stderr).to.match(/:\d+:\d+: error \[json-duplicate-key\] \[1\]\.principal\.kind is given twice/);
  });

  it('an invalid bundle with several problems gets one error entry; standard error lists them all', async () => {
    const twoProblems = '{"principal": {"kind": "usr"}, "request": {"action": "s3:GetObject"}}';
    const r = await run(['simulate', batchFile(twoProblems, CROSS), '--batch']);
    expect(r.code).to.equal(2);
    const out = JSON.parse(r.stdout) as unknown[];
    expect((out[0] as ErrorEntry).error.path).to.equal('[0].principal.kind');
    expect((out[1] as { decision: string }).decision).to.equal('Allow');
    expect(r.stderr.trim().split('\n')).to.have.length(2);
    expect(r.stderr).to.include('[bundle-missing] [0].request.resource');
  });

  it('--expect checks the decided bundles; an invalid bundle still makes the exit status 2', async () => {
    const r = await run(['simulate', batchFile(DENY, BAD_KIND), '--batch', '--expect', 'Allow']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('expected Allow, got ExplicitDeny (bundle [0])');
    expect(r.stderr).to.not.include('(bundle [1])');
    const ok = await run(['simulate', batchFile(DENY, BAD_KIND), '--batch', '--expect', 'Deny']);
    expect(ok.code, 'the invalid bundle is not a decision that meets the expectation').to.equal(2);
  });

  it('--explain prints each decided bundle as text and the invalid one as its error, in order', async () => {
    const r = await run(['simulate', batchFile(DENY, BAD_KIND, CROSS), '--batch', '--explain']);
    expect(r.code).to.equal(2);
    const blocks = r.stdout.trim().split('\n\n');
    expect(blocks).to.have.length(3);
    expect(blocks[0]).to.match(/^ExplicitDeny: /);
    expect(blocks[1]).to.match(/^\[1\] invalid bundle: error \[bundle-kind\] \[1\]\.principal\.kind: /);
    expect(blocks[2]).to.match(/^Allow: /);
  });

  it('a batch whose bundles are all invalid prints only error entries and exits 2', async () => {
    const r = await run(['simulate', batchFile(BAD_KIND, '42'), '--batch']);
    expect(r.code).to.equal(2);
    const out = JSON.parse(r.stdout) as ErrorEntry[];
    expect(out.map((e) => e.error.path)).to.deep.equal(['[0].principal.kind', '[1]']);
    expect(out[1]?.error.code).to.equal('bundle-type');
  });

  it('without --batch an invalid bundle still prints nothing on standard output', async () => {
    const path = join(tmp, 'single.json');
    writeFileSync(path, BAD_KIND);
    const r = await run(['simulate', path]);
    expect(r.code).to.equal(2);
    expect(r.stdout).to.equal('');
  });
});
