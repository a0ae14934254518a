import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_DURATION_SECONDS, parseDuration } from '../../steps/support/duration.js';

test('a duration is read in seconds', () => {
  assert.equal(parseDuration('7200 seconds'), 7200);
  assert.equal(parseDuration('1 hour'), 3600);
  assert.equal(parseDuration('2 days'), 172800);
  assert.equal(parseDuration('0 seconds'), 0);
});

test('a duration of 36500 days is the longest accepted', () => {
  assert.equal(parseDuration('36500 days'), MAX_DURATION_SECONDS);
  assert.throws(() => parseDuration('36501 days'), /out of range: a duration is 0 to 3153600000 seconds/);
});

test('a duration too large for a number is refused at the step, with the valid range', () => {
  assert.throws(
    () => parseDuration('99999999999999999999999999999 days'),
    (error: Error) => !error.message.includes('\n') && /out of range: a duration is 0 to/.test(error.message),
  );
});
