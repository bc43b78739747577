/**
 * A parish meeting's minutes, however the clerk names the meeting ("Annual Assembly of the Hollowby Parish", "Annual
 * Meeting of the Parish of Hollowby", "Hollowby Annual Parish Meeting"): the parish council's Annual Parish Meeting; and
 * its attendance said in a sentence, the named read and those only counted warned of.
 */
import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

const meeting = (title: string[], attendance: string) => {
  const lines = [
    ...title,
    '',
    attendance,
    '',
    '1. Welcome',
    'The Chairman welcomed everyone.',
    '',
    '2. Close',
    'The meeting closed at 8.10pm.',
  ];
  return readMeeting(lines, {}, lines.join('\n'));
};
const named = (title: string[]) => {
  const read = meeting(title, 'Present: Cllr R Kettle (Chairman), Cllr S Ormond');
  return [read.councilName, read.committeeName];
};

describe("a parish meeting's name", () => {
  it("is the parish council's Annual Parish Meeting, however the title words it", () => {
    const meetingOf = ['Hollowby Parish Council', 'Annual Parish Meeting'];
    expect(
      named(['MINUTES OF THE ANNUAL ASSEMBLY OF THE HOLLOWBY PARISH held at the Village Hall on Tuesday 14 May 2024 at 7.00pm']),
    ).toEqual(meetingOf);
    expect(named(['Minutes of the Annual Parish Meeting of Hollowby held in the School on 14 May 2024 at 7pm'])).toEqual(meetingOf);
    expect(named(['Minutes of the Annual Meeting of the Parish of Hollowby held in the School on 14 May 2024 at 7pm'])).toEqual(meetingOf);
    expect(named(['Hollowby Annual Parish Meeting', 'Held at the Village Hall on 14 May 2024 at 7pm'])).toEqual(meetingOf);
    // A title that names the council already keeps it.
    expect(named(['HOLLOWBY PARISH COUNCIL', 'Minutes of the Annual Parish Meeting held on 14 May 2024 at 7pm'])).toEqual(meetingOf);
  });

  it("says when the council's name is made from the parish's, printed nowhere (a parish may have no council)", () => {
    const warned = (title: string[]) =>
      (meeting(title, 'Present: Cllr R Kettle (Chairman)').warnings ?? []).filter((line) => line.includes('printed nowhere'));
    expect(warned(['Minutes of the Annual Meeting of the Parish of Hollowby held in the School on 14 May 2024 at 7pm'])).toEqual([
      'the council\'s name is printed nowhere: filed under "Hollowby Parish Council", the parish\'s name; correct it if the parish has no council',
    ]);
    expect(warned(['Marlbury Annual Town Meeting', 'Held at the Guildhall on 14 May 2024 at 7pm'])[0]).toContain('"Marlbury Town Council"');
    expect(warned(['HOLLOWBY PARISH COUNCIL', 'Minutes of the Annual Parish Meeting held on 14 May 2024 at 7pm'])).toEqual([]);
    const printed = meeting(
      ['Minutes of the Annual Parish Meeting of Hollowby held in the School on 14 May 2024 at 7pm'],
      'Present: Cllr R Kettle (Chairman of Hollowby Parish Council)',
    );
    expect(printed.warnings?.join('\n') ?? '').not.toContain('printed nowhere');
  });
});

describe("a parish meeting's attendance in a sentence", () => {
  it('names those it names, never the council as a post ("Chairman of the Parish Council"), and warns of those only counted', () => {
    const read = meeting(
      ['Minutes of the Annual Parish Meeting of Hollowby held in the School on 14 May 2024 at 7pm'],
      'The meeting was attended by the Chairman of the Parish Council, Cllr R Kettle, four other parish councillors, the Clerk and 23 electors.',
    );
    expect(read.councilName).toBe('Hollowby Parish Council');
    expect(read.attendance?.present).toEqual(['R Kettle']);
    const warned = read.warnings?.join('\n') ?? '';
    expect(warned).toContain('"23 electors"');
    expect(warned).toContain('"four other parish councillors"');
    const other = meeting(
      ['Minutes of the Annual Parish Meeting of Hollowby held in the School on 14 May 2024 at 7pm'],
      'The meeting was attended by Cllr S Ormond (Chairman), 3 councillors and 11 parishioners.',
    );
    expect(other.attendance?.present).toEqual(['S Ormond']);
    expect(other.warnings?.join('\n') ?? '').toContain('"3 councillors"');
  });
});
