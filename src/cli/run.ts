import { main } from './main.js';

// The process entry point: real streams in, exit code out. Anything thrown here is a bug in iamspec, so it is
// reported in one line rather than as a stack trace.

// A reader that stops early (`iamspec simulate --batch big.json | head`) closes the pipe: stop quietly with the exit
// status a program killed by SIGPIPE has (128 + 13), as command-line tools do, instead of Node's stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(141);
    process.exitCode = 70;
  });
}

try {
  process.exitCode = await main(process.argv.slice(2), process);
} catch (thrown) {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  process.stderr.write(`iamspec: internal error: ${message.split('\n')[0] ?? message}\n`);
  process.exitCode = 70;
}
