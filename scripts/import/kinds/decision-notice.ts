/**
 * Decision notices ("Decision Recording Form", "Decision Notice", "Record of Decision", a ModernGov
 * "Decision details" page): what a committee or decision maker decided, published before (or
 * instead of) the minutes. One form per agenda item, its fields labelled and often lettered: "(a)
 * Subject", "(d) Decision taken", "Reasons for decision", "Alternative options", "Declarations of
 * interest", "Date of decision"; a details page has one, its title under the page's, with "Purpose:"
 * (the item's agenda text) and "Accompanying Documents:" (its documents).
 * The header names the body, the date and sometimes who was present and who sent apologies.
 *
 * Output: one meeting with one item per form. The schema has no status for "decisions without
 * minutes": `minutes` is used, as the record states what the meeting decided, and a warning says
 * the minutes themselves are not held. The header is read by decision-notice-header.ts, each form by
 * decision-form.ts, the fields' labels by decision-form-labels.ts.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { meetingRecords, uniqueRecords, type MeetingDraft } from '../assemble.ts';
import { ImportError, type ParseContext, type Parser } from '../records.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { readHeader as readTitleBlock } from '../reader/header.ts';
import { councilFor, dateFor, headLines } from './common.ts';
import { asteriskKey, blockReference, type LedForm, withLeads } from './decision-blocks.ts';
import { quotedLines } from '../reader/last-item-foot.ts';
import { detailsForm, type Form, FORM_SUBJECT, READ_FIELDS, readForm, splitForms } from './decision-form.ts';
import { fieldLine, holdsNothing } from './decision-form-labels.ts';
import {
  APOLOGIES,
  CASE_REFERENCE,
  DECISION_REFERENCE,
  HEADER_FIELD,
  makerBody,
  PRESENT,
  readAttendance,
  readHeader,
} from './decision-notice-header.ts';
import { cutFoot, type NoticeFoot } from './decision-notice-foot.ts';
import { isNoticeDateLine, readNoticeDates, sharedDay, statedDays, type NoticeDates } from '../notice-dates.ts';

/**
 * Who took a decision outside a meeting, or how, as a notice's title puts it before "decision": "Officer",
 * "Delegated", "Urgent" (a decision taken under the urgency procedure, often with the Leader consulted),
 * "Chief Executive's", "Individual Cabinet Member". Any of them, in any order: "Officer Urgent Decision Record".
 */
const DECIDER_WORDS = String.raw`(?:(?:officer|delegated|executive|urgent|urgency|chief\s+executive(?:['’]s)?|individual\s+(?:cabinet\s+)?member)\s+)*`;
/**
 * A member of the executive who decides alone, as a bare notice title names them before "Decision":
 * "Individual Cabinet Member Decision", "Executive Member Decision", "Portfolio Holder Decision", "Leader's Decision".
 */
const EXECUTIVE_MEMBER = String.raw`(?:individual\s+)?(?:(?:cabinet|executive|lead)\s+member|portfolio\s+holder|leader(?:['’]s)?)\s+`;
/**
 * The notice's own title, near the top: "Decision Recording Form", "Urgent Decision Notice", "Record of
 * (an) Officer Decision", "Record of Urgent Decision Taken by an Officer", "Schedule of Key Decisions", or
 * an executive member's decision titled by itself alone ("Individual Cabinet Member Decision": the whole line).
 */
const NOTICE_TITLE = new RegExp(
  String.raw`^(?:${DECIDER_WORDS}decision\s+record(?:ing\s+form)?\b|decision\s+details$|(?:record|notice|schedule)\s+of\s+(?:an?\s+)?(?:key\s+)?${DECIDER_WORDS}decisions?(?:\s+taken)?|${DECIDER_WORDS}decisions?\s+notice|${EXECUTIVE_MEMBER}decision\s*$)\b`,
  'i',
);
/** Whether a line is a decision notice's own title ("Decision Notice", "Notice of Decision", "Record of Decision"). */
export const isNoticeTitle = (line: string): boolean => NOTICE_TITLE.test(line);

