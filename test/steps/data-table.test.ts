import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataTable } from '@cucumber/cucumber';
import { contextFromTable } from '../../steps/support/context-table.js';
import { tableColumn, tableRows } from '../../steps/support/data-table.js';
import { tagsFromTable } from '../../steps/support/tag-table.js';

const ACCESS = { name: 'the access table', columns: ['principal', 'action', 'resource', 'decision'] } as const;

function oneLine(pattern: RegExp): (error: Error) => boolean {
  return (error) => !error.message.includes('\n') && pattern.test(error.message);
}

describe('tables need their header row (R163)', () => {
  it('a one-row table without its header fails, showing the header it needs and the row it got', () => {
    const table = new DataTable([['role app', 's3:DeleteObject', 'arn:aws:s3:::data/x', 'allowed']]);
    assert.throws(
      () => tableRows(table, ACCESS),
      oneLine(
        /^the access table needs the header row \| principal \| action \| resource \| decision \|; its first row is \| role app \| s3:DeleteObject \| arn:aws:s3:::data\/x \| allowed \|$/,
      ),
    );
  });

  it('a header with no row under it fails', () => {
    const table = new DataTable([['principal', 'action', 'resource', 'decision']]);
    assert.throws(() => tableRows(table, ACCESS), oneLine(/has its header row but no rows under it/));
  });

  it('a one-row context or tag table without its header fails instead of adding nothing', () => {
    assert.throws(
      () => contextFromTable(new DataTable([['aws:SourceIp', '203.0.113.10']])),
      oneLine(/needs the header row \| key \| value \|/),
    );
    assert.throws(
      () => tagsFromTable(new DataTable([['team', 'blue']])),
      oneLine(/the tag table needs the header row/),
    );
    assert.throws(() => tableColumn(new DataTable([['s3:GetObject']]), 'the action table', 'action'), /\| action \|/);
  });

  it('further columns are allowed only where the step says what they are, and come back in order', () => {
    const rows = [
      ['principal', 'action', 'aws:SourceIp', 'resource', 'decision'],
      ['alice', 's3:GetObject', '203.0.113.10', '*', 'allowed'],
    ];
    assert.throws(() => tableRows(new DataTable(rows), ACCESS), /needs the header row/);
    const [row] = tableRows(new DataTable(rows), { ...ACCESS, extraColumns: 'context keys' });
    assert.equal(row?.cell('resource'), '*');
    assert.deepEqual(row?.extra, [['aws:SourceIp', '203.0.113.10']]);
  });

  it('a header that repeats a column fails', () => {
    const rows = [
      ['key', 'key'],
      ['a', 'b'],
    ];
    assert.throws(() => contextFromTable(new DataTable(rows)), /repeats a column/);
  });
});

describe('context and tag tables keep prototype-named keys (R4)', () => {
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`a context key or tag named ${key} is a key like any other`, () => {
      const context = contextFromTable(
        new DataTable([
          ['key', 'value'],
          [key, 'x'],
        ]),
      );
      assert.deepEqual(Object.keys(context), [key]);
      assert.equal(context[key], 'x');
      const tags = tagsFromTable(
        new DataTable([
          ['key', 'value'],
          [key, 'y'],
        ]),
      );
      assert.deepEqual(Object.entries(tags), [[key, 'y']]);
    });
  }

  it('a context key given twice, in any case, is an error', () => {
    const rows = [
      ['key', 'value'],
      ['aws:SourceIp', '1.2.3.4'],
      ['aws:sourceip', '5.6.7.8'],
    ];
    assert.throws(() => contextFromTable(new DataTable(rows)), oneLine(/"aws:sourceip" is given twice/));
  });
});
