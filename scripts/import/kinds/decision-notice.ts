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
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { ImportError, type ParseContext, type Parser } from '../records.ts';
import { squash } from '../text.ts';
import { readHeader as readTitleBlock } from '../reader/header.ts';
import { councilFor, dateFor, headLines, heldPost } from './common.ts';
import { quotedLines } from '../reader/last-item-foot.ts';
import { detailsForm, FORM_SUBJECT, READ_FIELDS, readForm, splitForms } from './decision-form.ts';
import { fieldLine, holdsNothing } from './decision-form-labels.ts';
import { APOLOGIES, DECISION_REFERENCE, HEADER_FIELD, PRESENT, readAttendance, readHeader } from './decision-notice-header.ts';

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
 * reference, who was present, and (over a form alone, `kept`) the fields kept as the form's own are read.
 */
function headerWarnings(header: string[], kept: boolean): string[] {
  const fields = kept ? READ_FIELDS : [HEADER_FIELD, DECISION_REFERENCE];
  const unread = header
    .map(squash)
    .filter((line, at, lines) => HEADER_LABEL.test(line) && !holdsNothing(line, lines[at + 1] ?? ''))
    .filter((line) => !PRESENT.test(line) && !APOLOGIES.test(line) && !fields.some((label) => label.test(line)));
  return unread.length === 0
    ? []
    : [
        `decision notice: fields above the first decision not read: ${quotedLines(unread, QUOTED_UNREAD)}; the record has no field for them and nothing of them is imported, so add what matters by hand`,
      ];
}

function parseNotice(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  const { header, forms } = splitForms(lines);
  if (forms.length === 0) {
    throw new ImportError(
      context.file,
      null,
      'a decision notice with no decision forms',
      'Check the file is complete: each decision has a "Subject:" field',
    );
  }
  // A form alone ("Officer Delegated Decision Record") puts who decided and when among its own fields.
  const labelled = readHeader(forms.length === 1 ? lines : header);
  // A header with no labels ("Strategic Policy and Resources Committee" over "Meeting held on …") reads as minutes' headers do.
  const titled = labelled.body === null || labelled.date === null ? readTitleBlock(header) : null;
  // "Councillor Janet Holroyd, Cabinet Member for Highways": the post is the body, its holder kept in the item's text.
  const held = labelled.body === null ? null : heldPost(labelled.body);
  const body = held?.post ?? labelled.body ?? titled?.committee ?? null;
  const date = labelled.date ?? titled?.date ?? null;
  const council = councilFor(header, text, context.meta);
  const used = new Set<string>();
  const read = forms.map((form) => readForm(form, lines, used, context, forms.length === 1 ? header : []));
  const maker = held === null ? null : `**Decision maker:** ${labelled.body ?? ''}`;
  const items = read.map(({ item }) => (maker === null ? item : { ...item, minutes: [item.minutes, maker].filter(Boolean).join('\n\n') }));
  // "Decision reference: DDR/26/041" over a form alone: the decision's number, as a minute's is an item's.
  const reference = forms.length === 1 ? header.map((line) => DECISION_REFERENCE.exec(squash(line))?.[1]).find(Boolean) : undefined;
  if (reference && items[0] && items[0].number == null) items[0] = { ...items[0], number: reference };
  const attendance = readAttendance(header);
  const undecided = items.filter((item) => (item.resolutions ?? []).length === 0).map((item) => item.title);
  return {
    councilName: council.value,
    committeeName: body ?? context.meta.committee ?? null,
    ...dateFor(date, context.meta),
    status: 'minutes',
    attendance,
    items,
    warnings: [
      ...council.warnings,
      'decision notice: the decisions are held, the minutes of the meeting are not',
      ...undecided.map((title) => `no decision stated for "${title}"`),
      ...read.filter(({ unread }) => unread.length > 0).map(({ item, unread }) => unreadWarning(item.title, unread)),
      // A details page's header is the whole page (splitForms): only the lines above its one form are the header's own.
      ...headerWarnings(lines.slice(0, forms[0]?.start ?? 0), forms.length === 1),
    ],
  };
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
    return { records: meetingRecords(parseNotice(text, context), context, text, 'decision-notice') };
  },
};
