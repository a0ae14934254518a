import { parseArgs } from 'node:util';
import { validatePolicy } from '../lint/validate-policy.js';
import { hasErrors } from '../policy/diagnostic.js';
import type { PolicyKind } from '../policy/policy.js';
import { type CliIo, EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './cli-io.js';
import { formatJsonReport, formatLine, formatSummary, type LocatedDiagnostic } from './format-report.js';
import { displayName, readInput } from './read-input.js';
import { POLICY_KINDS, VALIDATE_USAGE } from './usage.js';

interface ValidateArgs {
  readonly input: string;
  readonly kind?: PolicyKind;
  readonly json: boolean;
}

/** Parses `validate` arguments, or returns the usage error to print. */
function parseValidateArgs(args: readonly string[]): ValidateArgs | 'help' | { readonly usageError: string } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (thrown) {
    return { usageError: thrown instanceof Error ? (thrown.message.split('.')[0] ?? thrown.message) : String(thrown) };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return 'help';
  if (positionals.length !== 1 || positionals[0] === undefined) {
    return {
      usageError:
        positionals.length === 0
          ? 'missing the policy file (or - for standard input)'
          : `expected one policy file, got ${positionals.length}`,
    };
  }
  const kind = POLICY_KINDS.find((k) => k === values.kind);
  if (values.kind !== undefined && kind === undefined) {
    return { usageError: `unknown --kind '${values.kind}'; valid kinds are ${POLICY_KINDS.join(', ')}` };
  }
  return { input: positionals[0], json: values.json === true, ...(kind === undefined ? {} : { kind }) };
}

const OPTIONS = {
  kind: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `iamspec validate`: read → validatePolicy → print; returns the exit code. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseValidateArgs(args);
  if (parsed === 'help') {
    io.stdout.write(VALIDATE_USAGE);
    return EXIT_OK;
  }
  if ('usageError' in parsed) {
    io.stderr.write(`iamspec validate: ${parsed.usageError}\n\n${VALIDATE_USAGE}`);
    return EXIT_USAGE;
  }
  const file = displayName(parsed.input);
  const read = await readInput(parsed.input, io);
  if (!read.ok) {
    io.stderr.write(`${file}: error [${read.code}] ${read.message}\n`);
    return EXIT_USAGE;
  }
  // No `source`: the file name and position lead each printed line already.
  const result = validatePolicy(read.text, parsed.kind === undefined ? {} : { kind: parsed.kind });
  const items: LocatedDiagnostic[] = result.diagnostics.map((diagnostic) => {
    const position = result.positionOf(diagnostic);
    return position === undefined ? { diagnostic } : { diagnostic, position };
  });
  if (parsed.json) io.stdout.write(formatJsonReport(file, items));
  else if (result.unreadable) io.stderr.write(`${items.map((i) => formatLine(file, i)).join('\n')}\n`);
  else io.stdout.write(`${[...items.map((i) => formatLine(file, i)), formatSummary(file, items)].join('\n')}\n`);
  if (result.unreadable) return EXIT_USAGE;
  return hasErrors(result.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}
