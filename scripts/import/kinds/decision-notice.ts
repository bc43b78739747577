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
 * the minutes themselves are not held.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { parseDate, parseWrittenDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { documentFrom } from '../listed-documents.ts';
import { ImportError, type ParseContext, type Parser } from '../records.ts';
import { findResolutions, isResolutionStart } from '../resolutions.ts';
import { slugify } from '../../../src/model/slug.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { readAttendance as readListedAttendance } from '../reader/attendance.ts';
import { readHeader as readTitleBlock } from '../reader/header.ts';
import { accessMark, titleMark, type ExemptMark } from '../reader/exempt.ts';
import { ALTERNATIVES_FIELD, REASONS_FIELD, isSectionHeading, reasonEntries } from '../reader/reasons.ts';
import { cleanName, councilFor, dateFor, headLines, heldPost, isPageMark } from './common.ts';
import { wordCase } from '../reader/council-name.ts';
import { quotedLines } from '../reader/items.ts';
import { titleRunsOn } from '../reader/runs-on.ts';
import { CALL_IN_SENTENCE, KEPT_FIELDS } from './decision-fields.ts';

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
/** A field letter on its own line, "(a)", or before its label, "(b) Decision taken". */
const FIELD_LETTER = /^\(?([a-z])\)\s*(.*)$/;
/** A field letter alone on its line: "(c)", "c)". */
const LETTER_ONLY = /^\(?[a-z]\)$/;
/** A form's own reference above it: "Decision reference: DDR/26/041", "Decision No: 117". */
const DECISION_REFERENCE = /^decision\s+(?:reference|ref\.?|number|no\.?)\s*:\s*(\S.{0,40})$/i;
/** The label that opens each form: "Subject:", "Title:", "Decision title:". */
const FORM_SUBJECT = /^(?:subject|title|title\s+of\s+(?:report|decision)|decision\s+title)\s*:/i;
const SUBJECT = /^(?:subject|title|item|decision\s+title|title\s+of\s+(?:report|decision))\s*:?\s*(.*)$/i;
const DECISION = /^(?:decisions?\s+taken|decisions?(?:\s+made)?|the\s+decision)\s*(?::\s*(.*)|$)/i;
/** The fields a decision form has, by the words their labels open with. */
const LABEL_WORDS =
  /^(?:subject|title|wards?(?:\s+affected)?|declarations?\b|interests?\b|conflicts?\s+of\s+interest|dispensations?|decisions?\b|purpose\b|publication\s+date|effective\s+from|reports?\s+considered|officer\s+contact|last\s+(?:date|day)\s+for\b|accompanying\s+documents|is\s+(?:key|subject)\b|exempt\b|confidential|additional\s+information|documents?\s+considered|reasons?\b|alternative\s+options|options\s+considered|date\s+(?:of|decision|published)\b|report\s+(?:author|by|of)|contact|key\s+decision|call[\s-]?in|deadline\b|implementation|consultation|consultees?|published|signed|powers?\s+(?:used|exercised)|delegated\s+(?:authority|powers?)|background\s+papers|portfolio|apologies|present)\b/i;

/** A field label: one of those words, short, ending in ":" or "?" or standing alone ("Decision taken"). */
function isLabel(line: string): boolean {
  if (!LABEL_WORDS.test(line)) return false;
  // "Reasons for decision: The pool needs repairs.": a label with its value on its line.
  // A long label too: "Conflicts of interest declared by the decision maker: None."
  if (/^[^:]{2,80}:\s+\S/.test(line)) return true;
  if (line.length > 100) return false;
  return /[:?]$/.test(line) || line.split(/\s+/).length <= 4;
}
/**
 * A field's label under a section number, standing alone: "1. Decision", "3. Alternative options considered and
 * rejected", "5. Conflicts of interest declared by any Cabinet Member consulted", as an officer's record numbers its
 * sections. The label, without the number; null for a numbered line of prose or a list ("1. To award the contract.").
 */
function numberedLabel(line: string): string | null {
  const label = /^\d{1,2}[.)]\s+(\p{Lu}.{1,80}?)\s*:?$/u.exec(squash(line))?.[1] ?? null;
  return label !== null && LABEL_WORDS.test(label) && !/[.;,]$/.test(label) ? label : null;
}