/** The most unread lines of a form a warning quotes; the rest are counted. */
const QUOTED_UNREAD = 8;

const unreadWarning = (title: string, lines: string[]): string =>
  `decision notice: fields of "${title}" not read: ${quotedLines(lines, QUOTED_UNREAD)}; the record has no field for them and nothing of them is imported, so add what matters by hand`;

/** A labelled line of the header: "Budget code: 4410/HS", "Implementation date: 13 March 2025". */
const HEADER_LABEL = /^\p{Lu}[^:]{1,40}:\s*\S/u;

/**
 * The header's labelled lines nothing reads: none is dropped unsaid. Who decided and when (readHeader), the decision's
 * reference, who was present, and (over a form alone, `kept`) the fields kept as the form's own are read; `read` the labels
 * of other lines read (a case's reference taken as the decision's).
 */
function headerWarnings(header: string[], kept: boolean, where: string, read: RegExp[] = []): string[] {
  const fields = [...(kept ? READ_FIELDS : [HEADER_FIELD, DECISION_REFERENCE]), ...read];
  const unread = header
    .map(squash)
    .filter((line, at, lines) => HEADER_LABEL.test(line) && !holdsNothing(line, lines[at + 1] ?? ''))
    .filter((line) => !PRESENT.test(line) && !APOLOGIES.test(line) && !isNoticeDateLine(line) && !fields.some((label) => label.test(line)));
  return unread.length === 0
    ? []
    : [
        `decision notice: fields ${where} not read: ${quotedLines(unread, QUOTED_UNREAD)}; the record has no field for them and nothing of them is imported, so add what matters by hand`,
      ];
}

/** One decision read from a form: the body and date it is filed under, the item, the days its form gives, and what it left unread. */
interface Decision {
  body: string | null;
  date: string | null;
  item: AgendaItemInput;
  days: NoticeDates;
  warnings: string[];
}

/** The item's text with a paragraph put first ("Decisions marked * are key decisions.") and one put last (the maker's line). */
function withText(item: AgendaItemInput, first: string | null, last: string | null): AgendaItemInput {
  const minutes = [first, item.minutes, last].filter(Boolean).join('\n\n');
  return minutes === '' ? item : { ...item, minutes };
}

/** "**Decision maker:** …" as printed, kept in the item's text when the body it is filed under says less; null when it says all. */
const makerLine = (printed: string | null): string | null => (printed === null ? null : `**Decision maker:** ${printed}`);

/**
 * Who decided and when, as a notice's labels above its decisions give them (`labels`: "Decision maker:", "Date of
 * decision:"), else its title block (`header`: "Strategic Policy and Resources Committee" over "Meeting held on …", as
 * minutes' headers are read); `printed` the maker's line when the body says less (makerBody).
 */
function noticeTaker(labels: string[], header: string[]): { body: string | null; date: string | null; printed: string | null } {
  const labelled = readHeader(labels);
  const titled = labelled.body === null || labelled.date === null ? readTitleBlock(header) : null;
  const maker = makerBody(labelled.body);
  return { body: maker.body ?? titled?.committee ?? null, date: labelled.date ?? titled?.date ?? null, printed: maker.printed };
}

/** A read form's warnings: no decision stated, fields not read. */
function formWarnings(item: AgendaItemInput, unread: string[]): string[] {
  return [
    ...((item.resolutions ?? []).length === 0 ? [`no decision stated for "${item.title}"`] : []),
    ...(unread.length > 0 ? [unreadWarning(item.title, unread)] : []),
  ];
}

/**
 * Each block of a notice of several decisions (decision-blocks.ts): its own taker, date and reference from its lead
 * (the notice's own when the block gives none), the mark after its reference explained by the notice's key.
 */
