import { describe, expect, it } from 'vitest';
import { frontSheet } from './text-pack.ts';

const FRONT = [
  'ASHCOMBE DISTRICT COUNCIL',
  '',
  'AGENDA',
  '',
  'Housing Review Panel',
  'Tuesday 17 March 2026 at 6.30 pm',
  '',
  '1. Apologies for absence',
  '2. Empty Homes Update (Pages 3 - 8)',
  '3. Tenant Survey Results (Pages 9 - 12)',
  '',
];

const report = (subject: string): string[] => [
  'ASHCOMBE DISTRICT COUNCIL',
  '',
  'REPORT TO: Housing Review Panel',
  'DATE: 17 March 2026',
  'REPORT OF: Head of Housing',
  `SUBJECT: ${subject}`,
  '',
  '1. Purpose of Report',
  '1.1 To inform the Panel.',
  '2. Recommendation',
  '2.1 That the Panel notes the report.',
  '',
];

describe('frontSheet', () => {
  it('blanks the reports of a pack line for line, and gives each report from the heading above its header block', () => {
    const lines = [...FRONT, ...report('Empty Homes Update'), '\f', ...report('Tenant Survey Results')];
    const { text, documents } = frontSheet(lines.join('\n'));
    const out = text.split('\n');
    expect(out).toHaveLength(lines.length);
    expect(out.slice(0, FRONT.length)).toEqual(FRONT);
    expect(out.slice(FRONT.length).filter((line) => line !== '')).toEqual(['\f']);
    expect(documents?.lines).toEqual(lines);
    const second = FRONT.length + report('').length + 1;
    expect(documents?.segments.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual([
      { kind: 'report', start: FRONT.length, end: second },
      { kind: 'report', start: second, end: lines.length },
    ]);
  });

  it('leaves a report read on its own whole: nothing above its header lists it', () => {
    const text = report('Empty Homes Update').join('\n');
    expect(frontSheet(text)).toEqual({ text, documents: null });
  });

  it('leaves a text whole when its agenda does not list the report that follows', () => {
    const text = [...FRONT, ...report('Garage Site Disposals')].join('\n');
    expect(frontSheet(text)).toEqual({ text, documents: null });
  });

  it('leaves a decision notice with "Subject:" and "Date:" fields whole: no report head', () => {
    const text = [
      '1. Empty Homes Update',
      'DECISION NOTICE',
      'Subject: Empty Homes Update',
      'Date: 17 March 2026',
      'Decision: That the grant scheme be extended.',
    ].join('\n');
    expect(frontSheet(text)).toEqual({ text, documents: null });
  });
});
