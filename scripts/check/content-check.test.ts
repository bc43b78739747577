import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './content-check.ts';

const MEETING = 'meetings/thurrock-council/childrens-services-overview-and-scrutiny-committee/2017-07-11.md';

function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'check-'));
  for (const folder of ['councils', 'committees', 'meetings', 'reports', 'recommendations', 'people'])
    cpSync(join('content', folder), join(root, folder), { recursive: true });
  return root;
}

function edit(root: string, path: string, from: string | RegExp, to: string): void {
  const file = join(root, path);
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
}

const lineOf = (root: string, path: string, text: string) =>
  readFileSync(join(root, path), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

describe('content check', () => {
  it('passes the bundled content', () => {
    expect(checkContent('content')).toEqual([]);
  });

  it('names file and line of a field the schema rejects', () => {
    const root = copyContent();
    edit(root, MEETING, 'date: "2017-07-11"', 'date: "11 July 2017"');
    const problems = checkContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toContain('2017-07-11.md');
    expect(problems[0]?.line).toBe(lineOf(root, MEETING, 'date: "11 July 2017"'));
    expect(problems[0]?.message).toMatch(/^date: expected a date as YYYY-MM-DD/);
  });

  it('rejects a motion that names no one who moved or seconded it, saying what to add', () => {
    const root = copyContent();
    edit(
      root,
      MEETING,
      /^(\s+)anchor: item-45$/m,
      '$1anchor: item-45\n$1motions:\n$1  - motion: the recommendations\n$1    text: Moved and seconded.',
    );
    const problems = checkContent(root);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/motions\.0: a motion names who moved or seconded it: add `movedBy` or `secondedBy`/),
    ]);
  });

  it('names file and line of YAML that does not parse', () => {
    const root = copyContent();
    edit(root, MEETING, 'venue: ', 'venue: [unclosed ');
    const problems = checkContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^YAML does not parse: /);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(lineOf(root, MEETING, 'venue: [unclosed'));
  });

  it('finds references to records that do not exist, and repeated anchors', () => {
    const root = copyContent();
    edit(root, MEETING, 'committee: thurrock-council/childrens', 'committee: thurrock-council/adults');
    edit(root, MEETING, 'anchor: item-45', 'anchor: item-44');
    const messages = checkContent(root).map((problem) => `${problem.line}: ${problem.message}`);
    expect(messages).toContain(
      `${lineOf(root, MEETING, 'committee: thurrock-council/adults')}: committee: "thurrock-council/adults-services-overview-and-scrutiny-committee" is not a record in committees/ (create committees/thurrock-council/adults-services-overview-and-scrutiny-committee.md, or correct the id)`,
    );
    expect(messages.some((message) => /items\.1\.anchor: "item-44" is used by an earlier item/.test(message))).toBe(true);
  });

  // Issue 12, row 8: dates and times were checked by pattern only; the build then failed on them.
  it.each([
    ['date: "2017-07-11"', 'date: "2017-13-45"', /^date: 2017-13-45 is not a date in the calendar/],
    ['date: "2017-07-11"', 'date: "2017-02-30"', /^date: 2017-02-30 is not a date in the calendar/],
    ['startTime: "', 'startTime: "99:99"\nx: "', /^startTime: 99:99 is not a time of day/],
  ])('refuses a date or time that does not exist (%s → %s)', (from, to, message) => {
    const root = copyContent();
    edit(root, MEETING, from, to);
    const problems = checkContent(root).filter((problem) => !problem.message.startsWith('date: the file is named'));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(message)]);
  });

  it('accepts 29 February in a leap year only', () => {
    const root = copyContent();
    edit(root, MEETING, 'date: "2017-07-11"', 'date: "2016-02-29"');
    expect(checkContent(root).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^date: the file is named 2017-07-11\.md but/),
    ]);
    edit(root, MEETING, 'date: "2016-02-29"', 'date: "2015-02-29"');
    expect(checkContent(root).map((problem) => problem.message)).toEqual([expect.stringMatching(/^date: 2015-02-29 is not a date/)]);
  });

  // Issue 12, row 12: these names passed check, then lost a record or broke the build or a link.
  it.each([
    ['people/Ray Gooding.md', 'people/ray-gooding.md', /"Ray Gooding" is not a record name.*Rename it to "ray-gooding"/],
    [
      MEETING.replace('2017-07-11', 'Copy of 2017-07-11'),
      MEETING,
      /"Copy of 2017-07-11" is not a meeting.s name: a meeting file is named by its date/,
    ],
    ['councils/...md', 'councils/thurrock-council.md', /"\.\." is not a record name/],
    ['councils/%2e%2e.md', 'councils/thurrock-council.md', /"%2e%2e" is not a record name/],
    ['councils/a#b?c.md', 'councils/thurrock-council.md', /"a#b\?c" is not a record name/],
    ['people/ray--gooding.md', 'people/ray-gooding.md', /"ray--gooding" is not a record name/],
    ['councils/Thurrock.MD', 'councils/thurrock-council.md', /must end in "\.md"/],
    [MEETING.replace('2017-07-11', 'draft'), MEETING, /a meeting file is named by its date/],
    ['meetings/thurrock-council/2017-07-11.md', MEETING, /filed as meetings\/<council>\/<committee>\/<YYYY-MM-DD>\.md/],
  ])('refuses a record file named %s', (name, copyOf, message) => {
    const root = copyContent();
    mkdirSync(join(root, name, '..'), { recursive: true });
    cpSync(join(root, copyOf), join(root, name));
    const problems = checkContent(root);
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      expect.stringMatching(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: file name: .*${message.source}`)),
    ]);
  });

  it('refuses a meeting whose file is named for another date', () => {
    const root = copyContent();
    edit(root, MEETING, 'date: "2017-07-11"', 'date: "2017-07-12"');
    const problems = checkContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(lineOf(root, MEETING, 'date: "2017-07-12"'));
    expect(problems[0]?.message).toMatch(/^date: the file is named 2017-07-11\.md but the meeting's date is 2017-07-12\. /);
  });

  it("accepts a body's second meeting of the day, named by its date and its own name, and checks that date", () => {
    const root = copyContent();
    const second = MEETING.replace('2017-07-11', '2017-07-11-ordinary-meeting');
    cpSync(join(root, MEETING), join(root, second));
    expect(checkContent(root)).toEqual([]);
    edit(root, second, 'date: "2017-07-11"', 'date: "2017-07-12"');
    expect(checkContent(root).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^date: the file is named 2017-07-11-ordinary-meeting\.md but the meeting's date is 2017-07-12\. /),
    ]);
  });

  it('reports a folder named like a record file instead of crashing', () => {
    const root = copyContent();
    mkdirSync(join(root, 'councils', 'folder.md'));
    expect(checkContent(root).map((problem) => problem.message)).toEqual([expect.stringMatching(/^cannot be read \(EISDIR\)/)]);
  });
});
