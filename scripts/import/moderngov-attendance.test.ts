import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/model/schema.ts';
import { meetingSchema } from '../../src/model/schema.ts';
import { parseSource } from './import-sources.ts';

/** A ModernGov meeting page: its header's attendance lines, then an apologies item and an item whose movers are named. */
function page(header: string[], apologies: string, moved: string): Meeting {
  const text = [
    'Agenda and minutes',
    '',
    'Planning Committee - Thursday, 12th February, 2026 7.00 pm',
    '',
    'Venue: Committee Room 1, Guildhall, Ostleby',
    '',
    'Contact: Ravi Hale  Email: ravi.hale@ostleby.example.gov.uk',
    '',
    ...header.flatMap((line) => [line, '']),
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'Apologies for absence',
    '',
    'Minutes:',
    '',
    apologies,
    '',
    '2.',
    '',
    'Tree preservation order 4/2025',
    '',
    'Minutes:',
    '',
    `RESOLVED that the order be confirmed without modification. ${moved}`,
  ].join('\n');
  const record = parseSource(text, 'page.txt', { council: 'Ostleby Borough Council' }).find((r) => r.collection === 'meetings');
  if (!record) throw new Error('no meeting');
  return meetingSchema.parse(record.data);
}

describe("a ModernGov page's header: a member's post is no part of the name", () => {
  it('leaves "(Chair)" and "(Vice-Chair)" off those present, and names the movers by their initials, the name alone', () => {
    const meeting = page(
      ['Present: Councillors Tessa Pike (Chair), Nell Orrin (Vice-Chair) and Bea Lusk'],
      'None were received.',
      'Proposed TP, seconded NO.',
    );
    expect(meeting.provenance.format).toBe('moderngov-meeting');
    expect(meeting.attendance.present).toEqual(['Councillor Tessa Pike', 'Councillor Nell Orrin', 'Councillor Bea Lusk']);
    expect(meeting.items[1]?.motions?.[0]).toMatchObject({ movedBy: 'Tessa Pike', secondedBy: 'Nell Orrin' });
  });

  it('gives a post named as mover ("the Mayor") to the member the list says held it, each entry written alone', () => {
    const meeting = page(
      ['Present: Councillor Rhys Amberley (Mayor), Councillor Jo Venn (Vice-Chairman), Councillor Ada Quill'],
      'None were received.',
      'Proposed by the Mayor, seconded by Councillor Quill.',
    );
    expect(meeting.attendance.present).toEqual(['Councillor Rhys Amberley', 'Councillor Jo Venn', 'Councillor Ada Quill']);
    expect(meeting.items[1]?.motions?.[0]?.movedBy).toBe('Rhys Amberley');
  });
});

describe('a ModernGov page\'s "Apologies:" line and its apologies item', () => {
  it("joins the line's apologies with those the item gives, each person once", () => {
    const meeting = page(
      ['Present: Councillors Tessa Pike and Bea Lusk', 'Apologies: Councillor Gil Hart'],
      'Apologies for absence were received from Councillor Gil Hart and Councillor Ed Fane.',
      'Proposed TP, seconded BL.',
    );
    expect(meeting.attendance.apologies).toEqual(['Councillor Gil Hart', 'Councillor Ed Fane']);
  });

  it('folds a name the item prints shorter into the line\'s fuller one ("Councillor Marr" and "Councillor Sue Marr")', () => {
    const meeting = page(
      ['Present: Councillors Tessa Pike and Bea Lusk', 'Apologies for absence: Councillors Sue Marr and Ivo Dunne'],
      'There were apologies from Councillors Marr and Kemp.',
      'Proposed TP, seconded BL.',
    );
    expect(meeting.attendance.apologies).toEqual(['Councillor Sue Marr', 'Councillor Ivo Dunne', 'Councillor Kemp']);
  });
});

describe("a ModernGov page's header: a note in brackets stays in brackets", () => {
  it('keeps a note on one named alone ("(observer)"), and drops a chair\'s note from the apologies as from those present', () => {
    const meeting = page(
      [
        'Present: Councillor Tessa Pike (Chair), Councillor Bea Lusk',
        'Apologies: Councillor Gil Hart (Vice-Chair)',
        'Also present: Councillor Una Pell (observer)',
      ],
      'None were received.',
      'Proposed TP, seconded BL.',
    );
    expect(meeting.attendance.present).toEqual(['Councillor Tessa Pike', 'Councillor Bea Lusk']);
    expect(meeting.attendance.apologies).toEqual(['Councillor Gil Hart']);
    expect(meeting.attendance.alsoPresent).toEqual(['Councillor Una Pell (observer)']);
  });

  it('keeps whom a substitute sat for in brackets, a single name or a run under "Councillors"', () => {
    const meeting = page(
      [
        'Present: Councillors Tessa Pike and Bea Lusk',
        'Substitutes: Councillor Cy Dray (for Councillor Ed Fane), Councillor Lia Moss (for Councillor Gil Hart)',
        'Also present: Councillors Una Pell (items 4 and 5) and Ros Tate',
      ],
      'Apologies were received from Councillors Ed Fane and Gil Hart.',
      'Proposed CD, seconded LM.',
    );
    expect(meeting.attendance.substitutes).toEqual([
      'Councillor Cy Dray (for Councillor Ed Fane)',
      'Councillor Lia Moss (for Councillor Gil Hart)',
    ]);
    expect(meeting.attendance.alsoPresent).toEqual(['Councillor Una Pell (items 4 and 5)', 'Councillor Ros Tate']);
    expect(meeting.items[1]?.motions?.[0]).toMatchObject({ movedBy: 'Cy Dray', secondedBy: 'Lia Moss' });
  });

  it('files a stand-in the "Present:" line notes ("(for …)") among those present by name and among the substitutes', () => {
    const meeting = page(
      ['Present: Councillors Tessa Pike (Chair), Bea Lusk and Cy Dray (for Councillor Ed Fane)'],
      'Apologies were received from Councillor Ed Fane.',
      'Proposed CD, seconded BL.',
    );
    expect(meeting.attendance.present).toEqual(['Councillor Tessa Pike', 'Councillor Bea Lusk', 'Councillor Cy Dray']);
    expect(meeting.attendance.substitutes).toEqual(['Councillor Cy Dray (for Councillor Ed Fane)']);
    expect(meeting.items[1]?.motions?.[0]).toMatchObject({ movedBy: 'Cy Dray', secondedBy: 'Bea Lusk' });
  });
});