/** A line as a field's label is matched: without its field letter ("(b) Decision taken"), or its section number ("1. Decision" as "Decision:"). */
function fieldLine(line: string): string {
  const numbered = numberedLabel(line);
  return numbered === null ? squash(line).replace(/^\(?[a-z]\)\s*/, '') : `${numbered}:`;
}

const AGENDA_ITEM = /\(?\b(?:agenda\s+)?item\s*(?:no\.?\s*)?(\d{1,4}[a-z]?(?:\.\d{1,3})*)\)?\s*$/i;
/**
 * "Present:", "Committee Members present:", "Present" alone: a label, with the names after its colon
 * or on the lines below. Prose that opens with the word ("Presentation by …", "Present were …") is not one.
 */
const PRESENT = /^(?:committee\s+)?(?:members\s+)?present(?:\s*:\s*(.*))?$/i;
const APOLOGIES = /^apologies(?:\s+for\s+absence)?\s*:?\s*(.*)$/i;
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

interface Form {
  /** Line index of the subject label. */
  start: number;
  lines: string[];
  /** The subject stands alone under the page's title, with no label: a ModernGov "Decision details" page. */
  unlabelled?: true;
}

/** "Decision details" over the decision's title: a ModernGov page of one decision, its fields labelled below. */
const DETAILS_TITLE = /^decision\s+details$/i;

/** The one form of a "Decision details" page, from its title line; null for other notices. */
function detailsForm(lines: string[]): Form | null {
  const titled = lines.findIndex((line) => DETAILS_TITLE.test(squash(line)));
  if (titled === -1) return null;
  const start = lines.findIndex((line, index) => index > titled && squash(line) !== '');
  return start === -1 ? null : { start, lines: lines.slice(start + 1), unlabelled: true };
}

/** A header's field of who decided or when: "Meeting: X", "Decision maker: X", "Date of decision: ...". */
const HEADER_FIELD =
  /^(meeting|committee|decision\s+maker|decision\s+taker|decision\s+(?:taken|made)\s+by|date(?:\s+of\s+(?:decision|meeting))?)\s*:\s*(.+)$/i;

/**
 * A field's value with the line it wraps onto: "Councillor A Bell, Cabinet Member for Highways and" over "Transport",
 * the value left open at its end and the next line no label.
 */
function wrappedValue(value: string, next: string): string {
  const more = squash(next);
  return titleRunsOn(value) && more !== '' && !isLabel(more) && !/^[^:]{2,40}:/.test(more) ? `${value} ${more}` : value;
}

/** The body and date: "Decision determined at X meeting on 19 March 2026", "Meeting: X", "Decision maker: X", "Date of decision: ...". */
function readHeader(lines: string[]): { body: string | null; date: string | null } {
  const flat = squash(lines.join(' '));
  // The sentence may wrap over lines but never crosses a field's label: a title's "Taken by an Officer" is
  // followed by "Decision reference:", and the first " on <date>" after it may be a consultee's ("consulted on …").
  const at = new RegExp(
    `(?:determined|taken|made)\\s+(?:at|by)\\s+(?:the\\s+)?([^:]+?)\\s+(?:meeting\\s+)?(?:held\\s+)?on\\s+(${WRITTEN_DATE.source})`,
    'i',
  ).exec(flat);
  let body = at ? squash((at[1] ?? '').replace(/\s+meeting$/i, '')) : null;
  let date = at ? parseWrittenDate(at[2] ?? '') : null;
  for (const [index, line] of lines.entries()) {
    const labelled = HEADER_FIELD.exec(squash(line));
    if (!labelled) continue;
    const label = (labelled[1] ?? '').toLowerCase();
    const value = wrappedValue(squash(labelled[2] ?? ''), lines[index + 1] ?? '');
    if (label.startsWith('date')) date ??= parseDate(value);
    else body ??= value;
  }
  return { body: body ? wordCase(body) : null, date };
}

