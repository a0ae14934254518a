import { describe, it } from 'node:test';
import { expect } from 'chai';
import { jsonFromUnknown } from '../../src/policy/json-from-unknown.js';

describe('jsonFromUnknown', () => {
  it('copies plain data into null-prototype objects', () => {
    const result = jsonFromUnknown({ a: [1, 'x', true, null, { b: {} }] });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.deep.equal({ a: [1, 'x', true, null, { b: {} }] });
    expect(Object.getPrototypeOf(result.value)).to.equal(null);
  });

  it('keeps a JSON.parse __proto__ key as data and pollutes nothing', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}}');
    const result = jsonFromUnknown(parsed);
    expect(result.ok && Object.keys(result.value ?? {})).to.deep.equal(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('accepts a shared (non-cyclic) sub-object twice', () => {
    const shared = { Effect: 'Allow' };
    expect(jsonFromUnknown([shared, shared]).ok).to.equal(true);
  });

  const refused: [string, () => unknown, string, string][] = [
    [
      'a cycle',
      () => {
        const a: Record<string, unknown> = {};
        a.self = { back: a };
        return a;
      },
      'input-cycle',
      'self.back',
    ],
    ['a Date', () => ({ when: new Date(0) }), 'input-not-json', 'when'],
    ['a Map', () => ({ m: new Map() }), 'input-not-json', 'm'],
    ['a class instance', () => [new (class Thing {})()], 'input-not-json', '[0]'],
    ['an object with a custom prototype', () => ({ o: Object.create({ inherited: 1 }) }), 'input-not-json', 'o'],
    ['undefined', () => ({ u: undefined }), 'input-not-json', 'u'],
    ['a function', () => ({ f: () => 1 }), 'input-not-json', 'f'],
    ['NaN', () => ({ n: Number.NaN }), 'input-not-json', 'n'],
    ['a bigint', () => ({ n: 1n }), 'input-not-json', 'n'],
    [
      'too deep',
      () => {
        let v: unknown = 1;
        for (let i = 0; i < 100; i++) v = [v];
        return v;
      },
      'json-too-deep',
      '[0]'.repeat(64),
    ],
  ];
  for (const [name, make, code, path] of refused) {
    it(`refuses ${name} with ${code} at ${path}`, () => {
      const result = jsonFromUnknown(make(), 'input.json');
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.code).to.equal(code);
      expect(result.error.path).to.equal(path);
      expect(result.error.message.startsWith('input.json: ')).to.equal(true);
    });
  }
});
