import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { run } from './run-cli.js';

const ROOT = join(import.meta.dirname, '../..');
const VALID = join(ROOT, 'test/fixtures/policies/valid');
const INVALID = join(ROOT, 'test/fixtures/policies/invalid');

const tmp = mkdtempSync(join(tmpdir(), 'iamspec-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const CLEAN =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';
const WARN_ONLY =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]}';
const BROKEN =
  '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}\n';

describe('iamspec CLI: main()', () => {
  describe('validate', () => {
    it('exits 0 and says so for a clean policy', async () => {
      const path = file('clean.json', CLEAN);
      const result = await run(['validate', path]);
      expect(result).to.deep.equal({ code: 0, stdout: `${path}: no problems found\n`, stderr: '' });
    });

    it('exits 0 with warnings only, one line per finding plus a summary', async () => {
      const path = file('warn.json', WARN_ONLY);
      const result = await run(['validate', path]);
      expect(result.code).to.equal(0);
      expect(result.stdout.split('\n')).to.deep.equal([
        `${path}:1:61: warning [action-unknown] Statement[0].Action: unknown action 's3:GetObjekt'; did you mean 's3:GetObject'? (at Statement[0].Action)`,
        `${path}: 0 errors, 1 warning`,
        '',
      ]);
    });

    it('exits 1 on errors, FILE:LINE:COL first', async () => {
      const path = file('broken.json', BROKEN);
      const result = await run(['validate', path]);
      expect(result.code).to.equal(1);
      expect(result.stdout).to.equal(
        `${path}:4:5: error [effect-invalid] Statement[0].Effect is "allow"; valid values are "Allow" and "Deny" (case-sensitive); did you mean "Allow"? (at Statement[0].Effect)\n${path}: 1 error, 0 warnings\n`,
      );
    });

    it('--json prints {file, diagnostics} with positions', async () => {
      const path = file('broken2.json', BROKEN);
      const result = await run(['validate', '--json', path]);
      expect(result.code).to.equal(1);
      expect(JSON.parse(result.stdout)).to.deep.equal({
        file: path,
        diagnostics: [
          {
            code: 'effect-invalid',
            severity: 'error',
            message:
              'Statement[0].Effect is "allow"; valid values are "Allow" and "Deny" (case-sensitive); did you mean "Allow"?',
            path: 'Statement[0].Effect',
            line: 4,
            column: 5,
          },
        ],
      });
    });

    it('--kind applies the kind rules', async () => {
      const path = join(INVALID, 'principal-missing.resource.json');
      expect((await run(['validate', path])).code).to.equal(0);
      const result = await run(['validate', path, '--kind', 'resource']);
      expect(result.code).to.equal(1);
      expect(result.stdout).to.include('[principal-missing]');
    });

    it('reads standard input for -', async () => {
      const result = await run(['validate', '-'], [CLEAN.slice(0, 20), CLEAN.slice(20)]);
      expect(result).to.deep.equal({ code: 0, stdout: '<stdin>: no problems found\n', stderr: '' });
    });

    describe('exits 2 with one clear line for unreadable input', () => {
      const cases: [string, () => string[], RegExp][] = [
        [
          'a missing file',
          () => ['validate', join(tmp, 'nope.json')],
          /^.*nope\.json: error \[input-unreadable\] cannot read '.*nope\.json': no such file\n$/,
        ],
        [
          'a directory',
          () => ['validate', tmp],
          /: error \[input-unreadable\] cannot read '.*': it is a directory; give a policy JSON file\n$/,
        ],
        [
          'invalid JSON',
          () => ['validate', file('syntax.json', '{\n  "a": 1\n  "b": 2\n}')],
          /syntax\.json:3:3: error \[json-syntax\] expected ',' or '}' after a property, found '"'\n$/,
        ],
        [
          'an empty file',
          () => ['validate', file('empty.json', '')],
          /empty\.json:1:1: error \[json-syntax\] the input is empty/,
        ],
        [
          'deep nesting',
          () => ['validate', join(INVALID, 'json-too-deep.json')],
          /json-too-deep\.json:1:103: error \[json-too-deep\] nesting deeper than 64 levels/,
        ],
        [
          'a file over 1 MiB',
          () => ['validate', file('big.json', `{"Id": "${'x'.repeat(1024 * 1024)}"}`)],
          /big\.json: error \[json-too-large\] input is 1\.0 MiB \(1048586 bytes\); iamspec reads policies up to 1 MiB/,
        ],
      ];
      for (const [name, argv, pattern] of cases) {
        it(name, async () => {
          const result = await run(argv());
          expect(result.code).to.equal(2);
          expect(result.stdout).to.equal('');
          expect(result.stderr).to.match(pattern);
          expect(result.stderr.trimEnd().split('\n')).to.have.length(1);
          expect(result.stderr).to.not.include('    at ');
        });
      }
      it('standard input over 1 MiB', async () => {
        const chunk = 'x'.repeat(64 * 1024);
        const result = await run(
          ['validate', '-'],
          Array.from({ length: 20 }, () => chunk),
        );
        expect(result.code).to.equal(2);
        expect(result.stderr).to.equal(
          "<stdin>: error [json-too-large] input is over 1 MiB; iamspec reads policies up to 1 MiB, far above IAM's largest policy quota\n",
        );
      });
      it('invalid JSON with --json reports on stdout as JSON', async () => {
        const result = await run(['validate', '--json', file('syntax2.json', '{"a" 1}')]);
        expect(result.code).to.equal(2);
        const report = JSON.parse(result.stdout);
        expect(report.diagnostics[0]).to.include({ code: 'json-syntax', line: 1, column: 6 });
      });
    });

    describe('usage errors exit 2 with usage on stderr', () => {
      const cases: [string, string[], string][] = [
        ['no file', ['validate'], 'iamspec validate: missing the policy file (or - for standard input)'],
        ['two files', ['validate', 'a.json', 'b.json'], 'iamspec validate: expected one policy file, got 2'],
        ['unknown flag', ['validate', 'a.json', '--frob'], "iamspec validate: Unknown option '--frob'"],
        [
          'unknown kind',
          ['validate', 'a.json', '--kind', 'user'],
          "iamspec validate: unknown --kind 'user'; valid kinds are identity, resource, trust, boundary, session, scp, rcp",
        ],
        [
          '--kind without value',
          ['validate', 'a.json', '--kind'],
          "iamspec validate: Option '--kind <value>' argument missing",
        ],
      ];
      for (const [name, argv, first] of cases) {
        it(name, async () => {
          const result = await run(argv);
          expect(result.code).to.equal(2);
          expect(result.stdout).to.equal('');
          expect(result.stderr.split('\n')[0]).to.equal(first);
          expect(result.stderr).to.include('Usage: iamspec validate');
        });
      }
    });

    it('validate --help prints its usage and exits 0', async () => {
      const result = await run(['validate', '--help']);
      expect(result.code).to.equal(0);
      expect(result.stdout).to.include('Usage: iamspec validate <policy.json|-> [--kind KIND] [--json]');
    });
  });

  describe('top level', () => {
    it('--help prints usage and exits 0', async () => {
      const result = await run(['--help']);
      expect(result.code).to.equal(0);
      expect(result.stdout).to.include('Usage: iamspec <command>');
    });
    it('--version prints the package version', async () => {
      const result = await run(['--version']);
      expect(result.code).to.equal(0);
      expect(result.stdout).to.match(/^iamspec \d+\.\d+\.\d+\n$/);
    });
    for (const [name, argv, first] of [
      ['no command', [], 'iamspec: missing command'],
      ['unknown command', ['check'], "iamspec: unknown command 'check'"],
      ['unknown option', ['--frob'], "iamspec: unknown option '--frob'"],
      ['prototype name as command', ['constructor'], "iamspec: unknown command 'constructor'"],
    ] as [string, string[], string][]) {
      it(`${name} → usage on stderr, exit 2`, async () => {
        const result = await run(argv);
        expect(result.code).to.equal(2);
        expect(result.stderr.split('\n')[0]).to.equal(first);
        expect(result.stderr).to.include('Usage: iamspec <command>');
      });
    }
  });
});

describe('iamspec CLI: the process entry (src/cli/run.ts)', () => {
  const exec = promisify(execFile);
  async function spawn(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], {
        cwd: ROOT,
      });
      return { code: 0, stdout, stderr };
    } catch (thrown) {
      const failed = thrown as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    }
  }

  it('sets the exit status: 0 clean, 1 errors, 2 unreadable', async () => {
    const [clean, errors, unreadable] = await Promise.all([
      spawn(['validate', join(VALID, 'role-trust.trust.json'), '--kind', 'trust']),
      spawn(['validate', join(INVALID, 'effect-invalid.json')]),
      spawn(['validate', join(INVALID, 'json-missing-comma.json')]),
    ]);
    expect([clean.code, errors.code, unreadable.code]).to.deep.equal([0, 1, 2]);
    expect(clean.stdout).to.match(/role-trust\.trust\.json: no problems found\n$/);
    expect(errors.stdout).to.include('[effect-invalid]');
    expect(unreadable.stderr).to.match(/json-missing-comma\.json:5:5: error \[json-syntax\]/);
  });
});