/** "Committee Members present:" then one name a line, until "Apologies:" or the first form. */
function readAttendance(lines: string[]): { present: string[]; apologies: string[] } {
  const present: string[] = [];
  const apologies: string[] = [];
  let list: string[] | null = null;
  for (const raw of lines) {
    const line = squash(raw);
    const presentMatch = PRESENT.exec(line);
    const apologiesMatch = APOLOGIES.exec(line);
    if (presentMatch) {
      list = present;
      // Names on the label's line ("Present: Alderman Quinlan (Chair); Councillors Breen and Mulgrew"): the attendance reader's list.
      if (presentMatch[1]) present.push(...readListedAttendance([line]).attendance.present);
    } else if (apologiesMatch) {
      list = apologies;
      if (apologiesMatch[1] && !/^none\b/i.test(apologiesMatch[1])) list.push(cleanName(apologiesMatch[1]));
    } else if (line === '' || EMAIL_ONLY.test(line) || isLabel(line) || FIELD_LETTER.test(line) || /\d{4}/.test(line)) {
      list = null;
    } else if (list && !/^none\b/i.test(line)) {
      list.push(cleanName(line));
    }
  }
  return { present, apologies };
}

/** Splits the text into forms at each subject label; the text before the first is the header. */
function splitForms(lines: string[]): { header: string[]; forms: Form[] } {
  const details = detailsForm(lines);
  if (details) return { header: lines, forms: [details] };
  const forms: Form[] = [];
  lines.forEach((raw, index) => {
    const line = fieldLine(raw);
    if (FORM_SUBJECT.test(line)) forms.push({ start: index, lines: [] });
    else forms.at(-1)?.lines.push(raw);
  });
  // A lettered field "(a)" on the line before the subject label belongs to the form, not the previous one.
  for (const form of forms) {
    while (form.lines.length > 0 && /^\s*(?:\(?[a-z]\)\s*)?$/.test(form.lines.at(-1) ?? '')) form.lines.pop();
  }
  const first = forms[0]?.start ?? lines.length;
  return { header: lines.slice(0, first), forms };
}

/** A field's text and the lines it spans in its form, `start` (its label) to before `end`. */
interface Field {
  text: string | null;
  start: number;
  end: number;
}

/** The lines of one field: from its label to the next label, field letter or section's heading in capitals. */
function fieldSpan(lines: string[], label: RegExp): Field | null {
  const start = lines.findIndex((raw) => label.test(fieldLine(raw)));
  if (start < 0) return null;
  // A numbered heading's words run past its label ("Conflicts of interest declared by any Cabinet Member consulted"): no value.
  const first = numberedLabel(lines[start] ?? '') === null ? (label.exec(fieldLine(lines[start] ?? ''))?.[1] ?? '') : '';
  const body: string[] = first ? [first] : [];
  let end = start + 1;
  for (const raw of lines.slice(start + 1)) {
    const line = squash(raw);
    if (FIELD_LETTER.test(line) && line.length < 4) break;
    if (line !== '' && (isLabel(line) || numberedLabel(line) !== null)) break;
    if (body.length > 0 && isSectionHeading(line)) break;
    if (/^deadline\s+for\b/i.test(line) || CALL_IN_SENTENCE.test(line)) break;
    end += 1;
    if (EMAIL_ONLY.test(line) || isPageMark(line)) continue;
    body.push(raw);
  }
  const text = body.join('\n').trim();
  return { text: text === '' ? null : text, start, end };
}

const fieldText = (lines: string[], label: RegExp): string | null => fieldSpan(lines, label)?.text ?? null;

