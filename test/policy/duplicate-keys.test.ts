import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import { parseBundle } from '../../src/bundle/parse-bundle.js';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import { AwsModel } from '../../src/model/aws-model.js';
import { ModelError } from '../../src/model/model-error.js';
import { parseJson } from '../../src/policy/parse-json.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import { run } from '../cli/run-cli.js';

// R5: a key given twice in one JSON object is ambiguous (parsers differ on which one counts; IAM Access Analyzer
// reports it as an error), so iamspec fails closed: an error naming the path and both places, in `validate`, in
// scenario policies, and for `simulate`, which refuses the bundle.

const EFFECT_TWICE =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}';
// Columns of the two "Effect" keys in EFFECT_TWICE.
const FIRST = EFFECT_TWICE.indexOf('"Effect"') + 1;
const AGAIN = EFFECT_TWICE.indexOf('"Effect"', FIRST) + 1;
const SOURCE_IP_TWICE = [
  '{',
  '  "Version": "2012-10-17",',
  '  "Statement": [{',
  '    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",',
  '    "Condition": {"IpAddress": {',
  '      "aws:SourceIp": "10.0.0.0/8",',
  '      "aws:SourceIp": "0.0.0.0/0"',
  '    }}',
  '  }]',
  '}',
].join('\n');

const tmp = mkdtempSync(join(tmpdir(), 'iamspec-dup-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('R5 a duplicate JSON key is an error that names the path and both places', () => {
  it('R5 parseJson refuses a duplicate key by default, naming the path and both positions', () => {
    const result = parseJson(EFFECT_TWICE, { source: 'p.json' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.code).to.equal('json-duplicate-key');
    expect(result.error.severity).to.equal('error');
    expect(result.error.path).to.equal('Statement[0].Effect');
    expect(result.error.message).to.equal(
      `p.json:1:${AGAIN}: Statement[0].Effect is given twice: first at 1:${FIRST}, again at 1:${AGAIN}; ` +
        'a repeated key is ambiguous (IAM Access Analyzer reports it as an error), so keep only one (R5)',
    );
    expect(result.position).to.deep.equal({ line: 1, column: AGAIN });
  });

  it('R5 parseJson with duplicateKeys "report" reads on and lists every duplicate as an error', () => {
    const text = '{"a": 1, "a": 2, "b": {"c": 1, "c": 2, "c": 3}}';
    const result = parseJson(text, { duplicateKeys: 'report' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.document.duplicates.map((d) => [d.code, d.severity, d.path])).to.deep.equal([
      ['json-duplicate-key', 'error', 'a'],
      ['json-duplicate-key', 'error', 'b.c'],
      ['json-duplicate-key', 'error', 'b.c'],
    ]);
    expect(result.document.duplicates[2]?.message).to.include('b.c is given twice: first at 1:24, again at 1:40');
  });

  it('R5 validatePolicy: {"Effect":"Deny","Effect":"Allow"} is an error, so no policy reaches the engine', () => {
    const result = validatePolicy(EFFECT_TWICE, { source: 'p.json' });
    const duplicate = result.diagnostics.filter((d) => d.code === 'json-duplicate-key');
    expect(duplicate.map((d) => [d.severity, d.path])).to.deep.equal([['error', 'Statement[0].Effect']]);
    expect(duplicate[0]?.message).to.include(`first at 1:${FIRST}, again at 1:${AGAIN}`);
    const [first] = duplicate;
    expect(first === undefined ? undefined : result.positionOf(first)).to.deep.equal({ line: 1, column: AGAIN });
  });

  it('R5 parsePolicy: two aws:SourceIp keys under one operator are an error at the second', () => {
    const result = parsePolicy(SOURCE_IP_TWICE, { source: 'p.json' });
    const [duplicate] = result.diagnostics.filter((d) => d.code === 'json-duplicate-key');
    expect(duplicate?.severity).to.equal('error');
    expect(duplicate?.path).to.equal('Statement[0].Condition.IpAddress.aws:SourceIp');
    expect(duplicate?.message).to.include('is given twice: first at 6:7, again at 7:7');
  });

  it('R5 iamspec validate exits 1 with one line per duplicate, FILE:LINE:COL first', async () => {
    const path = file('dup.json', EFFECT_TWICE);
    const result = await run(['validate', path]);
    expect(result.code).to.equal(1);
    const [line] = result.stdout.split('\n');
    expect(line).to.match(
      new RegExp(`^${path.replace(/[.\\/]/g, '\\$&')}:1:${AGAIN}: error \\[json-duplicate-key\\] `),
    );
    expect(line).to.include(`first at 1:${FIRST}, again at 1:${AGAIN}`);
  });

  it('R5 a scenario policy with a duplicate key is refused by the model', () => {
    const model = new AwsModel();
    model.addAccount('dev', '111122223333');
    model.addUser('alice', 'dev');
    let thrown: unknown;
    try {
      model.putInlinePolicy('user', 'alice', 'p', SOURCE_IP_TWICE);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(ModelError);
    expect((thrown as Error).message).to.include('Statement[0].Condition.IpAddress.aws:SourceIp is given twice');
  });
});

describe('R5 simulate refuses a bundle with a duplicate key anywhere in its JSON text', () => {
  const policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}';
  const bundleText = (principalPolicy: string, action = '"action": "s3:GetObject"') =>
    `{"principal": {"kind": "user", "arn": "arn:aws:iam::111122223333:user/a", "account": "111122223333", ` +
    `"identityPolicies": [${principalPolicy}]}, "request": {${action}, "resource": "arn:aws:s3:::b/k"}}`;

  it('R5 the bundle is valid without the duplicate (control)', async () => {
    const result = await run(['simulate', file('ok.json', bundleText(policy))]);
    expect(result.code).to.equal(0);
  });

  it('R5 a duplicate Effect in one of its policies: exit 2, one line naming the path', async () => {
    const result = await run(['simulate', file('dup-policy.json', bundleText(EFFECT_TWICE))]);
    expect(result.code).to.equal(2);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.include('error [json-duplicate-key]');
    expect(result.stderr).to.include('principal.identityPolicies[0].Statement[0].Effect is given twice');
  });

  it('R5 a duplicate key among the bundle’s own fields: exit 2', async () => {
    const text = bundleText(policy, '"action": "s3:PutObject", "action": "s3:GetObject"');
    const result = await run(['simulate', file('dup-field.json', text)]);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.include('request.action is given twice');
  });

  it('R5 parseBundle reads JSON text and reports the duplicate as a bundle error', () => {
    const result = parseBundle(bundleText(EFFECT_TWICE), 'b.json');
    expect(result.bundle).to.equal(undefined);
    const [duplicate] = result.diagnostics;
    expect(duplicate?.code).to.equal('json-duplicate-key');
    expect(duplicate?.severity).to.equal('error');
    expect(duplicate?.path).to.equal('principal.identityPolicies[0].Statement[0].Effect');
  });
});
