import { describe, it } from 'node:test';
import { expect } from 'chai';
import { checkActionName } from '../../src/catalog/check-action-name.js';

describe('R19 checkActionName: one action or pattern of a request against the catalogue', () => {
  const cases: [string, string | undefined][] = [
    ['s3:GetObject', undefined],
    ['S3:getobject', undefined],
    ['s3:Get*', undefined],
    ['s3:GetObjec?', undefined],
    ['*', undefined],
    ['s3:GetObjekt', "unknown action 's3:GetObjekt'; did you mean 's3:GetObject'?"],
    ['s3:DeleteObjekt', "unknown action 's3:DeleteObjekt'; did you mean 's3:DeleteObject'?"],
    ['s4:GetObject', "unknown service 's4' in action 's4:GetObject'; did you mean 's3:GetObject'?"],
    [
      's3:Gett*',
      "action pattern 's3:Gett*' matches no 's3' action, so it has no effect; check the spelling against the service's actions",
    ],
    ['s3:TotallyDifferentThing', "unknown action 's3:TotallyDifferentThing'; service 's3' has no such action"],
  ];
  for (const [action, expected] of cases) {
    it(`${action} → ${String(expected)}`, () => {
      expect(checkActionName(action)).to.equal(expected);
    });
  }
  it('text that is not an action name gets the validator’s message', () => {
    expect(checkActionName('GetObject')).to.contain('is not an action name');
    expect(checkActionName('s3*:GetObject')).to.contain('wildcard in its service prefix');
  });
  it('known names count as existing, and name their services', () => {
    const known = new Set(['s3:getobjectbrandnew', 'newsvc:dothing']);
    expect(checkActionName('s3:GetObjectBrandNew', known)).to.equal(undefined);
    expect(checkActionName('newsvc:DoThing', known)).to.equal(undefined);
    expect(checkActionName('newsvc:Do*', known)).to.equal(undefined);
    expect(checkActionName('newsvc:Undo*', known)).to.contain('matches no');
  });
});
