// JUnit XML for CI: cucumber's own JUnit formatter, with a message for undefined and ambiguous steps.
//
// cucumber-js's `junit` formatter (@cucumber/junit-xml-formatter) takes a test case's failure message from the
// exception of its worst step. A step that failed has one; an undefined step has none, and an ambiguous one only a
// text, so CI test views showed an empty `<failure/>` for them. This formatter hands the same printer the same
// messages, after giving such steps an exception that says what is wrong. In cucumber.mjs:
//   format: [['./steps/junit-formatter.ts', 'reports/junit.xml']]                        (this repository)
//   format: [['iamspec/junit-formatter', 'reports/junit.xml']]                           (a project using iamspec)
import { createRequire } from 'node:module';
import type { Envelope, GherkinDocument, TestStepResult } from '@cucumber/messages';
import { failForNoScenario } from './support/no-scenario-report.js';

interface Printer {
  update(envelope: Envelope): void;
}
type PrinterClass = new (options: object, write: (text: string) => void) => Printer;

/** The printer behind cucumber's `junit` formatter, found through cucumber-js (whose dependency it is). */
function junitPrinter(): PrinterClass {
  const cucumber = createRequire(import.meta.url).resolve('@cucumber/cucumber');
  const module = createRequire(cucumber)('@cucumber/junit-xml-formatter') as { JUnitXmlPrinter: PrinterClass };
  return module.JUnitXmlPrinter;
}

/**
 * Follows a run's messages far enough to name a step (`Given a user "alice"`) and its snippet, and gives an
 * undefined or ambiguous step's result an exception with a one-line message.
 */
export class StepMessages {
  private readonly keywords = new Map<string, string>();
  private readonly pickleSteps = new Map<string, string>();
  private readonly testSteps = new Map<string, string>();
  private readonly snippets = new Map<string, string>();

  /** The envelope as the printer should see it. */
  update(envelope: Envelope): Envelope {
    if (envelope.gherkinDocument) this.readKeywords(envelope.gherkinDocument);
    for (const step of envelope.pickle?.steps ?? []) {
      const keyword = this.keywords.get(step.astNodeIds[0] ?? '') ?? '';
      this.pickleSteps.set(step.id, `${keyword}${step.text}`);
    }
    for (const step of envelope.testCase?.testSteps ?? []) {
      if (step.pickleStepId !== undefined) this.testSteps.set(step.id, step.pickleStepId);
    }
    const suggestion = envelope.suggestion;
    if (suggestion) this.snippets.set(suggestion.pickleStepId, suggestion.snippets.map((s) => s.code).join('\n\n'));
    const finished = envelope.testStepFinished;
    if (finished === undefined || finished.testStepResult.exception !== undefined) return envelope;
    const result = this.explained(finished.testStepId, finished.testStepResult);
    return result === undefined ? envelope : { ...envelope, testStepFinished: { ...finished, testStepResult: result } };
  }

  private explained(testStepId: string, result: TestStepResult): TestStepResult | undefined {
    const pickleStep = this.testSteps.get(testStepId) ?? '';
    const step = `"${this.pickleSteps.get(pickleStep) ?? 'a step'}"`;
    if (result.status === 'UNDEFINED') {
      const snippet = this.snippets.get(pickleStep);
      const message = `undefined step ${step}: no step definition matches its text; check its spelling against the step list, or define it`;
      const stackTrace = snippet === undefined ? message : `${message}\n\nA definition to start from:\n${snippet}`;
      return { ...result, exception: { type: 'UndefinedStep', message, stackTrace } };
    }
    if (result.status === 'AMBIGUOUS') {
      const message = `ambiguous step ${step}: more than one step definition matches its text`;
      const stackTrace = result.message === undefined ? message : `${message}\n${result.message}`;
      return { ...result, exception: { type: 'AmbiguousStep', message, stackTrace } };
    }
    return undefined;
  }

  private readKeywords(document: GherkinDocument): void {
    const children = document.feature?.children ?? [];
    for (const child of [...children, ...children.flatMap((c) => c.rule?.children ?? [])]) {
      for (const step of [...(child.background?.steps ?? []), ...(child.scenario?.steps ?? [])]) {
        this.keywords.set(step.id, step.keyword);
      }
    }
  }
}

// This module is the formatter plugin itself: cucumber-js accepts a module whose exports are `type`, `formatter` and
// `optionsKey` (so `formatOptions: { junit: { suiteName: … } }` applies as it does to cucumber's own).

/** Marks this module as a cucumber-js formatter plugin. */
export const type = 'formatter';

/** The formatter reads the same options as cucumber's `junit` formatter. */
export const optionsKey = 'junit';

/** Writes cucumber's JUnit XML, with a message for every undefined or ambiguous step. */
export function formatter(context: {
  readonly options: object;
  readonly on: (key: 'message', handler: (envelope: Envelope) => void) => void;
  readonly write: (text: string) => void;
}): void {
  const printer = new (junitPrinter())(context.options, context.write);
  const steps = new StepMessages();
  let started = 0;
  context.on('message', (envelope) => {
    if (envelope.testCaseStarted) started += 1;
    // R164: the formatter runs where the run is coordinated, so it sees parallel and dry runs that hooks miss.
    if (envelope.testRunFinished && started === 0) failForNoScenario();
    printer.update(steps.update(envelope));
  });
}
