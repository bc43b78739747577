/**
 * The notices the access-to-information rules make an executive publish before it decides: a key decision not on the
 * forward plan ("general exception", "special urgency") and the intention to hold part of a meeting in private
 * (Regulations 10, 11 and 5 in England). Label/value lines: "Decision:", "Decision maker:", "Date of decision:",
 * "Key decision:", "Paragraph of Schedule 12A:", "Lead officer:", "Date of notice:". The general reader took such a
 * notice for minutes dated the notice's date, its heading for the committee and its labels for a resolution.
 *
 * Output: one `reports` record of kind `other`, as a call-in request is (call-in.ts): titled by the notice and the
 * decision, for the body that will decide, dated the notice's date, with the lead officer as its contact; its text
 * is the notice in Markdown, every field kept. A notice is never a meeting: the meeting it announces has not been held.
 */
import { parseDate } from '../../../src/model/dates.ts';
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import { bodyRecords, bodyWarnings, NOT_STATED } from '../assemble.ts';
import { isOpeningLine, STATUS } from '../reader/title-block-lines.ts';
import type { ImportRecord, ParseContext, Parser } from '../records.ts';
import { squash } from '../text.ts';
import { fieldsOf, fieldValue, formMarkdown } from './form-fields.ts';
import { BODY_WORDS, councilFor, dateFor, headLines, heldPost } from './common.ts';

/** What the notice announces, by the words of its title: each kind with the title its record is given. */
const NOTICE_KINDS: { words: RegExp; title: string }[] = [
  { words: /\bgeneral\s+exception\b/i, title: 'General exception notice' },
  { words: /\bspecial\s+urgency\b/i, title: 'Special urgency notice' },
  {
    words: /\b(?:intention|intends?|intend)\s+to\s+(?:hold|meet|consider)\b.{0,80}\bprivate\b|\bprivate\s+meeting\s+notice\b/i,
    title: 'Notice of intention to meet in private',
  },
];
/** Marks of a meeting's own record, which may report such a notice in an item: "Minutes", "Agenda", "Present:". */
const MEETING_MARK = new RegExp(String.raw`^(?:(?:${STATUS}\s+)?minutes\b|agenda\b|(?:members\s+)?present\s*:)`, 'i');
/** The field naming what is to be decided: "Decision:", "Item:", "Title of decision:". */
const DECISION_LABEL = /^(?:decision|item|matter|subject|title(?:\s+of\s+(?:the\s+)?(?:decision|report|item))?)$/i;
/** Who will decide: "Decision maker:", "Decision to be taken by:". */
const MAKER_LABEL = /^(?:decision[\s-]+(?:maker|taker)|(?:decision\s+)?to\s+be\s+taken\s+by)$/i;
/** The notice's own date: "Date of notice:", "Date of publication:", "Published:". */
const NOTICE_DATE_LABEL = /^(?:date\s+of\s+(?:this\s+)?(?:notice|publication)|date\s+published|published(?:\s+on)?|dated?)$/i;
const CONTACT_LABEL = /^(?:lead\s+officer|contact(?:\s+officer)?|report\s+author)$/i;
/** How many lines at the head of the file the notice's title may stand within. */
const HEAD = 8;

function noticeKind(head: string[]): string | null {
  const titles = head.filter((line) => /\bnotice\b/i.test(line));
  return NOTICE_KINDS.find(({ words }) => titles.some((line) => words.test(line)))?.title ?? null;
}

/** "Cabinet Member for Environment (Councillor Pauline Grieve)", "Councillor Pauline Grieve, Cabinet Member for …": the body, without who holds the post. */
function bodyOf(maker: string | null): string | null {
  const first = squash((maker ?? '').split('\n')[0] ?? '');
  const name = heldPost(first)?.post ?? first.replace(/\s*\([^()]*\)\s*$/, '');
  return BODY_WORDS.test(name) ? name : null;
}

function noticeRecords(text: string, context: ParseContext, kind: string): ImportRecord[] {
  const lines = text.split('\n');
  const fields = fieldsOf(lines);
  const council = councilFor(lines.slice(0, fields[0]?.at ?? 0), text, context.meta);
  const decision = squash((fieldValue(fields, DECISION_LABEL) ?? '').split('\n')[0] ?? '') || null;
  const maker = fieldValue(fields, MAKER_LABEL);
  const committeeName = bodyOf(maker) ?? context.meta.committee ?? null;
  const noticeDate = fieldValue(fields, NOTICE_DATE_LABEL);
  const stated = parseDate(noticeDate ?? '');
  const dates = dateFor(stated, context.meta);
  const { council: councilId, committee, records } = bodyRecords(council.value, committeeName, context);
  const slug = decision ? `-${shortSlug(slugify(decision), 48)}` : '';
  records.push({
    collection: 'reports',
    id: `${councilId ?? NOT_STATED}/${dates.date ?? 'undated'}-${slugify(kind)}${slug}`,
    data: {
      title: decision ? `${kind}: ${decision}` : kind,
      council: councilId,
      committee,
      date: dates.date,
      contact: squash((fieldValue(fields, CONTACT_LABEL) ?? '').split('\n')[0] ?? '') || null,
      kind: 'other',
      warnings: [
        ...council.warnings,
        ...bodyWarnings(council.value, committeeName),
        ...(maker && !bodyOf(maker) ? [`the decision maker "${squash(maker)}" is not a body: no committee is given`] : []),
        ...(decision ? [] : ['the decision the notice is about is not stated']),
        ...(stated ? [] : noticeDate ? [`date not read: "${noticeDate}"`] : ['the date of the notice is not stated']),
        "a notice before a decision: the decision's date, whether it is key and why it is taken in private are kept in its text only (a report has no field for them), and no meeting is recorded",
      ],
      provenance: { file: context.file, format: 'report', url: context.meta.url ?? null },
    },
    body: formMarkdown(lines),
  });
  return records;
}

export const statutoryNoticeParser: Parser = {
  format: 'report',
  label: 'general exception, special urgency or private meeting notice',
  detect(text) {
    const head = headLines(text, HEAD);
    if (noticeKind(head) === null || head.some((line) => MEETING_MARK.test(line) || isOpeningLine(line))) return false;
    return fieldsOf(text.split('\n')).some((field) => DECISION_LABEL.test(field.label) || MAKER_LABEL.test(field.label));
  },
  parse(text, context) {
    return { records: noticeRecords(text, context, noticeKind(headLines(text, HEAD)) ?? 'Notice') };
  },
};
