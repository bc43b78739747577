/**
 * The meeting's attendance gathered from the whole record: the lists above the items, an item of its own that lists
 * apologies, substitutes or who was present ("1 Present"), a panel an item says sat, and lists printed below the close
 * or at the foot, each joined to the rest, each person once. Apart from the meeting's reader, which calls it once the
 * items are sliced, and from the attendance readers (attendance.ts), which each read one block of lines.
 */
import { readAttendance, type AttendanceFound } from './attendance.ts';
import { SPEAKERS_HEADING } from './attendance-headings.ts';
import type { Attendance, PartnerListed } from './attendance-lists.ts';
import { comprisedPanel } from './attendance-comprised.ts';
import { foldShorterNames, nameOf } from './attendance-names.ts';
import type { ItemSlice } from './items.ts';
import type { PostHolder } from './chair-posts.ts';
import { WELSH_ATTENDANCE_TITLE } from '../../../src/model/welsh-words.ts';

/** An item's title that says it records attendance: "Apologies", "Present", Welsh "Ymddiheuriadau" (WELSH_ATTENDANCE_TITLE). */
const ATTENDANCE_TITLE = new RegExp(String.raw`\b(?:apolog|attendance|present|substitut|welcome|${WELSH_ATTENDANCE_TITLE})`, 'i');

/** The lists an item may add to the header's: who was present only when the header listed no one. */
function listsFromItems(header: Attendance): (keyof Attendance)[] {
  const lists: (keyof Attendance)[] = ['apologies', 'substitutes', 'absent'];
  const listed = header.present.length + header.alsoPresent.length + header.officers.length > 0;
  return listed ? lists : [...lists, 'present', 'alsoPresent', 'officers'];
}

/**
 * Attendance from the header, with apologies and substitutes stated in an item of their own, and
 * the members present when an item lists them ("1 Present", as parish minutes number it) and the
 * header does not. Substitutes are also read from any item that names one ("Procedural Business",
 * "(a) Declarations of Substitutes": "Councillor X was present as substitute for Councillor Y").
 */
export function attendanceOf(
  header: string[],
  slices: ItemSlice[],
  date: string | null,
): Omit<AttendanceFound, 'lines'> & { read: Set<number> } {
  const found = readAttendance(header, date);
  const attendance = found.attendance;
  const posts = [...found.posts];
  const partners = [...found.partners];
  const lists = listsFromItems(attendance);
  const speakers = (item: ItemSlice) => item.lines.some((line) => SPEAKERS_HEADING.test(line));
  const naming = (item: ItemSlice) =>
    ATTENDANCE_TITLE.test(item.title) || item.lines.some((line) => /substitut/i.test(line)) || speakers(item);
  for (const slice of slices.filter(naming)) {
    const inItem = readAttendance([`${slice.title}:`, ...slice.lines], date);
    // "Registered Speakers:" under an application: those who spoke on it, presenters.
    const roles = [
      ...(ATTENDANCE_TITLE.test(slice.title) ? lists : (['substitutes'] as const)),
      ...(speakers(slice) ? (['presenters'] as const) : []),
    ];
    for (const role of roles) {
      for (const name of inItem.attendance[role]) if (!attendance[role].includes(name)) attendance[role].push(name);
    }
    partners.push(...inItem.partners.filter((partner) => (roles as readonly string[]).includes(partner.list)));
    // Who held a post, from an item that lists who was present ("1 Present") when the header does not.
    if (ATTENDANCE_TITLE.test(slice.title) && lists.includes('present')) posts.push(...inItem.posts);
  }
  // "The LRB comprised Councillors …" in an item: who sat, where no list above the items names anyone present.
  const panel = lists.includes('present') && attendance.present.length === 0 ? comprisedPanel(slices) : null;
  if (panel !== null) {
    attendance.present.push(...panel.attendance.present);
    posts.push(...panel.posts);
  }
  // "Lusk" in the apologies item, "Evander Lusk" in the header's list: one person, named in full.
  return { ...found, attendance: foldShorterNames(attendance), read: new Set(found.lines), posts, partners };
}

/**
 * "Members present: Cllrs Penrose (Chair), …" and "In attendance: …" below "The meeting closed at …", as some town and
 * parish councils print the attendance last: read as the meeting's when the record names no one present above, each
 * list joined to what the items said (the apologies). Returns the lines below the close left unread, to be warned of.
 */
export function attendanceBelowClose(after: string[], attendance: Attendance, posts: PostHolder[], partners: PartnerListed[]): string[] {
  if (attendance.present.length > 0) return after;
  const found = readAttendance(after);
  if (found.attendance.present.length === 0) return after;
  joinFound(found, attendance, posts, partners);
  return after.filter((_line, index) => !found.lines.includes(index));
}

/**
 * Adds the lists read elsewhere in the record to the meeting's, each person once, with the posts and partners they
 * name: "Dr Ada Lusk, NHS Fernley ICB" from a table takes the place of "Dr Ada Lusk" from an item's sentence.
 */
export function joinFound(found: AttendanceFound, attendance: Attendance, posts: PostHolder[], partners: PartnerListed[]): void {
  for (const [list, names] of Object.entries(found.attendance) as [keyof Attendance, string[]][]) {
    for (const name of names) {
      const at = attendance[list].findIndex((listed) => nameOf(listed) === nameOf(name));
      if (at === -1) attendance[list].push(name);
      else if (attendance[list][at] === nameOf(name)) attendance[list][at] = name;
    }
  }
  posts.push(...found.posts);
  partners.push(...found.partners);
}