/** The subject: the lines after its label up to the next label, with "(agenda item 7)" taken off as the number. */
function readSubject(form: Form, allLines: string[]): { title: string | null; number: string | null; end: number } {
  const labelLine = fieldLine(allLines[form.start] ?? '');
  const inline = SUBJECT.exec(labelLine)?.[1] ?? (form.unlabelled ? labelLine : '');
  // "Subject: Harbour car park charges (agenda item 4)": the number in brackets, or said to be the agenda's, is the item's.
  const inlineItem = AGENDA_ITEM.exec(inline);
  if (inlineItem && /^\(|agenda/i.test(inlineItem[0].trim())) {
    const title = squash(inline.slice(0, inlineItem.index)).replace(/[\s:.,-]+$/, '');
    return { title: title || null, number: inlineItem[1] ?? null, end: 0 };
  }
  const parts: string[] = inline ? [inline] : [];
  let number: string | null = null;
  let end = 0;
  for (const raw of form.lines) {
    const line = squash(raw);
    if (line === '' && parts.length === 0) {
      end += 1;
      continue;
    }
    if (line === '' || FIELD_LETTER.test(line) || isLabel(line)) break;
    end += 1;
    const item = AGENDA_ITEM.exec(line);
    if (item) {
      number = item[1] ?? null;
      const rest = squash(line.slice(0, item.index));
      if (rest) parts.push(rest);
      break;
    }
    parts.push(line);
  }
  const title = squash(parts.join(' ')).replace(/[\s:.]+$/, '');
  return { title: title || null, number, end };
}

/** The decision's entries: numbered or lettered lines as separate resolutions, else the whole text as one. */
export function decisionResolutions(text: string): string[] {
  const firstLine = text.split('\n')[0] ?? '';
  // A list's first entry goes under the marker, so it is split off as the others are, its number left out.
  return isResolutionStart(firstLine) ? findResolutions(text) : findResolutions(`DECIDED:\n${text}`);
}

/** "Exempt Information?", "Confidential or exempt information:": the field saying whether the decision's papers are closed. */
const EXEMPT_FIELD = /^(?:exempt|confidential)(?:\s+or\s+(?:exempt|confidential))?(?:\s+information)?\s*\??\s*:?\s*(.*)$/i;
/** "Decision made in exempt session?": whether the decision was taken in private. */
const SESSION_FIELD = /^decision\s+(?:made|taken)\s+in\s+(?:exempt|private|closed)\s+session\s*\??\s*:?\s*(.*)$/i;

/**
 * The form's mark of a decision taken in private: its exempt field closing it ("Exempt - paragraph 3"),
 * or its session field saying "Yes" (label and answer as printed); "Open" and "No" mark nothing.
 */
function exemptOf(lines: string[]): ExemptMark | null {
  const cell = answerTo(lines, EXEMPT_FIELD);
  const byCell = cell === null ? null : accessMark(cell.answer);
  if (byCell !== null) return byCell;
  const session = answerTo(lines, SESSION_FIELD);
  return session !== null && /^yes\b/i.test(session.answer) ? { text: session.printed, paragraphs: [] } : null;
}

/** A one-word field's answer ("Open", "Yes"), on its label's line or the next filled one (which may look like a label: "Exempt - paragraph 3"), and the two as printed. */
function answerTo(lines: string[], label: RegExp): { answer: string; printed: string } | null {
  const at = lines.findIndex((line) => label.test(fieldLine(line)));
  const line = fieldLine(lines[at] ?? '');
  const inline = label.exec(line)?.[1] ?? '';
  if (at === -1 || inline !== '') return at === -1 ? null : { answer: inline, printed: line };
  const next =
    lines
      .slice(at + 1)
      .map(squash)
      .find((text) => text !== '') ?? '';
  return next === '' ? null : { answer: next, printed: `${line} ${next}` };
}

const PURPOSE_FIELD = /^purpose\s*:?\s*(.*)$/i;
const DOCUMENTS_FIELD = /^accompanying\s+documents\s*:?\s*(.*)$/i;
/** The fields a form is read by (readForm, readHeader), by their labels: the lines they span are the form's read lines. */
const READ_FIELDS: RegExp[] = [
  DECISION,
  REASONS_FIELD,
  ALTERNATIVES_FIELD,
  PURPOSE_FIELD,
  DOCUMENTS_FIELD,
  EXEMPT_FIELD,
  SESSION_FIELD,
  ...KEPT_FIELDS.map(({ label }) => label),
  HEADER_FIELD,
  DECISION_REFERENCE,
];

/**
 * The form's lines no field took, after its subject (`from`): a field the record has no place for ("Consultees:
 * Ward Members", "Contact Officer: …", "Effective from: 14/03/2025") and what stands under it, never dropped unsaid.
 * Page marks, e-mail addresses and field letters alone are the form's furniture.
 */
function unreadLines(lines: string[], from: number): string[] {
  const read = new Set<number>();
  for (const label of READ_FIELDS) {
    const field = fieldSpan(lines, label);
    for (let at = field?.start ?? 0; field && at < field.end; at += 1) read.add(at);
  }
  const filled = lines.map((raw, at) => ({ line: squash(raw), at })).filter(({ line }) => line !== '');
  const unread = filled.filter(({ line, at }, index) => {
    // readHeader reads every line giving who decided or when, not only a field's first.
    if (at < from || read.has(at) || HEADER_FIELD.test(line) || isPageMark(line) || EMAIL_ONLY.test(line)) return false;
    return !LETTER_ONLY.test(line) && !holdsNothing(line, filled[index + 1]?.line ?? '');
  });
  return unread.map(({ at }) => lines[at] ?? '');
}

/** A field's value that says it holds nothing: "None", "N/A", "Not applicable". */
const NOTHING_HELD = /^(?:none|nil|n\/a|not\s+applicable|[-–—])\.?$/i;

/**
 * An unread line that loses nothing: a value of nothing, beside its label ("Dispensations: None") or under it
 * ("Ward:" over "N/A"), or a label with no value at all (the next line another field's, or its letter).
 */
function holdsNothing(line: string, next: string): boolean {
  const value = /^[^:]{2,80}:\s*(.*)$/.exec(line)?.[1];
  if (NOTHING_HELD.test(line) || (value !== undefined && value !== '' && NOTHING_HELD.test(value))) return true;
  return value === '' && (next === '' || NOTHING_HELD.test(next) || isLabel(next) || LETTER_ONLY.test(next));
}

/**
 * `header`: the lines above a form alone, whose fields are its own ("Key decision: Yes" over "Title: …"), kept as the
 * form's are; none when the notice holds several forms under one header.
 */
function readForm(
  form: Form,
  allLines: string[],
  used: Set<string>,
  context: ParseContext,
  header: string[],
): { item: AgendaItemInput; unread: string[] } {
  const { title: subject, number, end } = readSubject(form, allLines);
  // "Purchase of land (exempt information, paragraph 3)": a mark at the subject's end is the exempt field's (reader/exempt-marks.ts).
  const { title, mark } = titleMark(subject ?? '');
  if (!title) {
    throw new ImportError(
      context.file,
      form.start + 1,
      'a decision form with no subject',
      'Check the file is complete: the subject follows its "Subject:" label',
    );
  }
  const decision = fieldText(form.lines, DECISION);
  // The reasons and the options rejected are fields of the item (reasons.ts splits them into entries), not minutes' text.
  const reasons = reasonEntries(fieldText(form.lines, REASONS_FIELD) ?? '');
  const alternatives = reasonEntries(fieldText(form.lines, ALTERNATIVES_FIELD) ?? '');
  const purpose = fieldText(form.lines, PURPOSE_FIELD);
  const unread = unreadLines(form.lines, end);
  // A document listed under the form, in no field (a CMIS notice's report, linked below its table), is the decision's.
  const documents = [...(fieldText(form.lines, DOCUMENTS_FIELD) ?? '').split('\n'), ...unread]
    .map((line) => documentFrom(line, 'report'))
    .filter((document) => document !== null);
  const exempt = exemptOf(form.lines) ?? mark;
  const sections = [
    decision ? toMarkdown(decision) : null,
    ...KEPT_FIELDS.map(({ name, label }) => {
      const value = fieldText([...header, ...form.lines], label);
      return value ? `**${name}:** ${toMarkdown(value)}` : null;
    }),
  ].filter((part): part is string => part !== null);
  const slug = slugify(number ?? title).slice(0, 40);
  // An empty slug's first anchor is "item-untitled"; a second numbers on from "item-" ("item--2"), as notices always have.
  const anchor = uniqueAnchor(`item-${slug || 'untitled'}`, (taken) => used.has(taken), `item-${slug}`);
  used.add(anchor);
  const item = {
    number,
    title,
    anchor,
    ...(purpose ? { agendaText: toMarkdown(purpose) } : {}),
    minutes: sections.length > 0 ? sections.join('\n\n') : null,
    resolutions: decision ? decisionResolutions(decision) : [],
    ...(reasons.length > 0 ? { reasons } : {}),
    ...(alternatives.length > 0 ? { alternatives } : {}),
    ...(documents.length > 0 ? { documents } : {}),
    ...(exempt ? { exempt } : {}),
  };
  return { item, unread: unread.filter((line) => documentFrom(line, 'report') === null) };
}

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
