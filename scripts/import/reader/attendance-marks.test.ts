import { describe, expect, it } from 'vitest';
import { plainMark, readMarkedList, readMarkKey, readStarKey } from './attendance-marks.ts';

describe('readMarkedList', () => {
  const list = [
    'Councillors:',
    '',
    'P  Ann Quill (Chairman)',
    '',
    'A  Ben Toft',
    'P  Cara Vane (substitute for Ben Toft)',
    '',
    'P: Present',
    'A: Apologies for absence submitted',
  ];

  it('reads each marked member into the list its letter stands for, by the key printed with it', () => {
    expect(readMarkedList(list)).toEqual({
      entries: [
        { role: 'present', text: 'Ann Quill (Chairman)' },
        { role: 'apologies', text: 'Ben Toft' },
        { role: 'present', text: 'Cara Vane (substitute for Ben Toft)' },
      ],
      lines: [2, 4, 5, 7, 8],
    });
  });

  it('reads nothing where no key says what the letters mean, or one line alone is marked', () => {
    expect(readMarkedList(list.slice(0, 6))).toBeNull();
    expect(readMarkedList(['P  Ann Quill', 'P: Present'])).toBeNull();
  });

  it('reads a key that names the list first ("(Present = *)", "(Remote = r)"), a remote member present, one with no mark a member', () => {
    const starred = ['Members:', '(Present = *)', '(Remote = r)', '', '* Ffion Dace (Chair)', 'r Owen Marsh', '  Pia Lund', '* Rhys Tate'];
    expect(readMarkedList(starred)).toEqual({
      entries: [
        { role: 'present', text: 'Ffion Dace (Chair)' },
        { role: 'present', text: 'Owen Marsh' },
        { role: 'members', text: 'Pia Lund' },
        { role: 'present', text: 'Rhys Tate' },
      ],
      lines: [1, 2, 4, 5, 6, 7],
    });
  });

  it('reads a key of several marks on one line ("Key: P = Present, Ap = Apologies, A = Absent")', () => {
    const key = readMarkKey(['Cllr Ida Wren   P', '', 'Key: P = Present, Ap = Apologies, A = Absent']);
    expect([...key.key]).toEqual([
      ['P', 'present'],
      ['Ap', 'apologies'],
      ['A', 'absent'],
    ]);
    expect(key.lines).toEqual([2]);
  });

  it('reads a mark after each name, past a wide gap, where no header stands over the names and marks', () => {
    const list = [
      'Attendance',
      '',
      'Cllr Ida Wren (Chair)     P',
      'Cllr Jem Yardley          Ap',
      'Cllr Kit Zeal             A',
      '',
      'Key: P = Present, Ap = Apologies, A = Absent',
    ];
    expect(readMarkedList(list)).toEqual({
      entries: [
        { role: 'present', text: 'Cllr Ida Wren (Chair)' },
        { role: 'apologies', text: 'Cllr Jem Yardley' },
        { role: 'absent', text: 'Cllr Kit Zeal' },
      ],
      lines: [2, 3, 4, 6],
    });
    // Under a header's row of cells the names and marks are a table's (attendance-table.ts).
    expect(
      readMarkedList(['Councillor\tAttendance', 'Cllr Ida Wren\tP', 'Cllr Jem Yardley\tAp', 'Key: P = Present, Ap = Apologies']),
    ).toBeNull();
  });
});

describe('readStarKey', () => {
  it('reads a key alone on its line that says what a star after a name stands for', () => {
    expect(readStarKey(['Cllr A Orrin', 'Cllr B Pask *', '', '* = apologies'])).toEqual({ role: 'apologies', line: 3 });
    expect(readStarKey(['* denotes apologies received'])).toEqual({ role: 'apologies', line: 0 });
  });

  it('reads no key from a bullet that opens a sentence', () => {
    expect(readStarKey(['* Apologies were received from Cllr Pask.'])).toBeNull();
  });
});

describe('a key of signs, and the marks no key is needed for', () => {
  it('reads a key whose marks are signs, parted by wide gaps or commas', () => {
    const gaps = readMarkKey(['Key: ✓ = present   A = apologies   – = absent   S = substitute   R = attended remotely']);
    expect([...gaps.key]).toEqual([
      ['✓', 'present'],
      ['A', 'apologies'],
      ['–', 'absent'],
      ['S', 'substitutes'],
      ['R', 'present'],
    ]);
    const commas = readMarkKey(['Key to symbols: ✔ - Attended, ✘ - Apologies sent, - = Absent']);
    expect([...commas.key]).toEqual([
      ['✔', 'present'],
      ['✘', 'apologies'],
      ['-', 'absent'],
    ]);
  });

  it('reads a tick, a cross, Y and N alone; any other mark says nothing without a key', () => {
    expect(['✓', '✔', 'Y', 'yes', '✗', '✘', 'N', 'No'].map(plainMark)).toEqual([
      'present',
      'present',
      'present',
      'present',
      'absent',
      'absent',
      'absent',
      'absent',
    ]);
    expect(['A', 'S', '–', 'X', ''].map(plainMark)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
