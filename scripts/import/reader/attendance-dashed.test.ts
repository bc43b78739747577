import { describe, expect, it } from 'vitest';
import { dashedEntry, readDashedLists, type DashedRole } from './attendance-dashed.ts';

const heading = (text: string): DashedRole | null =>
  text === 'Attendance Details' ? 'present' : text === 'Apologies:' ? 'apologies' : null;

describe('dashedEntry', () => {
  it("reads a councillor with the council they come from, the body's initials left off", () => {
    expect(dashedEntry('Cllr Ada Quinlan - Fernby Borough Council - FBC', 'present')).toEqual({
      role: 'present',
      name: 'Cllr Ada Quinlan',
      council: 'Fernby Borough Council',
      post: null,
    });
  });

  it('reads an officer among those present with their post, never among the apologies', () => {
    expect(dashedEntry('Tom Orrell - Monitoring Officer - WMCA', 'present')).toEqual({
      role: 'officers',
      name: 'Tom Orrell',
      council: null,
      post: 'Monitoring Officer',
    });
    expect(dashedEntry('Tom Orrell - Monitoring Officer - WMCA', 'apologies')).toBeNull();
  });

  it('reads no line whose middle is neither a council nor a post, nor a line without initials', () => {
    expect(dashedEntry('Cllr Ada Quinlan - Independent Group - IND', 'present')).toBeNull();
    expect(dashedEntry('Cllr Ada Quinlan - Fernby Borough Council', 'present')).toBeNull();
  });
});

describe('readDashedLists', () => {
  it('reads each heading and its dashed lines, blank lines among them', () => {
    const lines = [
      'Attendance Details',
      'Cllr Ada Quinlan - Fernby Borough Council - FBC',
      '',
      'Tom Orrell - Monitoring Officer - WMCA',
      'Apologies:',
      'Cllr Ben Ruddock - Wyke District Council - WDC',
      'Item 1',
    ];
    const found = readDashedLists(lines, heading);
    expect(found.entries.map((entry) => [entry.role, entry.name])).toEqual([
      ['present', 'Cllr Ada Quinlan'],
      ['officers', 'Tom Orrell'],
      ['apologies', 'Cllr Ben Ruddock'],
    ]);
    expect(found.lines).toEqual([0, 1, 3, 4, 5]);
  });

  it("leaves a heading's run whole to the rest of the reader when one of its lines is not read", () => {
    const lines = ['Attendance Details', 'Cllr Ada Quinlan - Fernby Borough Council - FBC', 'Cllr Cy Stead - Green Party - GP'];
    expect(readDashedLists(lines, heading)).toEqual({ entries: [], lines: [] });
  });
});
