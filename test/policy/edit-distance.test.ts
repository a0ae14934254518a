import { describe, it } from 'node:test';
import { expect } from 'chai';
import { closestMatch, editDistance } from '../../src/policy/edit-distance.js';
import { STATEMENT_ELEMENTS } from '../../src/policy/element-names.js';

describe('editDistance (optimal string alignment)', () => {
  const cases: [string, string, number][] = [
    ['', '', 0],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['Statment', 'Statement', 1],
    ['Efect', 'Effect', 1],
    ['GetObjekt', 'GetObject', 1],
    ['Alow', 'Allow', 1],
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
  ];
  for (const [a, b, d] of cases) {
    it(`${JSON.stringify(a)} → ${JSON.stringify(b)} is ${d}`, () => {
      expect(editDistance(a, b, 10)).to.equal(d);
      expect(editDistance(b, a, 10)).to.equal(d);
    });
  }
  it('reports max + 1 for anything beyond the bound', () => {
    expect(editDistance('kitten', 'sitting', 2)).to.equal(3);
    expect(editDistance('a', 'abcdefgh', 2)).to.equal(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).to.equal(2);
  });
});

describe('closestMatch', () => {
  const elements = STATEMENT_ELEMENTS;
  const cases: [string, string | undefined][] = [
    ['effect', 'Effect'],
    ['Efect', 'Effect'],
    ['Condtion', 'Condition'],
    ['Actions', 'Action'],
    ['notaction', 'NotAction'],
    ['Comment', undefined],
    ['X', undefined],
  ];
  for (const [word, expected] of cases) {
    it(`${word} → ${String(expected)}`, () => {
      expect(closestMatch(word, elements, { ignoreCase: true })).to.equal(expected);
    });
  }
  it('never suggests the word itself', () => {
    expect(closestMatch('Effect', ['Effect'])).to.equal(undefined);
  });
});
