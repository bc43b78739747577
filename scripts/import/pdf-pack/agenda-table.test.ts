import { describe, expect, it } from 'vitest';
import { agendaHeaderIndex, readAgendaTable } from './agenda-table.ts';

describe('readAgendaTable', () => {
  it('splits title from description and reads pages and report references', () => {
    const lines = [
      '\t\tPages',
      '1\tApologies and Substitution Notices The Committee Officer to report receipt (if any)',
      '3\tMinutes of previous meeting To approve the minutes.\t5 - 12',
      '5\tChildren in Care To receive a report. Paper PAF/01/15 attached.\t13 - 54',
      '',
      '- 6 Date of Next Meeting**',
      'To note the date.',
      '9 stray number',
    ];
    const header = agendaHeaderIndex(lines, lines.length);
    const rows = readAgendaTable(lines, header, lines.length);
    expect(rows.map((row) => [row.number, row.title, row.description, row.pages, row.references])).toEqual([
      [1, 'Apologies and Substitution Notices', 'The Committee Officer to report receipt (if any)', null, []],
      [3, 'Minutes of previous meeting', 'To approve the minutes.', '5-12', []],
      [5, 'Children in Care', 'To receive a report. Paper PAF/01/15 attached.', '13-54', ['PAF/01/15']],
      [6, 'Date of Next Meeting', 'To note the date.', null, []],
    ]);
  });

  it('reads rows whose cells stand on lines of their own (a PDF): number, title and description, pages', () => {
    const lines = [
      'Pages',
      '1',
      'Apologies The Committee Officer to report receipt',
      '3',
      'Minutes of previous meeting To approve',
      'the minutes.',
      '5 - 12',
      '',
    ];
    const rows = readAgendaTable(lines, agendaHeaderIndex(lines, lines.length), lines.length);
    expect(rows.map((row) => [row.number, row.title, row.description, row.pages])).toEqual([
      [1, 'Apologies', 'The Committee Officer to report receipt', null],
      [3, 'Minutes of previous meeting', 'To approve the minutes.', '5-12'],
    ]);
  });
});
