// `npm run scenarios:expected-failures`: runs the scenarios tagged @expected-failure (deliberately broken policies)
// and succeeds only if every one of them fails with a property counterexample that carries its seed and path.
import type { Envelope } from '@cucumber/messages';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';

/** What a property failure must show for it to count as the expected kind of failure. */
const MUST_SHOW = ['Seed: ', 'Path: ', 'Replay: IAMSPEC_SEED=', 'iamspec simulate'];

// Feature files may be given (`npm run scenarios:expected-failures -- features/properties`); default: all of them.
const paths = process.argv.slice(2);
const { runConfiguration } = await loadConfiguration({
  profiles: ['expectedFailures'],
  ...(paths.length === 0 ? {} : { provided: { paths } }),
});
const envelopes: Envelope[] = [];
await runCucumber(runConfiguration, { stdout: process.stdout, stderr: process.stderr }, (e) => envelopes.push(e));

const names = new Map<string, string>();
const testCases = new Map<string, string>();
const started = new Map<string, string>();
const messages = new Map<string, string>();
for (const e of envelopes) {
  if (e.pickle) names.set(e.pickle.id, `${e.pickle.uri}: ${e.pickle.name}`);
  if (e.testCase) testCases.set(e.testCase.id, e.testCase.pickleId);
  if (e.testCaseStarted) started.set(e.testCaseStarted.id, e.testCaseStarted.testCaseId);
  if (e.testStepFinished && e.testStepFinished.testStepResult.status !== 'PASSED') {
    const pickle = testCases.get(started.get(e.testStepFinished.testCaseStartedId) ?? '') ?? '';
    const result = e.testStepFinished.testStepResult;
    messages.set(pickle, `${result.status}: ${result.exception?.message ?? result.message ?? ''}`);
  }
}

// Cucumber announces every pickle, run or not: the ones the tag filter kept are those with a test case.
const ran = new Set(testCases.values());
const problems: string[] = [];
for (const [pickle, name] of [...names].filter(([id]) => ran.has(id))) {
  const message = messages.get(pickle);
  if (message === undefined) problems.push(`${name}: passed, but it is tagged @expected-failure`);
  else if (!message.startsWith('FAILED: ')) problems.push(`${name}: ${message.split('\n')[0]}`);
  else {
    const missing = MUST_SHOW.filter((text) => !message.includes(text));
    if (missing.length > 0) problems.push(`${name}: failed without a counterexample (missing ${missing.join(', ')})`);
  }
}
if (ran.size === 0) problems.push('no scenario is tagged @expected-failure');

if (problems.length > 0) {
  console.error(`\nexpected failures: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\nexpected failures: all ${ran.size} scenarios failed with a counterexample, seed and path, as they should`,
);
