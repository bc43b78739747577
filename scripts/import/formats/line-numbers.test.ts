import { describe, expect, it } from 'vitest';
import { LINE_NUMBERS_WARNING, withoutLineNumbers } from './line-numbers.ts';

/** Lines given a margin number each, counting up from `from`, right-aligned in a margin four columns wide. */
const numbered = (lines: string[], from = 1): string[] => lines.map((line, index) => `${String(from + index).padEnd(4)}${line}`.trimEnd());

const PAGE = [
  'NETHERBY MARSH TOWN COUNCIL',
  '',
  'Minutes of the meeting of the Town Council held at the Market Rooms on',
  'Thursday 5 February 2026 at 7.00 pm',
  '',
  'Present: Cllr H Abernathy (Mayor), Cllr J Blewitt, Cllr K Corney',
  'In attendance: Ms L Dunstable (Town Clerk)',
  '',
  'TC/41 Apologies',
  'Apologies were received from Cllr M Eskdale.',
  '',
  'TC/42 Declarations of interest',
  'None.',
  '',
  'TC/43 Allotments',
  'The Clerk reported that four plots at Gorse Lane were vacant and',
  'that the waiting list held eleven names.',
  'RESOLVED that the vacant plots be offered in list order.',
  '',
  'TC/44 Date of next meeting',
  'Thursday 5 March 2026.',
  '',
  'The meeting closed at 8.05 pm.',
];

describe('withoutLineNumbers', () => {
  it('takes the margin line numbers off every line, numbered blank lines too, and says so', () => {
    const { text, warning } = withoutLineNumbers(numbered(PAGE).join('\n'));
    expect(text.split('\n')).toEqual(PAGE);
    expect(warning).toBe(LINE_NUMBERS_WARNING);
  });

  it('reads numbering that starts again at 1 on a new page, its blank lines left unnumbered', () => {
    const next = ['TC/45 Correspondence', 'A letter from the bowls club was noted.', '', 'Signed ............ Mayor'];
    const second = numbered(next.filter((line) => line !== ''));
    const lines = [...numbered(PAGE), `\f${second[0]}`, second[1]!, '', second[2]!];
    const { text } = withoutLineNumbers(lines.join('\n'));
    expect(text.split('\n')).toEqual([...PAGE, `\f${next[0]}`, ...next.slice(1)]);
  });

  it('keeps a line indented beyond the margin indented', () => {
    const lines = [...PAGE];
    lines[16] = '    that the waiting list held eleven names.';
    const { text } = withoutLineNumbers(numbered(lines).join('\n'));
    expect(text.split('\n')[16]).toBe('    that the waiting list held eleven names.');
  });

  it('leaves numbered minutes untouched: a stop after each number, and text between the items', () => {
    const minutes = [
      'NETHERBY MARSH TOWN COUNCIL',
      ...Array.from({ length: 24 }, (_, index) => [`${index + 1}. Item heading ${index + 1}`, 'The Council noted the report.']).flat(),
    ].join('\n');
    expect(withoutLineNumbers(minutes)).toEqual({ text: minutes, warning: null });
  });

  it('leaves a long list numbered without stops untouched: every line is an entry', () => {
    const list = [
      'SCHEDULE OF PAYMENTS',
      ...Array.from({ length: 30 }, (_, index) => `${index + 1} Payee ${index + 1} £${index}0.00`),
    ].join('\n');
    expect(withoutLineNumbers(list)).toEqual({ text: list, warning: null });
  });

  it('leaves a short run of numbered lines untouched, and a text most of whose lines are not numbered', () => {
    const short = numbered(PAGE.slice(0, 12)).join('\n');
    expect(withoutLineNumbers(short).warning).toBeNull();
    const mostlyProse = [...numbered(PAGE.slice(0, 22)), ...Array.from({ length: 12 }, () => 'The Committee discussed the matter.')].join(
      '\n',
    );
    expect(withoutLineNumbers(mostlyProse).warning).toBeNull();
  });
});
