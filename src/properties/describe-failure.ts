import { renderText } from '../explain/render-text.js';
import type { PropertyFailed } from './property-result.js';

const ALIKE_SHOWN = 5;

/**
 * A failed property in words: what broke it, the engine's reasons, the shrunk counterexample as a bundle ready for
 * `iamspec simulate`, and the seed and path that replay it (`replay` says how, for the runner at hand).
 */
export function describeFailure(property: string, failed: PropertyFailed, replay: readonly string[] = []): string {
  const c = failed.counterexample;
  const summary = { principal: c.principal, action: c.action, resource: c.resource };
  const generated = Object.keys(c.generatedContext).length === 0 ? 'none' : JSON.stringify(c.generatedContext);
  const lines = [
    `Property broken: ${property}`,
    `${c.why}.`,
    `Expected ${c.expected}; the engine decided:`,
    indent(renderText(c.result, summary)),
    `Generated context keys: ${generated}`,
  ];
  if (c.alike.length > 0) {
    const more = c.alike.length > ALIKE_SHOWN ? ` and ${c.alike.length - ALIKE_SHOWN} more` : '';
    lines.push(
      `Actions the policies treat alike, which fail the same way: ${c.alike.slice(0, ALIKE_SHOWN).join(', ')}${more}`,
    );
  }
  lines.push(
    '',
    `Smallest counterexample (shrunk ${failed.shrinks} times after ${failed.runs} generated cases), as an \`iamspec simulate\` bundle;`,
    'save it as counterexample.json and run `npx iamspec simulate counterexample.json --explain`:',
    JSON.stringify(c.bundleJson, null, 2),
    '',
    `Seed: ${failed.seed}`,
    `Path: ${failed.path}`,
    ...replay.map((line, i) => `${i === 0 ? 'Replay: ' : '    or: '}${line}`),
  );
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
