/**
 * A hearing's notice of determination, as a licensing authority sends it to the parties after a Licensing Act
 * hearing: "NOTICE OF DETERMINATION" at its head, the application's fields by label ("Application:", "Premises:",
 * "Licence Holder:", "Applicant:"), the panel, its officers and the parties present, then sections headed in
 * capitals: DETERMINATION (a lead-in and the numbered steps taken), REASONS, a schedule of conditions and the right
 * of appeal. It is a decision notice of one hearing, so it is read as one: one meeting with one item, the
 * application, whose resolutions are the determination's steps and whose reasons are the REASONS; the application's
 * fields and every other section (the conditions are the licence's, never agenda items) stay in the item's text.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import type { ParseContext, Parser } from '../records.ts';
import { squash } from '../text.ts';
import { readAttendance } from '../reader/attendance.ts';
import { readHeader, takesLine } from '../reader/header.ts';
import { quotedLines } from '../reader/last-item-foot.ts';
import { isSectionHeading, reasonEntries } from '../reader/reasons.ts';
import { councilFor, dateFor, headLines } from './common.ts';
import { decisionResolutions } from './decision-form.ts';

/** The notice's own title, near its top. */
const NOTICE_TITLE = /^notice\s+of\s+(?:the\s+)?(?:licensing\s+)?(?:sub-committee['’]s\s+)?determination$/i;
/** The heading over what the panel determined, alone on its line. */
const DETERMINATION_HEADING = /^(?:the\s+)?determination$/i;
/** The determination's heading in capitals, as the notice heads its sections. */
const isDeterminationHeading = (line: string): boolean => DETERMINATION_HEADING.test(squash(line)) && !/\p{Ll}/u.test(line);
/** The heading over the panel's reasons, alone on its line. */
const REASONS_HEADING = /^reasons?(?:\s+for\s+(?:the\s+)?determination)?$/i;
/**
 * The application's fields, by label: what was applied for, the premises, the licence and whom it is held by, and who
 * applied. The schema has no field for them, so they stay in the item's text under their labels.
 */
const APPLICATION_FIELD =
  /^(application(?:\s+type)?|premises(?:\s+licence(?:\s+(?:number|no\.?))?)?|licence\s+(?:number|no\.?)|licence\s+holder|premises\s+licence\s+holder|applicant|reference)\s*:\s*(\S.*)$/i;
/** The most unread lines a warning quotes; the rest are counted. */
const QUOTED_UNREAD = 6;

interface Section {
  heading: string;
  lines: string[];
}

/** A heading in capitals alone on its line: "REASONS", "SCHEDULE OF ADDITIONAL CONDITIONS". */
const isHeading = (line: string): boolean => isSectionHeading(line) || /^\p{Lu}{4,}$/u.test(squash(line));

/** The sections below the header, each from its heading in capitals up to the next. */
function sectionsOf(lines: string[]): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    const current = sections.at(-1);
    if (isHeading(line) || current === undefined) sections.push({ heading: squash(line), lines: [] });
    else current.lines.push(line);
  }
  return sections;
}

/** The application's fields the header gives, by label, and the indexes of their lines. */
function applicationFields(header: string[]): { fields: { label: string; value: string }[]; lines: Set<number> } {
  const fields: { label: string; value: string }[] = [];
  const lines = new Set<number>();
  header.forEach((line, at) => {
    const field = APPLICATION_FIELD.exec(squash(line));
    if (!field) return;
    fields.push({ label: field[1] ?? '', value: field[2] ?? '' });
    lines.add(at);
  });
  return { fields, lines };
}

/** The item's title: what was applied for, and for which premises, as the fields print them; null when neither is given. */
function applicationTitle(fields: { label: string; value: string }[]): string | null {
  const of = (label: RegExp) => fields.find((field) => label.test(field.label))?.value ?? null;
  const parts = [of(/^application/i), of(/^premises$/i)].filter((part) => part !== null);
  return parts.length === 0 ? null : parts.join(' – ');
}

/** The one item: the application, its determination as the resolutions, its reasons, and the rest of the notice as its text. */
function noticeItem(title: string, fields: { label: string; value: string }[], sections: Section[]): AgendaItemInput {
  const determination = sections.find((section) => DETERMINATION_HEADING.test(section.heading));
  const reasonsSection = sections.find((section) => REASONS_HEADING.test(section.heading));
  const decided = determination === undefined ? '' : determination.lines.join('\n').trim();
  const reasons = reasonsSection === undefined ? [] : reasonEntries(reasonsSection.lines.join('\n'));
  const kept = sections.filter((section) => section !== reasonsSection && section.heading !== '');
  const text = [
    ...fields.map(({ label, value }) => `**${label}:** ${value}`),
    ...kept.map((section) => `**${section.heading}**\n\n${toMarkdown(section.lines.join('\n').trim())}`),
  ];
  return {
    number: null,
    title,
    anchor: 'item-determination',
    minutes: text.join('\n\n'),
    resolutions: decided === '' ? [] : decisionResolutions(decided),
    ...(reasons.length > 0 ? { reasons } : {}),
  };
}

function parseNotice(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  const headingAt = lines.findIndex(isDeterminationHeading);
  const header = lines.slice(0, headingAt);
  const { fields, lines: fieldLines } = applicationFields(header);
  // The application's fields name the applicant and the licence holder, who are no attendance ("Applicant: …").
  const found = readAttendance(header.map((line, at) => (fieldLines.has(at) ? '' : line)));
  const taken = new Set([...fieldLines, ...found.lines]);
  const rest = header.filter((_line, at) => !taken.has(at));
  const read = readHeader(rest);
  const title = applicationTitle(fields);
  // The title block above the first field or list is the header reader's; below it, a line no list or field took is warned of.
  const fieldsFrom = Math.min(header.length, ...taken);
  const unread = header.filter((line, at) => at > fieldsFrom && !taken.has(at) && squash(line) !== '' && !takesLine(squash(line)));
  const council = councilFor(header, text, context.meta);
  const sections = sectionsOf(lines.slice(headingAt));
  const item = noticeItem(title ?? 'Determination', fields, sections);
  return {
    councilName: council.value,
    committeeName: read.committee ?? context.meta.committee ?? null,
    ...dateFor(read.date, context.meta),
    startTime: read.startTime,
    venue: read.venue,
    status: 'minutes',
    attendance: found.attendance,
    items: [item],
    warnings: [
      ...council.warnings,
      "notice of determination: the hearing's determination is held, its minutes are not",
      ...(title === null
        ? ['notice of determination: the application is not named (no "Application:" field); the item is titled "Determination"']
        : []),
      ...(item.resolutions?.length ? [] : ['notice of determination: no determination read under its heading']),
      ...found.unread.map(({ heading, first }) => `names under "${heading}" not read: "${squash(first)}"; nothing of them is imported`),
      ...(unread.length > 0
        ? [
            `notice of determination: lines above the determination not read: ${quotedLines(unread, QUOTED_UNREAD)}; nothing of them is imported`,
          ]
        : []),
    ],
  };
}

export const determinationNoticeParser: Parser = {
  format: 'decision-notice',
  label: 'notice of determination (licensing hearing)',
  detect(text) {
    if (!headLines(text, 6).some((line) => NOTICE_TITLE.test(line))) return false;
    return text.split('\n').some(isDeterminationHeading);
  },
  parse(text, context) {
    return { records: meetingRecords(parseNotice(text, context), context, text, 'decision-notice') };
  },
};
