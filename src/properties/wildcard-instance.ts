import fc from 'fast-check';
import type { NamedPolicy } from '../engine/bundle.js';
import { GENERIC_NAME } from './generic-resource.js';
import { SEGMENT } from './random-text.js';

/**
 * Text for one `*`: a plain name (what shrinking ends with), nothing, words the policies use (`public`,
 * `reports/2024`), or random path segments.
 */
function fill(words: readonly string[]): fc.Arbitrary<string> {
  const random = SEGMENT;
  const word = words.length === 0 ? random : fc.oneof(fc.constantFrom(...words), random);
  return fc.oneof(
    { withCrossShrink: true },
    fc.constant(GENERIC_NAME),
    fc.constant(''),
    word,
    fc.array(word, { minLength: 2, maxLength: 3 }).map((parts) => parts.join('/')),
  );
}

/**
 * A text the wildcard pattern matches: each `*` replaced by generated text (which may hold `/`), each `?` by one
 * character, each policy variable `${…}` like a `*`. Shrinks toward empty fills.
 */
export function wildcardInstance(pattern: string, words: readonly string[]): fc.Arbitrary<string> {
  const pieces = pattern.split(/(\$\{[^}]*\}|\*|\?)/);
  const parts = pieces.map((piece, i) => {
    if (i % 2 === 0) return fc.constant(piece);
    return piece === '?' ? fc.constantFrom('a', '0', '-') : fill(words);
  });
  return fc.tuple(...parts).map((texts) => texts.join(''));
}

/**
 * Words from the resource part of the policies' Resource patterns (`arn:aws:s3:::payroll/public/*` gives
 * `payroll`, `public`), so generated names reach the prefixes the policies single out.
 */
export function resourceWords(policies: readonly NamedPolicy[]): string[] {
  const words = new Set<string>();
  for (const named of policies) {
    for (const statement of named.policy.statements) {
      for (const pattern of [...(statement.resource ?? []), ...(statement.notResource ?? [])]) {
        const rest = pattern.split(':').slice(5).join(':');
        for (const piece of rest.split('/')) {
          const word = piece.replace(/\$\{[^}]*\}|[*?]/g, '');
          if (word !== '') words.add(word);
        }
      }
    }
  }
  return [...words].sort();
}
