// Policy documents: validating them and reading their diagnostics.
import assert from 'node:assert/strict';
import { Given, Then, When } from '@cucumber/cucumber';
import { validatePolicy } from '../src/lint/validate-policy.js';
import type { PolicyKind } from '../src/policy/policy.js';
import type { IamspecWorld } from './support/world.js';

Given('the {policyKind} policy:', function (this: IamspecWorld, kind: PolicyKind, text: string) {
  this.policyKind = kind;
  this.policyText = text;
});

When('I validate it', function (this: IamspecWorld) {
  if (this.policyText === undefined) throw new Error('no policy yet: start with "Given the identity policy:"');
  const result = validatePolicy(this.policyText, { kind: this.policyKind, source: 'scenario policy' });
  this.diagnostics = result.diagnostics;
  this.attach(JSON.stringify(result.diagnostics, null, 2), 'application/json');
});

function diagnosticsOf(world: IamspecWorld) {
  if (world.diagnostics === undefined) throw new Error('nothing validated yet: add "When I validate it"');
  return world.diagnostics;
}

function listed(world: IamspecWorld): string {
  const all = diagnosticsOf(world);
  return all.length === 0 ? '(none)' : all.map((d) => `${d.severity} ${d.code} at ${d.path}: ${d.message}`).join('\n');
}

Then('it has no errors', function (this: IamspecWorld) {
  const errors = diagnosticsOf(this).filter((d) => d.severity === 'error');
  assert.equal(errors.length, 0, `expected no errors, got:\n${listed(this)}`);
});

Then('it has no diagnostics', function (this: IamspecWorld) {
  assert.equal(diagnosticsOf(this).length, 0, `expected no diagnostics, got:\n${listed(this)}`);
});

Then(
  'there is a(n) {severity} {string} at {string}',
  function (this: IamspecWorld, severity: string, code: string, path: string) {
    const found = diagnosticsOf(this).some((d) => d.severity === severity && d.code === code && d.path === path);
    assert.ok(found, `expected ${severity} ${code} at ${path}; diagnostics:\n${listed(this)}`);
  },
);

Then(
  'there is a(n) {severity} {string} at {string} saying {string}',
  function (this: IamspecWorld, severity: string, code: string, path: string, words: string) {
    const found = diagnosticsOf(this).find((d) => d.severity === severity && d.code === code && d.path === path);
    assert.ok(found, `expected ${severity} ${code} at ${path}; diagnostics:\n${listed(this)}`);
    assert.ok(found.message.includes(words), `expected the message to say "${words}"; it says: ${found.message}`);
  },
);
