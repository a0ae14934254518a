import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validatePolicy } from '../../src/lint/validate-policy.js';
import type { PolicyKind } from '../../src/policy/policy.js';

const ROOT = join(import.meta.dirname, '../fixtures/policies');
const KINDS: readonly string[] = ['identity', 'resource', 'trust', 'boundary', 'session', 'scp', 'rcp'];

/** `name.KIND.json` validates as that kind; `name.json` validates without a kind. */
function kindOf(file: string): PolicyKind | undefined {
  const parts = basename(file, '.json').split('.');
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return last !== undefined && KINDS.includes(last) ? (last as PolicyKind) : undefined;
}

function policiesIn(folder: string): string[] {
  return readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .sort();
}

function validate(folder: string, file: string) {
  const kind = kindOf(file);
  return validatePolicy(readFileSync(join(ROOT, folder, file), 'utf8'), kind === undefined ? {} : { kind });
}

describe('policy fixtures', () => {
  describe('valid/: every policy validates with no diagnostics at all', () => {
    for (const file of policiesIn('valid')) {
      it(file, () => {
        const result = validate('valid', file);
        expect(result.diagnostics.map((d) => `${d.code} ${d.path}: ${d.message}`)).to.deep.equal([]);
        expect(result.policy).to.not.equal(undefined);
      });
    }
  });

  describe('invalid/: diagnostics equal the sibling .expected.json exactly (code, path, severity)', () => {
    for (const file of policiesIn('invalid')) {
      it(file, () => {
        const expectedFile = join(ROOT, 'invalid', file.replace(/\.json$/, '.expected.json'));
        const expected: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'));
        const actual = validate('invalid', file).diagnostics.map(({ code, path, severity }) => ({
          code,
          path,
          severity,
        }));
        expect(actual).to.deep.equal(expected);
      });
    }
  });

  it('every invalid fixture has an expected file and every expected file has a fixture', () => {
    const all = readdirSync(join(ROOT, 'invalid'));
    const policies = all.filter((f) => !f.endsWith('.expected.json'));
    const expected = all.filter((f) => f.endsWith('.expected.json'));
    expect(expected.map((f) => f.replace('.expected.json', '.json')).sort()).to.deep.equal(policies.sort());
  });
});
