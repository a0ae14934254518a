// Matching on its own: action and resource patterns, and condition blocks.
import assert from 'node:assert/strict';
import { type DataTable, Given, Then } from '@cucumber/cucumber';
import { compileConditions } from '../src/conditions/compile-conditions.js';
import { RequestContext } from '../src/context/request-context.js';
import { validatePolicy } from '../src/lint/validate-policy.js';
import { compileActionMatcher } from '../src/match/action-matcher.js';
import { compileResourceMatcher } from '../src/match/resource-matcher.js';
import { contextFromTable } from './support/context-table.js';
import type { IamspecWorld } from './support/world.js';

Then('the action pattern {string} {matchWord} {string}', (pattern: string, expected: boolean, action: string) => {
  const matched = compileActionMatcher([pattern]).test(action.toLowerCase());
  assert.equal(matched, expected, `action pattern ${pattern} against ${action}`);
});

Then('the resource pattern {string} {matchWord} {string}', (pattern: string, expected: boolean, resource: string) => {
  const matched = compileResourceMatcher([pattern], true).test(resource, RequestContext.empty());
  assert.equal(matched, expected, `resource pattern ${pattern} against ${resource}`);
});

Then(
  'with the context below, the resource pattern {string} {matchWord} {string}:',
  (pattern: string, expected: boolean, resource: string, table: DataTable) => {
    const ctx = RequestContext.from(contextFromTable(table));
    const matched = compileResourceMatcher([pattern], true).test(resource, ctx);
    assert.equal(matched, expected, `resource pattern ${pattern} against ${resource}`);
  },
);

Given('the condition block:', function (this: IamspecWorld, text: string) {
  this.conditionText = text;
});

function conditionsOf(world: IamspecWorld) {
  if (world.conditionText === undefined) throw new Error('no condition yet: start with "Given the condition block:"');
  const policy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":${world.conditionText}}]}`;
  const result = validatePolicy(policy, { kind: 'identity', source: 'condition block', catalog: false });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || result.policy === undefined) {
    throw new Error(`the condition block is not valid:\n${errors.map((d) => d.message).join('\n')}`);
  }
  const statement = result.policy.statements[0];
  if (statement === undefined) throw new Error('the condition block produced no statement');
  return compileConditions(statement.conditions, true);
}

Then('the condition {word} for the context:', function (this: IamspecWorld, verdict: string, table: DataTable) {
  if (verdict !== 'holds' && verdict !== 'fails') throw new Error(`write "holds" or "fails", not "${verdict}"`);
  const ctx = RequestContext.from(contextFromTable(table));
  const conditions = conditionsOf(this);
  const explained = conditions.explain(ctx);
  this.attach(JSON.stringify(explained, null, 2), 'application/json');
  assert.equal(conditions.test(ctx), verdict === 'holds', JSON.stringify(explained));
});

Then('the condition {word} for a request without context', function (this: IamspecWorld, verdict: string) {
  if (verdict !== 'holds' && verdict !== 'fails') throw new Error(`write "holds" or "fails", not "${verdict}"`);
  assert.equal(conditionsOf(this).test(RequestContext.empty()), verdict === 'holds');
});
