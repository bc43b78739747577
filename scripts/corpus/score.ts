/**
 * Scores one import against one corpus label, as ../shared/corpus/README.md ("How an import is
 * scored against a label") defines it. Pure functions, so the rules can be tested with small
 * hand-written labels; running the importer is run.ts's job.
 *
 * Decisions where the README leaves room (README.md "Measuring the reader" repeats them):
 * - A field is "labelled" when the label holds a value that is not null. An empty list is a value:
 *   `item_numbers: []` expects no numbered items, and `referenced_meeting_dates: []` is right
 *   whenever a meeting record is found ("every labelled date is among the dates" holds vacuously).
 * - Matching is by date only, so two labelled meetings with the same date meet the same record.
 * - A committee or council that normalises to nothing (or is missing) is wrong, though "" is
 *   contained in any name.
 * - If the import gives no meeting record at all, every field of that label meeting is wrong.
 */

/** One labelled meeting (labels/NN.json `meetings[]`); only the fields the score reads. */
export interface LabelMeeting {
  council: string | null;
  committee: string | null;
  date: string | null;
  item_numbers?: string[] | null;
  item_count?: number | null;
  resolutions_count?: number | null;
  present_count?: number | null;
  referenced_meeting_dates?: string[] | null;
}

/** One label file (labels/NN.json); only the fields the score reads. */
export interface Label {
  file: string;
  original: string;
  meetings: LabelMeeting[];
}

/** A meeting record of `import --dry-run --json`, narrowed to what the score reads. */
export interface ImportedMeeting {
  council: string | null;
  committee: string | null;
  date: string | null;
  items: { number: string | null; resolutions: number }[];
  present: number;
  referenceDates: string[];
}

export type FieldName = 'date' | 'committee' | 'council' | 'item_numbers' | 'item_count' | 'resolutions' | 'present' | 'references';

export interface FieldResult {
  /** Index of the labelled meeting (0 for the first). */
  meeting: number;
  field: FieldName;
  right: boolean;
  expected: unknown;
  got: unknown;
}

export type Status = 'ok' | 'refused' | 'crash';

/** How the importer ended on one file: its parsed JSON when it succeeded, its message when not. */
export type ImportOutcome = { status: 'ok'; records: unknown } | { status: 'refused' | 'crash'; message: string };

export interface RecordScore {
  status: Status;
  right: number;
  labelled: number;
  fields: FieldResult[];
  /** The importer's message (first line of stderr) when it refused or crashed. */
  message?: string;
}

/** Lower-case, `&` → `and`, every run of other characters → one space, trimmed. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Right when, normalised, one name contains the other (and the imported one is not empty). */
export function namesMatch(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const a = normaliseName(expected);
  const b = normaliseName(got);
  return b !== '' && (a.includes(b) || b.includes(a));
}

/** An item number as printed (string, or today's integer) → the compared form, or null to skip. */
export function itemNumber(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().replace(/\.+$/, '');
  return text === '' ? null : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The meeting records of the importer's JSON output, in order; anything else is ignored. */
export function meetingsFromJson(records: unknown): ImportedMeeting[] {
  return list(records)
    .filter(isRecord)
    .filter((record) => record['kind'] === 'meeting')
    .map((record) => {
      const attendance = isRecord(record['attendance']) ? record['attendance'] : {};
      return {
        council: stringOrNull(record['council']),
        committee: stringOrNull(record['committee']),
        date: stringOrNull(record['date']),
        items: list(record['items'])
          .filter(isRecord)
          .map((item) => ({ number: itemNumber(item['number']), resolutions: list(item['resolutions']).length })),
        present: list(attendance['present']).length,
        referenceDates: list(record['references'])
          .filter(isRecord)
          .map((reference) => stringOrNull(reference['date']))
          .filter((date): date is string => date !== null),
      };
    });
}

/** The fields a labelled meeting is scored on, with the expected value of each. */
export function labelledFields(label: LabelMeeting): { field: FieldName; expected: unknown }[] {
  const fields: { field: FieldName; expected: unknown }[] = [{ field: 'date', expected: label.date }];
  if (label.committee !== null) fields.push({ field: 'committee', expected: label.committee });
  if (label.council !== null) fields.push({ field: 'council', expected: label.council });
  if (label.item_numbers != null) fields.push({ field: 'item_numbers', expected: label.item_numbers });
  if (label.item_count != null) fields.push({ field: 'item_count', expected: label.item_count });
  if (label.resolutions_count != null) fields.push({ field: 'resolutions', expected: label.resolutions_count });
  if (label.present_count != null) fields.push({ field: 'present', expected: label.present_count });
  if (label.referenced_meeting_dates != null) fields.push({ field: 'references', expected: label.referenced_meeting_dates });
  return fields;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function scoreField(field: FieldName, expected: unknown, meeting: ImportedMeeting): { right: boolean; got: unknown } {
  switch (field) {
    case 'date':
      return { right: meeting.date === expected, got: meeting.date };
    case 'committee':
      return { right: namesMatch(String(expected), meeting.committee), got: meeting.committee };
    case 'council':
      return { right: namesMatch(String(expected), meeting.council), got: meeting.council };
    case 'item_numbers': {
      const got = meeting.items.map((item) => item.number).filter((number): number is string => number !== null);
      return { right: sameList(got, expected as string[]), got };
    }
    case 'item_count':
      return { right: meeting.items.length === expected, got: meeting.items.length };
    case 'resolutions': {
      const got = meeting.items.filter((item) => item.resolutions > 0).length;
      return { right: got === expected, got };
    }
    case 'present':
      return { right: meeting.present === expected, got: meeting.present };
    case 'references': {
      const missing = (expected as string[]).filter((date) => !meeting.referenceDates.includes(date));
      return { right: missing.length === 0, got: meeting.referenceDates };
    }
  }
}

/**
 * The meeting record a label meeting is compared with: the one with the same date, else the first.
 * Where a record holds two meetings of one date (a committee's minutes and its joint session's
 * notes), the one whose committee is the label's, word for word after normalising, is that one.
 */
export function matchMeeting(label: LabelMeeting, meetings: readonly ImportedMeeting[]): ImportedMeeting | undefined {
  const sameDate = meetings.filter((meeting) => meeting.date === label.date);
  const named = label.committee === null ? '' : normaliseName(label.committee);
  return sameDate.find((meeting) => named !== '' && normaliseName(meeting.committee ?? '') === named) ?? sameDate[0] ?? meetings[0];
}

/** Scores one labelled meeting against the import's meeting records. */
export function scoreMeeting(label: LabelMeeting, meetings: readonly ImportedMeeting[], index = 0): FieldResult[] {
  const meeting = matchMeeting(label, meetings);
  return labelledFields(label).map(({ field, expected }) => {
    if (meeting === undefined) return { meeting: index, field, right: false, expected, got: null };
    return { meeting: index, field, expected, ...scoreField(field, expected, meeting) };
  });
}

/** Scores a whole label against how its import ended; a refused or crashed import scores nothing. */
export function scoreRecord(label: Label, outcome: ImportOutcome): RecordScore {
  const meetings = outcome.status === 'ok' ? meetingsFromJson(outcome.records) : [];
  const fields = label.meetings.flatMap((meeting, index) => scoreMeeting(meeting, meetings, index));
  const right = fields.filter((field) => field.right).length;
  const score: RecordScore = { status: outcome.status, right, labelled: fields.length, fields };
  if (outcome.status !== 'ok') score.message = outcome.message;
  return score;
}
