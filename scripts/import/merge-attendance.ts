/**
 * One meeting from two files: its page of items (minutes or agenda) and its attendance page (ModernGov publishes who
 * attended on a page of its own). The attendance page's record lists people and no items; the page of items lists few
 * or none (apologies minuted in an item). Imported together, in one run or two, they make one meeting: the items'
 * record with the attendance page's lists, and anyone the items name whom the page does not.
 */
import { attendanceRole, type Attendance } from '../../src/model/schema.ts';
import { NO_ITEMS } from './reader/record-without-items.ts';
import { couldBeOnePerson } from './reader/attendance-names.ts';
import { holdsMore, listsAnyone, meetingHolding, type ImportRecord } from './records.ts';

type MeetingRecord = Extract<ImportRecord, { collection: 'meetings' }>;
type Lists = { [K in keyof Attendance]?: string[] | undefined };

function listed(record: MeetingRecord): boolean {
  return listsAnyone(record.data.attendance ?? {});
}

/** A meeting record that lists who attended and no items: what an attendance page gives. */
function attendanceOnly(record: MeetingRecord): boolean {
  return (record.data.items ?? []).length === 0 && listed(record);
}

/** The note a joined meeting carries: which file its attendance came from (so a later import of either keeps it). */
const FROM = /^the attendance is read from (.+), the meeting's attendance page$/;

/** The file a record's attendance came from when that was an attendance page: its own, or the one its note names. */
function attendancePage(record: MeetingRecord): string | null {
  if (attendanceOnly(record)) return record.data.provenance?.file ?? 'another source';
  if (!listed(record)) return null;
  for (const warning of record.data.warnings ?? []) {
    const from = FROM.exec(warning);
    if (from) return from[1] ?? null;
  }
  return null;
}

/**
 * The page's lists, then whoever else the items' lists name, in their own list; an entry of the items that says more
 * of someone the page lists in the same list ("Raj Dhillon (for Ellen Carver)" beside "Raj Dhillon") takes its place.
 */
function union(page: Lists, items: Lists): Lists {
  const onPage = attendanceRole.options.flatMap((list) => page[list] ?? []);
  // One person written two ways ("Mr P Dunning", "Peter Dunning (Chair)") is listed once, as the page lists them.
  const pageLists = (name: string) => onPage.some((entry) => couldBeOnePerson(name, entry));
  const out: Lists = { ...page };
  for (const list of attendanceRole.options) {
    for (const name of items[list] ?? []) {
      const entries = out[list] ?? [];
      const fuller = entries.findIndex((entry) => name.startsWith(`${entry} (`));
      if (fuller !== -1) out[list] = entries.map((entry, at) => (at === fuller ? name : entry));
      else if (!pageLists(name) && !entries.includes(name)) out[list] = [...entries, name];
    }
  }
  return out;
}

/**
 * The two records of one meeting as one, when one's attendance is an attendance page's and the other lists items: the
 * items' record with the union of both attendances (the page's first) and a note of where it came from. Null
 * otherwise (the caller decides). The result is the same whichever came first, and joining again changes nothing.
 */
export function mergeAttendance(a: ImportRecord, b: ImportRecord): ImportRecord | null {
  if (a.collection !== 'meetings' || b.collection !== 'meetings') return null;
  for (const [people, items] of [
    [a, b],
    [b, a],
  ] as const) {
    const from = attendancePage(people);
    if (from === null || (items.data.items ?? []).length === 0) continue;
    // A meeting already joined is never replaced by a thinner record of it (its agenda, one of its items).
    if (holdsMore(meetingHolding(people), meetingHolding(items))) continue;
    // Both records' warnings, once each, but the page's "no items" (the items are here now) and any older note.
    const kept = [...(items.data.warnings ?? []), ...(people.data.warnings ?? [])].filter(
      (warning) => !FROM.test(warning) && !warning.startsWith(NO_ITEMS),
    );
    const warnings = [...new Set(kept), `the attendance is read from ${from}, the meeting's attendance page`];
    // Arrivals and departures are the minutes' (an attendance page prints none): kept with the lists joined.
    const movements = items.data.attendance?.movements ?? people.data.attendance?.movements;
    const lists = union(people.data.attendance ?? {}, items.data.attendance ?? {});
    const attendance = movements === undefined ? lists : { ...lists, movements };
    return { ...items, data: { ...items.data, attendance, warnings } };
  }
  return null;
}
