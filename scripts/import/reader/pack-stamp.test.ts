import { describe, expect, it } from 'vitest';
import { packStamp, stampReference } from './pack-stamp.ts';

describe('packStamp', () => {
  it('reads an item line over a date as the stamp of the meeting the paper went before', () => {
    const lines = ['Item 42c', '9 Jun 21', '', 'Parks and Open Spaces Committee', 'Tuesday 18th May 2021'];
    expect(packStamp(lines)).toEqual({ date: '2021-06-09', text: 'Item 42c, 9 Jun 21' });
  });

  it('reads the date above the item line, and "Agenda Item"', () => {
    expect(packStamp(['14 October 2025', 'Agenda Item 7', 'Minutes of the Audit Panel'])).toEqual({
      date: '2025-10-14',
      text: '14 October 2025, Agenda Item 7',
    });
  });

  it('finds none where the item line has no date beside it, or the date line says more', () => {
    expect(packStamp(['Agenda Item 5', 'Minutes of the Audit Panel', 'held on 3 March 2025'])).toBeNull();
    expect(packStamp(['Item 5', 'Held on 3 March 2025 at 7pm'])).toBeNull();
    expect(packStamp(['Item 5: Budget', '3 March 2025'])).toBeNull();
  });

  it('looks only at the top of the record, not at an item further down', () => {
    const lines = ['Harbour Board', 'Minutes', 'Monday 2 March 2026', 'Item 4', '12 Jan 26'];
    expect(packStamp(lines)).toBeNull();
  });
});

describe('stampReference', () => {
  it('is a reference with no agenda item', () => {
    expect(stampReference(['Item 42c', '9 Jun 21'], '2021-05-18')).toEqual([
      { date: '2021-06-09', text: 'Item 42c, 9 Jun 21', item: null },
    ]);
  });

  it('is none when the stamp names the record’s own date', () => {
    expect(stampReference(['Item 42c', '18 May 21'], '2021-05-18')).toEqual([]);
  });
});

describe('a stamped record', () => {
  it('refers first to the meeting its stamp names, and keeps its own date from the title block', async () => {
    const { readMeeting } = await import('./meeting.ts');
    const lines = [
      'Item 42c',
      '9 Jun 21',
      '',
      'Parks and Open Spaces Committee',
      'Tuesday 18th May 2021',
      'Present: Cllrs Ambrose (Chair), Bellweather and Crane.',
      '',
      '12. Minutes',
      'Resolved that the minutes of the meeting held on 20th April 2021 be signed.',
      '',
      '13. Tree Planting',
      'Resolved that the planting plan be approved.',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.date).toBe('2021-05-18');
    expect(meeting.references?.map((reference) => [reference.date, reference.item])).toEqual([
      ['2021-06-09', null],
      ['2021-04-20', '12'],
    ]);
  });
});
