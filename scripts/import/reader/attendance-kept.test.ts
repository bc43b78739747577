import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));
/** Every warning the reader leaves for the caller, as one text to search. */
const unreadText = (found: ReturnType<typeof readAttendance>) => JSON.stringify(found.unread);
/** The attendance read from the members present, more lines of those attending, and an item after them. */
const under = (...lines: string[]) => readAttendance(['Present: Councillors A Brennan and C Dorsey.', ...lines, '', '1. Apologies']);

describe('readAttendance: a roster with dot leaders between each person and the body they sit for', () => {
  it('keeps the body on the right of the leaders with the person on the left, never as a person', () => {
    const found = read(
      [
        'Members present:',
        '  Cllr Wynne Harrop (Chair) ............ Oxley District Council',
        '  Cllr Lena Quist ...................... Brambury County Council',
        '',
        'Other members:',
        '  Petra Maddox ......................... Country Landowners Forum',
        '  Ivo Slade ............................ Brambury Ramblers Association',
        '  Hamish Rowe .......................... Historic England (observer)',
        '',
        'A/25 Apologies',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Wynne Harrop, Oxley District Council', 'Lena Quist, Brambury County Council']);
    expect(found.attendance.alsoPresent).toEqual([
      'Petra Maddox, Country Landowners Forum',
      'Ivo Slade, Brambury Ramblers Association',
      'Hamish Rowe, observer, Historic England',
    ]);
    expect(found.posts).toContainEqual({ post: 'Chair', name: 'Wynne Harrop' });
    expect(unreadText(found)).not.toContain('a post with no one named');
  });

  it('reads leaders of spaced dots or ellipses alike, under "Present:"', () => {
    const found = read(
      [
        'Present:',
        'Councillor Tom Ebdon (Vice-Chair) . . . . . . Kelsey Borough Council',
        'Mrs Anya Bright ……… Kelsey Farmers Union',
        '',
        '1. Welcome',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Tom Ebdon, Kelsey Borough Council', 'Mrs Anya Bright, Kelsey Farmers Union']);
    expect(found.attendance.alsoPresent).toEqual([]);
  });
});

describe('readAttendance: a roster table keeps the partner authority each member sits for', () => {
  it("keeps a council from a column headed by the authority, under a label naming the joint body's members", () => {
    for (const [label, header, rows] of [
      [
        'Members of the Joint Committee:',
        'Partner authority\tMember\tAttendance',
        [
          'Ashwold County Council\tCllr Rhian Toller\tPresent (Chair)',
          'Pinley District Council\tCllr Ozzie Darrow\tApologies',
          'Pinley District Council (sub)\tCllr Fay Lumb\tPresent',
          'Crandon Town Council\tCllr Ned Sallis\tAbsent',
        ],
      ],
      [
        'Members of the Board:',
        '| Constituent council | Member | Attendance |',
        [
          '| Ashwold County Council | Cllr Rhian Toller | Present (Chair) |',
          '| Pinley District Council | Cllr Ozzie Darrow | Apologies |',
          '| Pinley District Council (sub) | Cllr Fay Lumb | Present |',
          '| Crandon Town Council | Cllr Ned Sallis | Absent |',
        ],
      ],
    ] as const) {
      const found = read([label, '', header, ...rows, '', 'JC/01 Apologies'].join('\n'));
      expect(found.attendance.present).toEqual(['Rhian Toller, Ashwold County Council', 'Fay Lumb, Pinley District Council']);
      expect(found.attendance.apologies).toEqual(['Ozzie Darrow, Pinley District Council']);
      expect(found.attendance.absent).toEqual(['Ned Sallis, Crandon Town Council']);
      // The label is read with the table: no line above the items is left unread.
      expect(found.lines).toContain(0);
    }
  });
});

describe("readAttendance: the Lord-Lieutenant's posts among a council's guests", () => {
  it('gives the post before a comma to the guest named after it, and warns of a post no one is named for', () => {
    const found = under(
      "Guests: The Lord-Lieutenant's representative, Commander Ivy Brandt DL; the Vice Lord-Lieutenant, Mr Sol Petrie; the Chief",
      'Constable',
    );
    expect(found.attendance.alsoPresent).toEqual([
      "Commander Ivy Brandt DL, Lord-Lieutenant's representative",
      'Mr Sol Petrie, Vice Lord-Lieutenant',
    ]);
    expect(unreadText(found)).toContain('Chief Constable');
  });

  it('makes no person of a lieutenancy post alone, and warns of it naming the line', () => {
    const found = under("Also present: the Vice Lord-Lieutenant; the Lord-Lieutenant's representative; Mrs Ola Finch");
    expect(found.attendance.alsoPresent).toEqual(['Mrs Ola Finch']);
    expect(unreadText(found)).toContain('Vice Lord-Lieutenant');
    expect(unreadText(found)).toContain("Lord-Lieutenant's representative");
    expect(unreadText(found)).toContain('Also present: the Vice Lord-Lieutenant');
  });
});

describe('readAttendance: a person listed with the service they work in keeps it as their post', () => {
  it('keeps the service after a comma or in brackets, among those also present', () => {
    for (const line of ['Also present: Rona Tulloch, Youth Services', 'Also present: Rona Tulloch (Youth Services)']) {
      const found = under(line);
      expect([...found.attendance.alsoPresent, ...found.attendance.officers]).toEqual(['Rona Tulloch, Youth Services']);
    }
  });

  it('keeps a service after a name among those present, in either form', () => {
    const found = read(
      ["Present: Councillor Alma Pike, Mr Dev Rana, Adult Social Care Service, Ms Jo Wilde (Children's Services)", '', '1. Welcome'].join(
        '\n',
      ),
    );
    expect(found.attendance.present).toEqual(['Alma Pike', 'Mr Dev Rana, Adult Social Care Service', "Ms Jo Wilde, Children's Services"]);
  });
});
