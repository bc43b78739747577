import { describe, expect, it } from 'vitest';
import { readManifest, readTable, tableText } from './filter-tables.ts';

describe('a filter table', () => {
  it('holds each value’s pages as steps from the one before, and reads back the pages', () => {
    const text = tableText([
      ['Essex County Council', [0, 3, 4, 90]],
      ['Thurrock Council', [1, 2]],
      ['Nobody', []],
    ]);
    expect(JSON.parse(text)).toEqual({ 'Essex County Council': [0, 3, 1, 86], 'Thurrock Council': [1, 1], Nobody: [] });
    const values = readTable(text, 'council.pf_table');
    expect([...(values.get('Essex County Council') ?? [])]).toEqual([0, 3, 4, 90]);
    expect([...(values.get('Thurrock Council') ?? [])]).toEqual([1, 2]);
    expect(values.get('Nobody')?.length).toBe(0);
  });

  it('holds a value named like a property of every object as any other', () => {
    const values = readTable(
      tableText([
        ['__proto__', [2]],
        ['constructor', [3]],
      ]),
      'x.pf_table',
    );
    expect([...values.keys()]).toEqual(['__proto__', 'constructor']);
    expect([...(values.get('__proto__') ?? [])]).toEqual([2]);
  });

  it('is refused, naming the file, when it is not one', () => {
    expect(() => readTable('[1, 2]', 'x.pf_table')).toThrow('x.pf_table: not a filter table');
    expect(() => readTable('{"A": [1, -2]}', 'x.pf_table')).toThrow('x.pf_table: the pages of “A” are not a list of page numbers');
    expect(() => readTable('{"A": "1"}', 'x.pf_table')).toThrow('not a list of page numbers');
  });
});

describe('the filter manifest', () => {
  it('names each filter’s table in the filter folder', () => {
    const manifest = { pages: 12, tables: { council: 'abc.pf_table' } };
    expect(readManifest(JSON.stringify(manifest), 'tables.json')).toEqual(manifest);
  });

  it('is refused when a table is named outside the folder or the page count is missing', () => {
    expect(() => readManifest('{"pages": 3, "tables": {"council": "../x.pf_table"}}', 'tables.json')).toThrow(
      'tables.json: not a filter manifest',
    );
    expect(() => readManifest('{"tables": {}}', 'tables.json')).toThrow('not a filter manifest');
    expect(() => readManifest('null', 'tables.json')).toThrow('not a filter manifest');
  });
});
