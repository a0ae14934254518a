import { describe, it } from 'node:test';
import { expect } from 'chai';
import { childPath, indexPath, parentPath } from '../../src/policy/json-path.js';

describe('json paths', () => {
  const built: [string, string][] = [
    [childPath('', 'Statement'), 'Statement'],
    [indexPath('Statement', 2), 'Statement[2]'],
    [childPath('Statement[2]', 'Condition'), 'Statement[2].Condition'],
    [
      childPath('Statement[2].Condition.StringEquals', 'aws:username'),
      'Statement[2].Condition.StringEquals.aws:username',
    ],
    [childPath('C', 'aws:RequestTag/app.name'), 'C["aws:RequestTag/app.name"]'],
    [childPath('C', ''), 'C[""]'],
    [childPath('C', 'a b'), 'C["a b"]'],
    [childPath('', 'x"]'), '["x\\"]"]'],
  ];
  for (const [actual, expected] of built) {
    it(`builds ${expected}`, () => {
      expect(actual).to.equal(expected);
    });
  }

  const parents: [string, string | undefined][] = [
    ['', undefined],
    ['Statement', ''],
    ['Statement[2]', 'Statement'],
    ['Statement[2].Effect', 'Statement[2]'],
    ['Statement[2].Condition.StringEquals.aws:username', 'Statement[2].Condition.StringEquals'],
    ['C["aws:RequestTag/app.name"]', 'C'],
    ['C["a.b"][0]', 'C["a.b"]'],
    ['["x\\"]"]', ''],
    ['[0][1]', '[0]'],
  ];
  for (const [path, parent] of parents) {
    it(`parent of ${JSON.stringify(path)} is ${JSON.stringify(parent)}`, () => {
      expect(parentPath(path)).to.equal(parent);
    });
  }
});
