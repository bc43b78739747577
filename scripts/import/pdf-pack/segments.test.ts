import { describe, expect, it } from 'vitest';
import { splitSegments } from './segments.ts';

const head = (subject: string): string[] => [
  'ASHCOMBE DISTRICT COUNCIL',
  '',
  'Report to:\tHousing Review Panel',
  'Date:\t17 March 2026',
  'Report of:\tHead of Housing',
  `Subject:\t${subject}`,
  '',
  '1. Purpose of Report',
  'To inform the Panel of progress.',
];

describe('splitSegments', () => {
  it('starts a report at its header block when no banner heads it, at the heading just above', () => {
    const lines = ['1\tEmpty Homes Update\t3 - 8', '', ...head('Empty Homes Update'), ...head('Tenant Survey Results')];
    const segments = splitSegments(lines, 1, new Set());
    expect(segments.map(({ start, end, banner }) => ({ start, end, banner }))).toEqual([
      { start: 2, end: 11, banner: null },
      { start: 11, end: 20, banner: null },
    ]);
  });

  it('starts one report, not two, where a banner stands above the header block', () => {
    const lines = ['AGENDA ITEM 4', '', ...head('Empty Homes Update')];
    expect(splitSegments(lines, 0, new Set()).map(({ start, banner }) => ({ start, banner }))).toEqual([{ start: 0, banner: 4 }]);
  });
});
