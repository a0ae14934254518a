import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stepsDoc } from '../../scripts/steps-doc.js';

test('docs/steps.md is up to date with the step definitions (run `npm run docs:steps` to regenerate it)', async () => {
  const expected = await stepsDoc();
  const actual = readFileSync('docs/steps.md', 'utf8');
  assert.equal(actual, expected, 'docs/steps.md is out of date: run `npm run docs:steps`');
});
