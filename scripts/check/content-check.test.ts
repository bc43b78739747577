import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './content-check.ts';

const MEETING = 'meetings/thurrock-council/childrens-services-overview-and-scrutiny-committee/2017-07-11.md';

function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'check-'));
  for (const folder of ['councils', 'committees', 'meetings', 'reports', 'recommendations'])
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
});