function blockDecisions(
  forms: LedForm[],
  lines: string[],
  header: string[],
  notice: { body: string | null; date: string | null },
  context: ParseContext,
): Decision[] {
  const key = asteriskKey(header);
  return forms.map((form) => {
    const used = new Set<string>();
    const { item, unread } = readForm(form, lines, used, context, form.lead);
    const own = readHeader([...form.lead, ...form.lines]);
    const maker = makerBody(own.body);
    const { reference, mark } = blockReference(form.lead);
    const unkeyed = mark !== null && key === null;
    const marked = mark === null ? null : (key ?? `Marked ${mark}`);
    const numbered = item.number == null && reference !== null ? { ...item, number: reference } : item;
    return {
      body: maker.body ?? notice.body,
      date: own.date ?? notice.date,
      item: withText(numbered, marked, makerLine(maker.printed)),
      days: readNoticeDates([...form.lead, ...form.lines]),
      warnings: [
        ...formWarnings(item, unread),
        ...headerWarnings(form.lead, true, `of "${item.title}" above its subject`),
        ...(unkeyed
          ? [
              `decision notice: "${item.title}" is marked "${mark}" and the notice gives no key to the mark; it is kept in the text as printed`,
            ]
          : []),
      ],
    };
  });
}

/** The decisions of a notice under one header: one body and date for all, a form alone reading its fields above its title too. */
function headedDecisions(forms: Form[], lines: string[], header: string[], context: ParseContext): Decision[] {
  // A form alone ("Officer Delegated Decision Record") puts who decided and when among its own fields.
  // "Councillor Janet Holroyd, Cabinet Member for Highways": the post is the body, its holder kept in the item's text.
  const { body, date, printed } = noticeTaker(forms.length === 1 ? lines : header, header);
  const used = new Set<string>();
  // "Decision reference: DDR/26/041" over a form alone: the decision's number, as a minute's is an item's; else the
  // complaint's or case's it decides ("Complaint reference: SC/2025/004").
  const reference = forms.length === 1 ? (labelled(header, DECISION_REFERENCE) ?? labelled(header, CASE_REFERENCE)) : undefined;
  return forms.map((form, index) => {
    const { item, unread } = readForm(form, lines, used, context, forms.length === 1 ? header : []);
    const numbered = index === 0 && reference && item.number == null ? { ...item, number: reference } : item;
    const days = readNoticeDates(form.lines);
    return { body, date, item: withText(numbered, null, makerLine(printed)), days, warnings: formWarnings(item, unread) };
  });
}

/** The value of the first of the lines a label gives (group 1); undefined when none does. */
const labelled = (lines: string[], label: RegExp): string | undefined => lines.map((line) => label.exec(squash(line))?.[1]).find(Boolean);

