import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from './import-sources.ts';
import { mergeVotes } from './merge-votes.ts';
import type { ImportRecord } from './records.ts';
import { commitWrites, planWrites } from './store.ts';

const flags = { council: 'Testvale Borough Council' };
const TITLE = 'Council - Tuesday, 27th February, 2024 7.00 pm';

/** The meeting record a text gives. */
function meetingOf(text: string, file: string): ImportRecord {
  const record = parseSource(text, file, flags).find((found) => found.collection === 'meetings');
  if (record === undefined) throw new Error('no meeting');
  return record;
}

const minutes = meetingOf(
  [
    'Agenda and minutes',
    TITLE,
    'Venue: Council Chamber',
    'Items',
    '8.',
    'Minutes',
    'Minutes:',
    'RESOLVED: That the minutes be approved.',
    '9.',
    'Budget 2024/25',
    'Minutes:',
    'RESOLVED: That the budget be approved.',
  ].join('\n'),
  'minutes.txt',
);
const votePage = (item: string, file: string) =>
  meetingOf(
    [
      'Recorded vote',
      TITLE,
      `Item: ${item}`,
      'Motion: That the recommendations be approved.',
      'Motion status: Carried',
      ['Vote', 'Councillors', 'Count'].join('\t'),
      ['For', 'A Ash, B Elm and C Fir', '3'].join('\t'),
      ['Against', 'Mrs D Oak', '1'].join('\t'),
    ].join('\n'),
    file,
  );
const vote9 = votePage('9. Budget 2024/25', 'vote-9.txt');

const items = (record: ImportRecord | null) => (record?.collection === 'meetings' ? (record.data.items ?? []) : []);

describe('mergeVotes', () => {
  it("joins a recorded vote page's vote to the item of its number, in either order, with a note of where it came from", () => {
    const joined = mergeVotes(minutes, vote9);
    expect(joined).toEqual(mergeVotes(vote9, minutes));
    expect(items(joined).map((item) => [item.number, item.resolutions?.length, item.votes?.length ?? 0])).toEqual([
      ['8', 1, 0],
      ['9', 1, 1],
    ]);
    expect(items(joined)[1]?.votes?.[0]).toMatchObject({ outcome: 'carried', for: 3, against: 1, votedAgainst: ['Mrs D Oak'] });
    if (joined?.collection !== 'meetings') throw new Error('expected a meeting');
    expect(joined.data.provenance?.file).toBe('minutes.txt');
    expect(joined.data.warnings).toContain('the vote on item 9 is read from vote-9.txt, a recorded vote page');
  });

  it('changes nothing when the vote page is imported again, and adds the item of a vote the page of items lacks', () => {
    const joined = mergeVotes(minutes, vote9)!;
    expect(mergeVotes(joined, vote9)).toEqual(joined);
    expect(items(mergeVotes(minutes, votePage('12. Motion on bus services', 'vote-12.txt'))).map((item) => item.number)).toEqual([
      '8',
      '9',
      '12',
    ]);
  });

  it('makes one record of two vote pages of one meeting, whichever came first, and leaves other records alone', () => {
    const vote12 = votePage('12. Motion on bus services', 'vote-12.txt');
    expect(mergeVotes(vote9, vote12)).toEqual(mergeVotes(vote12, vote9));
    expect(items(mergeVotes(vote12, vote9)).map((item) => item.number)).toEqual(['9', '12']);
    expect(mergeVotes(minutes, minutes)).toBeNull();
  });

  it('joins them imported in separate runs, in either order, and keeps the vote when the minutes are imported again', () => {
    const meetingFile = (root: string) => {
      const folder = join(root, 'meetings/testvale-borough-council/council');
      return readFileSync(join(folder, readdirSync(folder)[0] ?? ''), 'utf8');
    };
    const texts = [
      [minutes, vote9],
      [vote9, minutes],
    ].map(([first, second]) => {
      const root = mkdtempSync(join(tmpdir(), 'votes-'));
      for (const record of [first!, second!, first!, second!]) commitWrites(planWrites([record], root, false), root);
      return meetingFile(root);
    });
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain('votedAgainst:\n          - Mrs D Oak\n');
    expect(texts[0]).toContain('title: Minutes\n');
  });
});
