// Whether a scenario tagged @expected-failure failed, and failed for the reason it declares.
import type { ScenarioOutcome } from './scenario-outcomes.js';

/** What a property failure must show for it to count as the expected kind of failure. */
export const COUNTEREXAMPLE_SHOWS: readonly string[] = [
  'Seed: ',
  'Path: ',
  'Replay: IAMSPEC_SEED=',
  'iamspec simulate',
];

/** The shortest text a scenario must quote from its message: a phrase, which an unrelated failure will not contain. */
export const MIN_REASON_LENGTH = 20;

/** A declaration whose texts are all shorter than MIN_REASON_LENGTH matches too much (`e` is in every message). */
function tooShort(failsWith: readonly string[]): string | undefined {
  if (failsWith.some((text) => text.trim().length >= MIN_REASON_LENGTH)) return undefined;
  const quoted = failsWith.map((t) => `"${t}"`).join(', ');
  return `declares only short "Fails with:" texts (${quoted}); quote at least ${MIN_REASON_LENGTH} characters of the message in one of them, so that a failure for another reason cannot match`;
}

/**
 * The problem with an expected-failure scenario's outcome, or undefined when it failed as it should: a failed step
 * (not an undefined, ambiguous or pending one) whose message contains every `Fails with:` text of the scenario's
 * description, or, for a scenario that declares none, a property counterexample with its seed, path and replay.
 */
export function judgeExpectedFailure(outcome: ScenarioOutcome): string | undefined {
  const { failure, failsWith } = outcome;
  if (failure === undefined) return 'passed, but it is tagged @expected-failure';
  const first = failure.message.split('\n')[0] ?? '';
  if (failure.status !== 'FAILED') return `${failure.status} instead of failed: ${first}`;
  if (failsWith.length > 0) {
    const missing = failsWith.filter((text) => !failure.message.includes(text));
    if (missing.length === 0) return tooShort(failsWith);
    return `failed for another reason: expected a message with "${missing.join('", "')}", got: ${first}`;
  }
  const missing = COUNTEREXAMPLE_SHOWS.filter((text) => !failure.message.includes(text));
  if (missing.length === 0) return undefined;
  return `failed without a counterexample (missing ${missing.join(', ')}) and declares no "Fails with:" line: ${first}`;
}
