/**
 * One decision form of a notice: its subject (and the agenda item's number beside it), the decision and
 * its entries, the reasons, the options rejected, the purpose, the documents, whether it was taken in
 * private, and the lines no field took. Apart from the notice's header and title (decision-notice.ts),
 * which read what stands above the forms.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { slugify } from '../../../src/model/slug.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { documentFrom } from '../listed-documents.ts';
import { ImportError, type ParseContext } from '../records.ts';
import { findResolutions } from '../resolutions.ts';
import { isResolutionStart } from '../resolution-markers.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { accessMark, titleMark, type ExemptMark } from '../reader/exempt-marks.ts';
import { ALTERNATIVES_FIELD, REASONS_FIELD, reasonEntries } from '../reader/reasons.ts';
import { isPageMark } from './common.ts';
import { KEPT_FIELDS } from './decision-fields.ts';
import {
  EMAIL_ONLY,
  EXEMPT_FIELD,
  FIELD_LETTER,
  fieldLine,
  fieldSpan,
  fieldText,
  holdsNothing,
  isLabel,
  LETTER_ONLY,
} from './decision-form-labels.ts';
import { DECISION_REFERENCE, HEADER_FIELD } from './decision-notice-header.ts';

/** The label that opens each form: "Subject:", "Title:", "Decision title:". */
export const FORM_SUBJECT = /^(?:subject|title|title\s+of\s+(?:report|decision)|decision\s+title)\s*:/i;
const SUBJECT = /^(?:subject|title|item|decision\s+title|title\s+of\s+(?:report|decision))\s*:?\s*(.*)$/i;
const DECISION = /^(?:decisions?\s+taken|decisions?(?:\s+made)?|the\s+decision)\s*(?::\s*(.*)|$)/i;

const AGENDA_ITEM = /\(?\b(?:agenda\s+)?item\s*(?:no\.?\s*)?(\d{1,4}[a-z]?(?:\.\d{1,3})*)\)?\s*$/i;

/** A decision form: where its subject's label stands and the lines under it. */
export interface Form {
  /** Line index of the subject label. */
  start: number;
  lines: string[];
  /** The subject stands alone under the page's title, with no label: a ModernGov "Decision details" page. */
  unlabelled?: true;
}

/** "Decision details" over the decision's title: a ModernGov page of one decision, its fields labelled below. */
const DETAILS_TITLE = /^decision\s+details$/i;

/** The one form of a "Decision details" page, from its title line; null for other notices. */
export function detailsForm(lines: string[]): Form | null {
  const titled = lines.findIndex((line) => DETAILS_TITLE.test(squash(line)));
  if (titled === -1) return null;
  const start = lines.findIndex((line, index) => index > titled && squash(line) !== '');
  return start === -1 ? null : { start, lines: lines.slice(start + 1), unlabelled: true };
}

/** Splits the text into forms at each subject label; the text before the first is the header. */
export function splitForms(lines: string[]): { header: string[]; forms: Form[] } {
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

/** "Decision made in exempt session?": whether the decision was taken in private. */
const SESSION_FIELD = /^decision\s+(?:made|taken)\s+in\s+(?:exempt|private|closed)\s+session\s*\??\s*:?\s*(.*)$/i;

/**
 * The form's mark of a decision taken in private: its exempt field closing it ("Exempt - paragraph 3") or answering
 * "Yes" ("Confidential: Yes"), or its session field saying "Yes" (label and answer as printed); "Open" and "No" mark nothing.
 */
function exemptOf(lines: string[]): ExemptMark | null {
  const cell = answerTo(lines, EXEMPT_FIELD);
  return (cell === null ? null : accessMark(cell.answer)) ?? yesMark(cell) ?? yesMark(answerTo(lines, SESSION_FIELD));
}

/** A yes-or-no field answering "Yes": the mark, its label and answer as printed; null for any other answer. */
const yesMark = (field: { answer: string; printed: string } | null): ExemptMark | null =>
  field !== null && /^yes\b/i.test(field.answer) ? { text: field.printed, paragraphs: [] } : null;

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
export const READ_FIELDS: RegExp[] = [
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

/**
 * `header`: the lines above a form alone, whose fields are its own ("Key decision: Yes" over "Title: …"), kept as the
 * form's are; none when the notice holds several forms under one header.
 */
export function readForm(
  form: Form,
  allLines: string[],
  used: Set<string>,
  context: ParseContext,
  header: string[],
): { item: AgendaItemInput; unread: string[] } {
  const { title: printed, number, end } = readSubject(form, allLines);
  if (!printed) {
    throw new ImportError(
      context.file,
      form.start + 1,
      'a decision form with no subject',
      'Check the file is complete: the subject follows its "Subject:" label',
    );
  }
  // "Acquisition of land (exempt information, paragraph 3)": the subject's own mark, as the minutes' reader reads a title's.
  const { title, mark } = titleMark(printed);
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
