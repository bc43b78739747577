/**
 * The general reader: minutes and agendas of any council, whatever system or clerk produced
 * them. It finds what all meeting records share (a header, attendance, numbered or headed items,
 * decisions, references to other meetings) rather than one layout, splits records that hold
 * several meetings, and refuses a text only when it holds no meeting at all. Tried last.
 */
import { meetingRecords, uniqueRecords, type MeetingDraft } from '../assemble.ts';
import { ImportError, type ImportRecord, type ParseContext, type Parser } from '../records.ts';
import { squash } from '../text.ts';
import { blankFurniture } from './furniture.ts';
import { readMeeting } from './meeting.ts';
import { meetingParts, settleLater } from './meeting-parts.ts';
import { splitSections, type Section } from './sections.ts';
import { presentFromAbove } from './present-above.ts';

/** A section is a meeting when it has items, or a date and a body. */
function holdsMeeting(draft: MeetingDraft): boolean {
  return (draft.items ?? []).length > 0 || (draft.date !== null && draft.committeeName !== null);
}

/** The lines a reader works on: furniture blanked, the running headers of each meeting too. */
function cleanLines(text: string, sections: Section[]): string[] {
  const raw = text.split('\n');
  const keep = new Set(sections.flatMap((section) => [0, 1, 2, 3, 4, 5].map((offset) => section.start + offset)));
  const repeats = new Set(sections.flatMap((section) => section.repeats));
  return blankFurniture(raw, keep).map((line, index) => (repeats.has(index) ? '' : line));
}

/** Why a text was refused: what was looked for, and the nearest thing found. */
function refusal(context: ParseContext, text: string): ImportError {
  const lines = text.split('\n').map(squash);
  const at = lines.findIndex((line) => line !== '');
  const first = lines[at] ?? '(the text is empty)';
  return new ImportError(
    context.file,
    at === -1 ? null : at + 1,
    `no meeting found: looked for a heading naming a body and a date, and for numbered items or headings; the nearest thing found was "${first.slice(0, 80)}"`,
    'Check that this is a meeting record (minutes or an agenda); add `committee:` and `date:` to a source header if the text does not state them',
  );
}

/** A meeting's lines in the file: a section (a title block of its own), or one of the meetings a section holds in turn. */
interface Unit {
  lines: string[];
  start: number;
  end: number;
  heading: string | null;
}

function unitsOf(text: string): Unit[] {
  const sections = splitSections(text.split('\n'));
  const lines = cleanLines(text, sections);
  return sections.flatMap((section) =>
    meetingParts(lines.slice(section.start, section.end)).map((part) => ({
      ...part,
      start: section.start + part.start,
      end: section.start + part.end,
    })),
  );
}

/**
 * A later meeting of the same body on the same day, each under a title of its own (the council's meeting, then the council
 * sitting as a charity's trustee): filed by its start time after the date, so that the two do not share one id.
 */
function apartFrom(draft: MeetingDraft, filed: Set<string>): void {
  const key = (part: string | undefined) => `${draft.councilName}|${draft.committeeName}|${draft.date}|${part ?? ''}`;
  if (draft.date !== null && filed.has(key(draft.dayPart)) && draft.dayPart === undefined) {
    draft.dayPart = draft.startTime === null || draft.startTime === undefined ? `meeting ${filed.size + 1}` : `from ${draft.startTime}`;
    draft.warnings = [
      ...(draft.warnings ?? []),
      `a second meeting of the ${draft.committeeName ?? 'body'} on ${draft.date} in this file: filed as its meeting ${draft.dayPart}`,
    ];
  }
  filed.add(key(draft.dayPart));
}

function readAll(text: string, context: ParseContext): ImportRecord[] {
  const units = unitsOf(text);
  const records: ImportRecord[] = [];
  let council: string | null = null;
  let before: MeetingDraft | null = null;
  // The meeting read last in the file: "Present: the same members as above." in the next one names its members.
  let above: MeetingDraft | null = null;
  const filed = new Set<string>();
  for (const unit of units) {
    const read = readMeeting(unit.lines, context.meta, text, context.fileType);
    // "ORDINARY MEETING" under the annual meeting's close: the next meeting of the same body, read against the first.
    const settled = unit.heading === null || before === null ? read : settleLater(read, before, unit.heading);
    const draft = presentFromAbove(settled, above);
    if (unit.heading === null) before = draft;
    if (!holdsMeeting(draft)) continue;
    above = draft;
    // The meetings of one pack are one council's: a later one that does not name it is the first one's.
    draft.councilName = draft.councilName ?? council;
    council = draft.councilName;
    if (units.length > 1) {
      draft.warnings = [...(draft.warnings ?? []), `one of ${units.length} meetings in this file: lines ${unit.start + 1}-${unit.end}`];
    }
    apartFrom(draft, filed);
    records.push(...meetingRecords(draft, context, unit.lines.join('\n'), 'meeting-text'));
  }
  if (records.length === 0) throw refusal(context, text);
  return records;
}

export const generalReader: Parser = {
  format: 'meeting-text',
  label: 'meeting record (minutes or agenda, any council)',
  detect(text) {
    return /[A-Za-z]{3}/.test(text);
  },
  parse(text, context) {
    return { records: uniqueRecords(readAll(text, context)) };
  },
};
