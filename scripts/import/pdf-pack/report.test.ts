import { describe, expect, it } from 'vitest';
import { readReport } from './report.ts';

const read = (lines: string[]) => readReport(lines, { kind: 'report', start: 0, end: lines.length, banner: null, reference: null });

describe('readReport', () => {
  it('takes the post a report is "of" as its contact when it names no one to ask', () => {
    const head = ['SUBJECT: Bus Shelter Repairs', 'REPORT TO: Transport Panel', 'REPORT OF: Head of Highways'];
    expect(read([...head, '', '1. Purpose']).contact).toBe('Head of Highways');
    expect(read([...head, 'Enquiries to: Rhys Pellow', '', '1. Purpose']).contact).toBe('Rhys Pellow');
  });

  it('keeps the "Report to", "Report of" and "Wards affected" lines of its header block out of its text', () => {
    const lines = [
      'SUBJECT: Bus Shelter Repairs',
      'REPORT TO: Transport Panel',
      'REPORT OF: Head of Highways',
      'WARDS AFFECTED: All',
      '',
      '1. Purpose',
    ];
    expect(read(lines)).toMatchObject({ title: 'Bus Shelter Repairs', body: '1. Purpose' });
  });
});
