// `npm run scenarios:expected-failures`: runs the scenarios tagged @expected-failure and succeeds only if every one
// of them fails for its declared reason: each `Fails with: …` line of its description must be in the failure
// message (features/expected-failures), or, if it declares none, it must fail with a property counterexample that
// carries its seed and path (features/properties).
import { Writable } from 'node:stream';
import type { Envelope } from '@cucumber/messages';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import { judgeExpectedFailure } from './judge-expected-failure.js';
import { scenarioOutcomes } from './scenario-outcomes.js';

// Feature files may be given (`npm run scenarios:expected-failures -- features/properties`); default: all of them.
const paths = process.argv.slice(2);
const { runConfiguration } = await loadConfiguration({
  profiles: ['expectedFailures'],
  ...(paths.length === 0 ? {} : { provided: { paths } }),
});
const envelopes: Envelope[] = [];
// Every scenario here fails on purpose: cucumber's own report of the failures would read like a red run, so it is
// left out, and each scenario gets one line below (`npx cucumber-js -p expectedFailures` shows cucumber's report).
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
await runCucumber(runConfiguration, { stdout: quiet, stderr: process.stderr }, (e) => envelopes.push(e));

const outcomes = scenarioOutcomes(envelopes);
const problems: string[] = [];
for (const outcome of outcomes) {
  const problem = judgeExpectedFailure(outcome);
  if (problem !== undefined) problems.push(`${outcome.name}: ${problem}`);
  else console.log(`  failed as expected: ${outcome.name}: ${(outcome.failure?.message ?? '').split('\n')[0]}`);
}
if (outcomes.length === 0) problems.push('no scenario is tagged @expected-failure');

if (problems.length > 0) {
  console.error(`\nexpected failures: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const declared = outcomes.filter((o) => o.failsWith.length > 0).length;
console.log(
  `\nexpected failures: all ${outcomes.length} scenarios failed as they should (${declared} with their declared ` +
    `message, ${outcomes.length - declared} with a property counterexample, seed and path)`,
);
