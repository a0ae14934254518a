// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { equalsIgnoreCase } from '../../src/conditions/equals-ignore-case.js';
import { compileGlob } from '../../src/match/glob.js';
import { evaluate } from './evaluate.js';

const runs = process.env.IAMSPEC_DEEP === '1' ? 10_000 : 800;

/** R46 by brute force: the request value matches when it matches any one policy value. */
function any(values: readonly string[], matches: (policy: string) => boolean): boolean {
  return values.some(matches);
}

describe('R46 R151 one matcher over many policy values answers as the values one by one (property)', () => {
  const numbers = fc.array(fc.integer({ min: -5, max: 5 }).map(String), { minLength: 1, maxLength: 12 });
  const relations: [string, (r: number, p: number) => boolean][] = [
    ['NumericEquals', (r, p) => r === p],
    ['NumericLessThan', (r, p) => r < p],
    ['NumericLessThanEquals', (r, p) => r <= p],
    ['NumericGreaterThan', (r, p) => r > p],
    ['NumericGreaterThanEquals', (r, p) => r >= p],
  ];
  for (const [operator, relation] of relations) {
    it(`${operator}: a Set, a maximum or a minimum`, () => {
      fc.assert(
        fc.property(numbers, fc.integer({ min: -6, max: 6 }), (values, request) => {
          const expected = any(values, (p) => relation(request, Number(p)));
          expect(evaluate({ operator, values, ctx: { k: String(request) }, expected })).to.equal(expected);
        }),
        { numRuns: runs },
      );
    });
  }

  const text = fc.array(fc.constantFrom('a', 'B', 'é', 'É', '*', '?', '-'), { maxLength: 5 }).map((cs) => cs.join(''));
  const texts = fc.array(text, { maxLength: 20 });

  it('StringEqualsIgnoreCase: a Set of lowercase forms', () => {
    fc.assert(
      fc.property(texts, text, (values, request) => {
        const expected = any(values, (p) => equalsIgnoreCase(request, p.toLowerCase()));
        expect(evaluate({ operator: 'StringEqualsIgnoreCase', values, ctx: { k: request }, expected })).to.equal(
          expected,
        );
      }),
      { numRuns: runs },
    );
  });

  it('ForAnyValue:StringLike and ForAllValues:StringNotLike over request sets, with and without variables', () => {
    const withVariables = fc.array(
      fc.oneof(
        text,
        text.map((t) => `${t}\${aws:username}`),
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(withVariables, fc.array(text, { maxLength: 5 }), text, (values, request, username) => {
        // R34: the substituted user name is literal text between the policy's own wildcard text.
        const literal = (r: string) =>
          values.some((p) => {
            const pieces = p.split('${aws:username}').flatMap((part, i) =>
              i === 0
                ? [{ text: part, wildcards: true }]
                : [
                    { text: username, wildcards: false },
                    { text: part, wildcards: true },
                  ],
            );
            return compileGlob(pieces).test(r);
          });
        const ctx = { k: request, 'aws:username': username };
        const anyExpected = request.some(literal);
        expect(evaluate({ operator: 'ForAnyValue:StringLike', values, ctx, expected: anyExpected })).to.equal(
          anyExpected,
        );
        const allExpected = request.every((r) => !literal(r));
        expect(evaluate({ operator: 'ForAllValues:StringNotLike', values, ctx, expected: allExpected })).to.equal(
          allExpected,
        );
      }),
      { numRuns: runs },
    );
  });
});
