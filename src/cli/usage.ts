import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PolicyKind } from '../policy/policy.js';

export const POLICY_KINDS: readonly PolicyKind[] = [
  'identity',
  'resource',
  'trust',
  'boundary',
  'session',
  'scp',
  'rcp',
];

export const USAGE = `Usage: iamspec <command> [options]

Commands:
  validate <policy.json|->   check an IAM policy document (- reads standard input)
  simulate [bundle.json|-]   decide a request: Allow, ExplicitDeny or ImplicitDeny, with reasons

Options:
  -h, --help      show this help
  -V, --version   show the version

Run 'iamspec validate --help' or 'iamspec simulate --help' for their options.
`;

export const VALIDATE_USAGE = `Usage: iamspec validate <policy.json|-> [--kind KIND] [--json]

Checks one IAM policy document: JSON syntax, the policy grammar, action, resource, principal and
condition values, and actions against the AWS catalogue.

Options:
  --kind KIND   what the policy is used as: ${POLICY_KINDS.join(', ')}
                (decides whether Principal is required or forbidden; unchecked when omitted)
  --json        print {"file", "diagnostics"} as JSON instead of one line per finding
  -h, --help    show this help

Exit status: 0 no errors (warnings allowed), 1 errors, 2 bad usage or unreadable input.
`;

/** The version in iamspec's package.json, found by walking up from this file (src/ or dist/src/). */
export function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const { name, version } = (parsed ?? {}) as { name?: unknown; version?: unknown };
      if (name === 'iamspec' && typeof version === 'string') return version;
    } catch {
      // No readable package.json at this level; keep walking up.
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

export const SIMULATE_USAGE = `Usage: iamspec simulate [bundle.json|-] [--batch] [--explain] [--expect DECISION]

Decides the request of a bundle (docs/cli.md, schema/bundle.schema.json) with every policy that applies.
Prints the result as JSON: {"decision", "reasons", "missingContextKeys"}.

Options:
  --batch            the input is an array of bundles; prints an array of results, in order,
                     with {"error": {"code", "message", "path"}} in place of an invalid bundle
  --explain          print the reasons as text instead of JSON
  --expect DECISION  Allow, ExplicitDeny, ImplicitDeny or Deny (either deny); exit 1 and print the
                     reasons when a decision differs
  -h, --help         show this help

Exit status: 0 decided (and as expected), 1 not as expected, 2 bad usage or invalid input
(with --batch: after every valid bundle was decided and printed).
`;
