/** Source headers and line ends (issue 12, rows 2, 6 and 15): strict values, errors naming the line. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from './import-sources.ts';
import { ImportError } from './records.ts';

const SEED_000 = readFileSync('content/sources/000_dd67e06c2a8b23ae.txt', 'utf8');
const SEED_002 = readFileSync('content/sources/002_1d9b914664a8f962.txt', 'utf8');
/** Seed 000's text below its own header. */
const BODY_000 = SEED_000.split('\n').slice(5).join('\n');

function withHeader(lines: string[]): string {
  return ['---', ...lines, '---', BODY_000].join('\n');
}

function errorOf(raw: string): ImportError {
  try {
    parseSource(raw, 'in.txt', {});
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('no error');
}

const meetingIds = (raw: string) =>
  parseSource(raw, 'in.txt', {})
    .filter((r) => r.collection === 'meetings')
    .map((r) => r.id);

describe('source header dates are strict', () => {
  for (const date of ['2015-02-29', '"2015-02-29"', '2099-13-45', '2015-02-28T23:30:00+02:00', '2015-02-28 10:00']) {
    it(`rejects date: ${date} naming the line`, () => {
      const error = errorOf(withHeader(['council: Testshire Council', 'committee: Panel', `date: ${date}`]));
      expect(error.line).toBe(4);
      expect(error.message).toMatch(/^in\.txt:4: date .* is not a calendar date/);
      expect(error.fix).toMatch(/date: 2017-07-11/);
    });
  }

  it('keeps a real date as written, leap days included', () => {
    const raw = withHeader(['council: Testshire Council', 'committee: Panel', 'date: 2016-02-29']);
    expect(meetingIds(raw)).toEqual(['testshire-council/panel/2016-02-29']);
  });

  it('rejects --date that is not a calendar date', () => {
    expect(() => parseSource(SEED_000, 'in.txt', { date: '2099-13-45' })).toThrow(ImportError);
  });
});

describe('source header values are text', () => {
  for (const value of ['[a, b]', '{a: 1}', '123', 'true', '', '~']) {
    it(`rejects council: ${value} naming the line`, () => {
      const error = errorOf(withHeader(['# a comment', `council: ${value}`]));
      expect(error.line).toBe(3);
      expect(error.problem).toMatch(/header field council must be one line of text/);
    });
  }

  it('rejects an unknown field, a duplicate field and an unclosed header', () => {
    expect(errorOf(withHeader(['council: A', 'comittee: B'])).line).toBe(3);
    expect(errorOf(withHeader(['council: A', 'council: B'])).line).toBe(3);
    expect(errorOf(`---\ncouncil: A\n${BODY_000}`).problem).toMatch(/never closed/);
  });
});

describe('line ends and byte order marks', () => {
  const expected = meetingIds(SEED_002);

  it('reads the header after a UTF-8 BOM', () => {
    expect(expected[0]).toMatch(/^thurrock-council\//);
    expect(meetingIds(`\uFEFF${SEED_002}`)).toEqual(expected);
  });

  it('reads CRLF and CR-only line ends as LF', () => {
    expect(meetingIds(SEED_002.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(meetingIds(SEED_002.replace(/\n/g, '\r'))).toEqual(expected);
    expect(meetingIds(`\uFEFF${SEED_002.replace(/\n/g, '\r')}`)).toEqual(expected);
  });

  it('counts header lines the same with CR-only line ends', () => {
    const raw = withHeader(['council: A', 'date: 2015-02-29']).replace(/\n/g, '\r');
    expect(errorOf(raw).line).toBe(3);
  });
});

describe('names in other scripts (issue 12 row 7)', () => {
  it('files a meeting of 日本語 / 委員会 at the right depth under transliterated names', () => {
    const records = parseSource(withHeader(['council: 日本語', 'committee: 委員会']), 'in.txt', {});
    expect(records.map((record) => `${record.collection}/${record.id}`)).toEqual(
      expect.arrayContaining([
        'councils/ri-ben-yu',
        'committees/ri-ben-yu/wei-yuan-hui',
        expect.stringMatching(/^meetings\/ri-ben-yu\/wei-yuan-hui\/[^/]+$/),
      ]),
    );
  });

  it('files names with no letters under a short stable hash', () => {
    const ids = meetingIds(withHeader(['council: "☎☎"', 'committee: "—"']));
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^x-[0-9a-f]{8}\/x-[0-9a-f]{8}\/[^/.][^/]*$/);
  });
});
