import type { Diagnostic } from '../policy/diagnostic.js';
import type { JsonValue } from '../policy/json-value.js';
import { type JsonDocument, parseJson } from '../policy/parse-json.js';
import type { ParseBundleResult } from './parse-bundle.js';

/** A bundle's JSON text, read: its value and a way to finish the result, or the problem that stopped it. */
export type BundleText =
  | { readonly ok: false; readonly result: ParseBundleResult }
  | { readonly ok: true; readonly value: JsonValue; finish(result: ParseBundleResult): ParseBundleResult };

/**
 * Reads the JSON text of a `simulate` bundle under the R4 limits. A key given twice anywhere in it, in the bundle's
 * own fields or in one of its policies, is a bundle error (R5): `finish` adds those to the bundle's other problems,
 * withholds the bundle, and puts the line and column of each problem after the file name.
 */
export function readBundleText(text: string, source: string): BundleText {
  const read = parseJson(text, { source, duplicateKeys: 'report' });
  if (!read.ok) return { ok: false, result: { diagnostics: [read.error] } };
  const doc = read.document;
  return {
    ok: true,
    value: doc.value,
    finish(result) {
      const problems = [...doc.duplicates, ...result.diagnostics.map((d) => located(d, source, doc))];
      return problems.length === 0 ? result : { diagnostics: problems };
    },
  };
}

/** `SOURCE: path: message` becomes `SOURCE:LINE:COL: path: message` when the path is in the text. */
function located(d: Diagnostic, source: string, doc: JsonDocument): Diagnostic {
  const at = doc.locate(d.path);
  const lead = `${source}: `;
  if (at === undefined || !d.message.startsWith(lead)) return d;
  return { ...d, message: `${source}:${at.line}:${at.column}: ${d.message.slice(lead.length)}` };
}
