import { describe, expect, it } from 'vitest';
import type { Archive } from '../archive.ts';
import { meeting } from '../fixtures.test-data.ts';
import { meetingsListText } from './meetings-list.ts';

const archiveOf = (meetings: Archive['meetings']) => ({ meetings, committees: [], councils: [] }) as unknown as Archive;

describe('meetingsListText', () => {
  it('gives, piece by piece, the list as JSON.stringify indents it, whatever its length', () => {
    const a = meeting('c/a', { date: '2017-07-11' });
    const b = meeting('c/b', { date: null, dateStatus: 'not-stated' });
    for (const meetings of [[], [a], [a, b]]) {
      const text = [...meetingsListText(archiveOf(meetings))].join('');
      const list = JSON.parse(text) as { id: string; url: string }[];
      expect(text).toBe(JSON.stringify(list, null, 2));
      expect(list.map((entry) => entry.id)).toEqual(meetings.map((entry) => entry.id));
    }
  });

  it('gives a piece per meeting, so the file is never held whole', () => {
    const meetings = Array.from({ length: 5 }, (_, at) => meeting(`c/m${at}`, { date: `2017-07-1${at}` }));
    const pieces = [...meetingsListText(archiveOf(meetings))];
    expect(pieces).toHaveLength(6);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(pieces.join('').length / 3);
  });
});
