import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { compileArnPattern } from '../../src/match/arn-pattern.js';
import { compileArnSet } from '../../src/match/arn-set.js';
import { compileGlob } from '../../src/match/glob.js';
import { compileGlobSet } from '../../src/match/glob-set.js';
import type { Piece } from '../../src/match/policy-variables.js';

const letters = ['a', 'b', 'B', '-', ':', '/', '😀', '\uD83D'];
const text = (chars: readonly string[]) =>
  fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((cs) => cs.join(''));
const piece = fc.record({ text: text([...letters, '*', '?', '*']), wildcards: fc.boolean() });
/** Shapes the set indexes specially (`abc`, `abc*`, `*abc`, `*abc*`, `??*`) as well as arbitrary ones. */
const shaped = fc.oneof(
  text(letters).map((t) => [{ text: t, wildcards: false }]),
  text(letters).map((t) => [{ text: `${t}*`, wildcards: true }]),
  text(letters).map((t) => [{ text: `*${t}`, wildcards: true }]),
  text(letters).map((t) => [{ text: `*${t}*`, wildcards: true }]),
  text(['?', '*']).map((t) => [{ text: t, wildcards: true }]),
  fc.array(piece, { minLength: 1, maxLength: 3 }),
);
const patterns = fc.array(shaped, { minLength: 0, maxLength: 24 });
const input = fc.oneof(
  text(letters),
  fc.array(fc.constantFrom(...letters), { maxLength: 30 }).map((cs) => cs.join('')),
);

const runs = process.env.IAMSPEC_DEEP === '1' ? 20_000 : 1500;

describe('R151 a glob set answers exactly as its patterns one by one (property)', () => {
  it('compileGlobSet(ps).test(x) === ps.some(p => compileGlob(p).test(x))', () => {
    fc.assert(
      fc.property(patterns, fc.array(input, { minLength: 1, maxLength: 6 }), (ps, xs) => {
        const set = compileGlobSet(ps);
        for (const x of xs) expect(set.test(x), x).to.equal(ps.some((p) => compileGlob(p).test(x)));
      }),
      { numRuns: runs },
    );
  });

  it('with ignoreCase, on lowercased input', () => {
    fc.assert(
      fc.property(patterns, fc.array(input, { minLength: 1, maxLength: 6 }), (ps, xs) => {
        const set = compileGlobSet(ps, { ignoreCase: true });
        for (const raw of xs) {
          const x = raw.toLowerCase();
          expect(set.test(x), x).to.equal(ps.some((p) => compileGlob(p, { ignoreCase: true }).test(x)));
        }
      }),
      { numRuns: runs },
    );
  });

  it('compileArnSet(ps).test(arn) === ps.some(p => compileArnPattern(p).test(arn)), literal and wildcard heads', () => {
    const head = fc.constantFrom(
      'arn:aws:s3:::',
      'arn:aws:s3:*:*:',
      'arn:aws:*:::',
      'arn:aws:s3:',
      'arn:aws:s?:::',
      '',
    );
    const arnPattern = fc
      .tuple(head, fc.array(piece, { maxLength: 3 }))
      .map(([h, ps]): Piece[] => [{ text: h, wildcards: true }, ...ps]);
    const arn = fc.tuple(fc.constantFrom('arn:aws:s3:::', 'arn:aws:s3:eu-west-1:1:', 'arn:aws:s3:', 'x'), input);
    fc.assert(
      fc.property(
        fc.array(arnPattern, { maxLength: 24 }),
        fc.array(arn, { minLength: 1, maxLength: 6 }),
        (ps, arns) => {
          const set = compileArnSet(ps);
          for (const [h, rest] of arns) {
            const value = `${h}${rest}`;
            expect(set.test(value), value).to.equal(ps.some((p) => compileArnPattern(p).test(value)));
          }
        },
      ),
      { numRuns: runs },
    );
  });

  it('pinned: many patterns sharing one anchor, and `*` among many patterns', () => {
    const many = Array.from({ length: 50 }, (_, i): Piece[] => [{ text: `x?${i}-*`, wildcards: true }]);
    const set = compileGlobSet(many);
    expect(set.test('xa49-z')).to.equal(true);
    expect(set.test('x9-z')).to.equal(false);
    expect(compileGlobSet([...many, [{ text: '**', wildcards: true }]]).test('')).to.equal(true);
    expect(compileArnSet([...many, [{ text: '*', wildcards: true }]]).test('not an arn')).to.equal(true);
  });
});

describe('R151 the indexes behind glob sets (property)', () => {
  const ab = (max: number) => fc.array(fc.constantFrom('a', 'b'), { maxLength: max }).map((cs) => cs.join(''));

  it('Aho–Corasick reports exactly the literals that occur, each anchored id at most once per scan', async () => {
    const { AhoCorasick } = await import('../../src/match/aho-corasick.js');
    fc.assert(
      fc.property(
        fc.array(ab(5), { maxLength: 10 }),
        fc.array(ab(5), { maxLength: 10 }),
        ab(20),
        (deciding, anchoring, x) => {
          const automaton = new AhoCorasick();
          for (const literal of deciding) automaton.add(literal);
          for (const [id, literal] of anchoring.entries()) automaton.add(literal, id);
          const candidates: number[] = [];
          const decided = automaton.scan(x, candidates);
          expect(decided).to.equal(deciding.some((literal) => x.includes(literal)));
          if (!decided) {
            const expected = anchoring.flatMap((literal, id) => (x.includes(literal) ? [id] : []));
            expect([...candidates].sort((p, q) => p - q)).to.deep.equal(expected);
          }
        },
      ),
      { numRuns: runs },
    );
  });

  it('a trie walk finds exactly the prefixes (or suffixes) of the input', async () => {
    const { TextTrie } = await import('../../src/match/text-trie.js');
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(ab(5), { maxLength: 10 }),
        fc.array(ab(5), { maxLength: 10 }),
        ab(12),
        (fromEnd, deciding, anchoring, x) => {
          const trie = new TextTrie(fromEnd);
          for (const literal of deciding) trie.add(literal);
          for (const [id, literal] of anchoring.entries()) trie.add(literal, id);
          const holds = (literal: string) => (fromEnd ? x.endsWith(literal) : x.startsWith(literal));
          const candidates: number[] = [];
          const decided = trie.walk(x, candidates);
          expect(decided).to.equal(deciding.some(holds));
          if (!decided) {
            const expected = anchoring.flatMap((literal, id) => (holds(literal) ? [id] : []));
            expect(new Set(candidates)).to.deep.equal(new Set(expected));
          }
        },
      ),
      { numRuns: runs },
    );
  });
});
