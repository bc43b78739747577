/**
 * The examples of README "Importing records" say what each family of record becomes: each is
 * imported here and checked against what the README says of it (meetings, their status and item
 * numbers), so the README cannot drift from the reader; and the refusal message, its last block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from './import-sources.ts';
import { ImportError, recordsIn } from './records.ts';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Importing records'), readme.indexOf('**Guarantees.**'));
/** Each example: the bold family name before it, and its text. */
const examples = [...section.matchAll(/\*\*([^*\n]+)\*\*[^\n]*\n\n```text\n([\s\S]*?)\n```/g)].map((match) => ({
  family: match[1] ?? '',
  text: `${match[2] ?? ''}\n`,
}));

/** What the README says each family's example becomes: per meeting, its status and item numbers. */
const expected: Record<string, { status: string; items: (string | null)[] }[]> = {
  'Minutes with a title block': [{ status: 'minutes', items: ['1', '2'] }],
  'ModernGov "Agenda and minutes" page': [{ status: 'minutes', items: ['44'] }],
  'Printed minutes with bare numbers': [{ status: 'minutes', items: ['1', '2'] }],
  'Running minute numbers': [{ status: 'minutes', items: ['2641', '2642', '2643'] }],
  'YY.MM.N parish minutes': [{ status: 'minutes', items: ['25.06.1', '25.06.2'] }],
  'A pack with several meetings': [
    { status: 'agenda', items: ['1', '2'] },
    // Those present are listed: the minutes of a meeting held, though its items hold no text.
    { status: 'minutes', items: ['1', '2'] },
  ],
  'Decision notice': [{ status: 'minutes', items: ['6'] }],
  'Forward plan or work programme': [{ status: 'scheduled', items: [null] }],
  'Report with recommendations': [{ status: 'agenda', items: ['5'] }],
  'Public questions and answers': [{ status: 'agenda', items: ['1'] }],
  'Single agenda item page': [{ status: 'minutes', items: ['7'] }],
  'ModernGov issue history': [{ status: 'minutes', items: ['12'] }],
};

describe('README "Importing records" examples', () => {
  it('has an example of every family', () => {
    expect(examples.map((example) => example.family).filter((family) => family in expected)).toEqual(Object.keys(expected));
  });

  for (const [family, meetings] of Object.entries(expected)) {
    it(`${family}: imports as the README says`, () => {
      const example = examples.find((candidate) => candidate.family === family);
      expect(example).toBeDefined();
      const records = parseSource(example?.text ?? '', 'example.txt', {});
      const found = recordsIn(records, 'meetings').map((meeting) => ({
        status: meeting.data.status,
        items: (meeting.data.items ?? []).map((item) => item.number ?? null),
      }));
      expect(found).toEqual(meetings);
    });
  }

  it('Recommendations tracker: a recommendation a row, the tracker as a report', () => {
    const example = examples.find((candidate) => candidate.family === 'Recommendations tracker');
    const records = parseSource((example?.text ?? '').replaceAll('<TAB>', '\t'), 'example.txt', {});
    expect(recordsIn(records, 'meetings')).toEqual([]);
    expect(recordsIn(records, 'reports').map((report) => report.data.provenance.format)).toEqual(['tracker']);
    expect(recordsIn(records, 'recommendations').map(({ data }) => [data.reference, data.committee, data.status])).toEqual([
      ['P1', 'northby-borough-council/place-scrutiny-panel', 'completed'],
    ]);
  });

  it('a text with no meeting is refused with the message the README shows', () => {
    const blocks = [...section.matchAll(/```text\n([\s\S]*?)\n```/g)];
    const shown = (blocks.at(-1)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    let message = '';
    try {
      parseSource('Thanks for coming to the fun day!\nSee you next year.\n', 'notes.txt', {});
    } catch (error) {
      if (error instanceof ImportError) message = `error: ${error.message}`;
    }
    expect(message).toBe(shown);
  });
});
