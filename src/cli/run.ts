import { main } from './main.js';

// The process entry point: real streams in, exit code out. Anything thrown here is a bug in iamspec, so it is
// reported in one line rather than as a stack trace.
try {
  process.exitCode = await main(process.argv.slice(2), process);
} catch (thrown) {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  process.stderr.write(`iamspec: internal error: ${message.split('\n')[0] ?? message}\n`);
  process.exitCode = 70;
}
