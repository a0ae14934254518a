import { type CliIo, EXIT_OK, EXIT_USAGE } from './cli-io.js';
import { packageVersion, USAGE } from './usage.js';
import { simulateCommand } from './simulate-command.js';
import { validateCommand } from './validate-command.js';

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  validate: validateCommand,
  simulate: simulateCommand,
};

/**
 * The `iamspec` command line. `argv` is what follows the program name. Returns the exit code instead of
 * exiting, so tests can call it; nothing here throws for bad input.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`iamspec ${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = first === undefined || !Object.hasOwn(COMMANDS, first) ? undefined : COMMANDS[first];
  if (command === undefined) {
    const problem =
      first === undefined ? 'missing command' : `unknown ${first.startsWith('-') ? 'option' : 'command'} '${first}'`;
    io.stderr.write(`iamspec: ${problem}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  return command(rest, io);
}
