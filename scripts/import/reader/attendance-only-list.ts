/**
 * "In attendance:" as the only list of a record's attendance, as a working group's notes print it over its councillors
 * and its officers alike: with no list of the members present, the councillors under it are the members present.
 * Apart from the reading of the lists (attendance.ts) because it weighs the record's lists together, after all are read.
 */
import { type Attendance } from './attendance-lists.ts';
import { readPieces } from './attendance-person.ts';

/** The lists under "In attendance" headings, as read: the heading's line and its paragraphs of names. */
export interface InAttendanceList {
  heading: string;
  paragraphs: readonly string[];
}

/**
 * The councillors a list of those in attendance names by their title ("Cllr A Bell (Chair)", "Councillors A, B and C"),
 * never a visiting tier's ("County Councillor X") nor one whose bracketed post alone says they sit on a council
 * ("Ms R Rook (Portfolio Holder for Leisure)", a guest of the meeting): read again with the brackets left out.
 */
function councillorsIn(list: InAttendanceList): string[] {
  const titled = (paragraph: string): string[] =>
    readPieces(paragraph).flatMap((piece) =>
      piece.kind === 'person' && piece.name !== '' && piece.councillor && !piece.outside ? [piece.name] : [],
    );
  return list.paragraphs.flatMap((paragraph) => {
    const byTitle = new Set(titled(paragraph.replace(/\s*\([^()]*\)/g, '')));
    return titled(paragraph).filter((name) => byTitle.has(name));
  });
}

/**
 * The members present and those also present when a record's "In attendance" lists are its only lists of those who came
 * (`membersListed` false: no heading of the members present, no one filed as present): the councillors they name move
 * from those also present to the members present, officers and guests staying where they were filed; with the warning
 * that says so, once. Null when the record lists its members, or the lists name no councillor.
 */
export function councillorsAsMembers(
  attendance: Pick<Attendance, 'present' | 'alsoPresent'>,
  lists: readonly InAttendanceList[],
  membersListed: boolean,
): { present: string[]; alsoPresent: string[]; warning: string } | null {
  if (membersListed || attendance.present.length > 0 || lists.length === 0) return null;
  const councillors = new Set(lists.flatMap(councillorsIn));
  // Each filed as printed, or with what follows the name after a comma ("Ann Bell, Ashby Council").
  const isCouncillor = (entry: string): boolean => councillors.has(entry) || councillors.has(entry.split(',')[0] ?? '');
  const present = attendance.alsoPresent.filter(isCouncillor);
  if (present.length === 0) return null;
  const heading = lists[0]?.heading ?? 'In attendance:';
  return {
    present,
    alsoPresent: attendance.alsoPresent.filter((entry) => !isCouncillor(entry)),
    warning: `"${heading.split(':')[0]?.trim() ?? heading}:" is the only list of those who came and no list names the members present: the councillors under it are read as the members present`,
  };
}