/** The decisions by body and date, in the notice's order: each pair is one meeting. */
function byMeeting(decisions: Decision[]): Decision[][] {
  const groups = new Map<string, Decision[]>();
  for (const decision of decisions) {
    const key = `${decision.body ?? ''}\u0000${decision.date ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), decision]);
  }
  return [...groups.values()];
}

function parseNotice(text: string, context: ParseContext): MeetingDraft[] {
  const lines = text.split('\n');
  const split = splitForms(lines);
  if (split.forms.length === 0) {
    throw new ImportError(
      context.file,
      null,
      'a decision notice with no decision forms',
      'Check the file is complete: each decision has a "Subject:" field',
    );
  }
  const led = withLeads(lines, split.forms);
  const header = led?.header ?? split.header;
  // The notice's foot is cut from its last decision before the forms are read: it is no part of that decision's text.
  const headed = cutFoot(split.forms);
  const blocks = led === null ? null : cutFoot(led.forms);
  const { foot } = blocks ?? headed;
  const decisions =
    blocks === null
      ? headedDecisions(headed.forms, lines, header, context)
      : blockDecisions(blocks.forms, lines, header, noticeTaker(header, header), context);
  const council = councilFor(header, text, context.meta);
  const attendance = readAttendance(header);
  const meetings = byMeeting(decisions);
  // A details page's header is the whole page (splitForms): only the lines above its one form are the header's own.
  const own = led === null ? lines.slice(0, split.forms[0]?.start ?? 0) : header;
  // A case's reference taken as a decision's (headedDecisions) is read; one beside the decision's own stays warned of.
  const caseReference = labelled(own, CASE_REFERENCE);
  const caseRead = caseReference !== undefined && decisions.some(({ item }) => item.number === caseReference);
  const above = headerWarnings(own, split.forms.length === 1, 'above the first decision', caseRead ? [CASE_REFERENCE] : []);
  const notice = readNoticeDates(own);
  return meetings.map((group) => ({
    councilName: council.value,
    committeeName: group[0]?.body ?? context.meta.committee ?? null,
    ...dateFor(group[0]?.date ?? null, context.meta),
    ...meetingDays(group, notice, foot),
    contact: foot?.contact ?? null,
    status: 'minutes',
    attendance,
    items: uniqueAnchors(group.map(({ item }) => item)),
    warnings: [
      ...council.warnings,
      'decision notice: the decisions are held, the minutes of the meeting are not',
      ...(meetings.length > 1
        ? [
            `decision notice: one of ${meetings.length} meetings in this file, one for each decision taker and date (${group.map(({ item }) => item.number ?? item.title).join('; ')})`,
          ]
        : []),
      ...group.flatMap(({ warnings }) => warnings),
      // The header's and the foot's lines are the whole notice's, so each of its meetings', as its decisions' are their own.
      ...above,
      ...(foot === null || foot.unread.length === 0
        ? []
        : [
            `decision notice: lines at the notice's foot not read: ${quotedLines(foot.unread, QUOTED_UNREAD)}; the record has no field for them and nothing of them is imported, so add what matters by hand`,
          ]),
    ],
  }));
}

/**
 * A meeting's day of publication and of call-in's end: the one its decisions all give (a block's own "Call-in:" line),
 * else the notice's, above its decisions or at its foot. Left out when none is given.
 */
function meetingDays(group: Decision[], notice: NoticeDates, foot: NoticeFoot | null): Partial<NoticeDates> {
  return statedDays({
    publicationDate: sharedDay(group.map(({ days }) => days.publicationDate)) ?? notice.publicationDate ?? foot?.publicationDate ?? null,
    callInExpiry: sharedDay(group.map(({ days }) => days.callInExpiry)) ?? notice.callInExpiry ?? foot?.callInExpiry ?? null,
  });
}

/** Each item's anchor once in its meeting: blocks read apart may share one ("item-untitled"). */
function uniqueAnchors(items: AgendaItemInput[]): AgendaItemInput[] {
  const used = new Set<string>();
  return items.map((item) => {
    const anchor = uniqueAnchor(item.anchor ?? 'item', (taken) => used.has(taken), item.anchor ?? 'item');
    used.add(anchor);
    return anchor === item.anchor ? item : { ...item, anchor };
  });
}

export const decisionNoticeParser: Parser = {
  format: 'decision-notice',
  label: 'decision notice (Decision Recording Form)',
  detect(text) {
    const titled = headLines(text, 4).some((line) => NOTICE_TITLE.test(line));
    const lines = text.split('\n').map(fieldLine);
    const subjects = lines.some((line) => FORM_SUBJECT.test(line)) || detailsForm(lines) !== null;
    const decisions = lines.some((line) => /^decisions?(?:\s+taken)?\s*:?$/i.test(line) || /^decisions?\s*:\s*\S/i.test(line));
    return titled && subjects && decisions;
  },
  parse(text, context) {
    const records = parseNotice(text, context).flatMap((draft) => meetingRecords(draft, context, text, 'decision-notice'));
    return { records: uniqueRecords(records) };
  },
};
