/**
 * Call-in: councillors ask that an executive decision be reviewed by a scrutiny committee before it
 * takes effect, and the committee then decides what becomes of it. Two papers, each a layout of its own:
 *
 * - The request form ("Call-in of an Executive Decision - Request Form", "Notice of Call-in",
 *   "Request for Call-in"): labelled fields (the decision called in, who took it and when, the date
 *   received), the grounds ticked ("[x] Inadequate consultation"), the members' explanation and
 *   alternative, the signatories, an office-use line. Output: one `reports` record of kind `other`,
 *   titled "Call-in request: <decision>", for the scrutiny committee the form names, dated by the
 *   date received (or signed); its text is the form in Markdown, every field kept.
 * - The outcome notice ("Notice of Call-in Outcome", "Call-in: Outcome"): the committee, its meeting's
 *   date, who was present, the decision called in, the outcome, its recommendations to the decision
 *   maker and the vote. Output: that meeting (as decision-notice.ts reads a decision notice: status
 *   `minutes`, with a warning that the minutes themselves are not held), with one item "Call-in:
 *   <decision>": the outcome and each recommendation as resolutions, the vote as the general
 *   reader's vote code reads it, the present list as its attendance reader reads it.
 */
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import { parseDate } from '../../../src/model/dates.ts';
import { bodyRecords, bodyWarnings, meetingRecords, NOT_STATED, type MeetingDraft } from '../assemble.ts';
import { ImportError, type ImportRecord, type ParseContext, type Parser } from '../records.ts';
import { readAttendance } from '../reader/attendance.ts';
import { readHeader as readTitleBlock } from '../reader/header.ts';
import { STATUS } from '../reader/title-block-lines.ts';
import { findVotesAndMotions } from '../reader/votes.ts';
import { itemMoversNamed, moverRoster } from '../reader/item-movers.ts';
import { squash } from '../text.ts';
import { councilFor, dateFor, headLines, scrutinyBodyFor } from './common.ts';
import { decisionResolutions } from './decision-form.ts';
import { fieldsOf, fieldValue, formMarkdown, labelOf, SIGNED_LABEL, type Field } from './form-fields.ts';

const CALL_IN = String.raw`\bcall(?:ed)?[\s-]?in\b`;
/** The field that names the decision called in. */
const DECISION_LABEL = new RegExp(
  String.raw`^(?:decision(?:\s+(?:being\s+|to\s+be\s+)?called[\s-]?in)?|(?:title|details|subject)\s+of\s+(?:the\s+)?decision(?:\s+(?:being\s+|to\s+be\s+)?called[\s-]?in)?|called[\s-]?in\s+decision|decision\s+title)$`,
  'i',
);
/**
 * The signatories under a heading of their own rather than a field: "Section D – Signatories (at least three …)",
 * "Signatures of the members", or a table whose header has a signature column ("Name   Ward   Signature   Date").
 */
const SIGNATORIES_HEADING = /^(?:(?:section|part)\s+[a-z0-9]{1,3}\s*[-–—:.]\s*)?(?:signatories|signatures)\b|^name\b.*\s{2,}signature\b/i;
/**
 * Marks of minutes, whose item may be titled "Call-in request: …": "Minutes", "Provisional minutes",
 * "Unconfirmed minutes", "Agenda". The status words are the meeting header reader's, so the two read one list.
 */
const MINUTES_MARK = new RegExp(String.raw`^(?:(?:${STATUS}\s+)?minutes\b|agenda$)`, 'i');

/** "Closure of X (Cabinet, 2 February 2026, minute CAB/87/25)": the decision without the details after it. */
function decisionTitle(decision: string): string {
  const flat = squash(decision.replace(/\n/g, ' '));
  const details = /\s*\(([^()]*)\)\s*$/.exec(flat);
  const aboutDecision =
    details && (parseDate(details[1] ?? '') !== null || /\b(?:minute|ref(?:erence)?|decision|no\.?)\b/i.test(details[1] ?? ''));
  return (aboutDecision ? flat.slice(0, details.index) : flat).replace(/[.:;,]+$/, '');
}

// ── The request form ───────────────────────────────────────────────────────

/** "Call-in Request Form", "Request for Call-in", "Notice of Call-in", "Call-in of an Executive Decision - Request Form". */
const REQUEST_TITLE = new RegExp(
  String.raw`^(?=.*${CALL_IN})(?=.*\b(?:request|requisition|form|notice|notification)\b)(?!.*\b(?:outcome|result)\b)[^:]{0,90}$`,
  'i',
);
/** The date the form was received, else signed. */
const RECEIVED_LABEL = /^(?:date\s+(?:and\s+time\s+)?(?:received|of\s+receipt)|received(?:\s+(?:on|by\s+the\s+\w+(?:\s+\w+)?\s+on))?)$/i;
const SIGNED_DATE_LABEL = /^(?:date\s+signed|date)$/i;
/** "Received by: J. Okonedo   Date/time: 17/11/2025 14:32": an office-use line gives the date beside whom it was received by. */
const RECEIVED_BY_LABEL = /^received\s+by$/i;
const DATE_BESIDE = /\bdate(?:\s*\/\s*time)?\s*:\s*(\S.*)$/i;

/** Whether the form lists who signed it: under a field, a heading of their own, or as "the undersigned". */
function isSigned(text: string, fields: Field[]): boolean {
  if (fields.some((field) => SIGNED_LABEL.test(field.label)) || /\bundersigned\b/i.test(text)) return true;
  return text.split('\n').some((line) => SIGNATORIES_HEADING.test(line.trim()));
}

function requestRecords(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const fields = fieldsOf(lines);
  const titleAt = lines.findIndex((line) => REQUEST_TITLE.test(squash(line)));
  const headerLines = lines.slice(0, Math.max(titleAt + 1, fields[0]?.at ?? 0));
  const council = councilFor(headerLines, text, context.meta);
  const decision = fieldValue(fields, DECISION_LABEL);
  const receivedText = fieldValue(fields, RECEIVED_LABEL) ?? DATE_BESIDE.exec(fieldValue(fields, RECEIVED_BY_LABEL) ?? '')?.[1] ?? null;
  const signedText = receivedText ? null : fieldValue(fields, SIGNED_DATE_LABEL);
  const stated = parseDate(receivedText ?? signedText ?? '');
  const dates = dateFor(stated, context.meta);
  const scrutiny = scrutinyBodyFor(text, 'the scrutiny committee asked to review the decision');
  const committeeName = scrutiny.value ?? context.meta.committee ?? null;
  const { council: councilId, committee, records } = bodyRecords(council.value, committeeName, context);
  const title = decision ? `Call-in request: ${decisionTitle(decision)}` : 'Call-in request';
  const id = `${councilId ?? NOT_STATED}/${dates.date ?? 'undated'}-call-in-request${decision ? `-${shortSlug(slugify(decisionTitle(decision)), 48)}` : ''}`;
  records.push({
    collection: 'reports',
    id,
    data: {
      title,
      council: councilId,
      committee,
      date: dates.date,
      kind: 'other',
      warnings: [
        ...council.warnings,
        ...bodyWarnings(council.value, committeeName),
        ...(committeeName ? [] : scrutiny.warnings),
        ...(decision ? [] : ['the decision called in is not stated']),
        ...(stated ? [] : receivedText || signedText ? [`date not read: "${receivedText ?? signedText}"`] : ['date received not stated']),
        ...(signedText ? ['date received not stated: the date is the date signed'] : []),
        ...(isSigned(text, fields) ? [] : ['the signatories are not listed']),
      ],
      provenance: { file: context.file, format: 'report', url: context.meta.url ?? null },
    },
    body: formMarkdown(lines),
  });
  return records;
}

export const callInRequestParser: Parser = {
  format: 'report',
  label: 'call-in request form',
  detect(text) {
    const head = headLines(text, 6);
    if (!head.some((line) => REQUEST_TITLE.test(line)) || head.some((line) => MINUTES_MARK.test(line))) return false;
    const fields = fieldsOf(text.split('\n'));
    return isSigned(text, fields) && fields.some((field) => DECISION_LABEL.test(field.label));
  },
  parse(text, context) {
    return { records: requestRecords(text, context) };
  },
};

// ── The outcome notice ─────────────────────────────────────────────────────

/** "Notice of Call-in Outcome", "Call-in: Outcome", "Outcome of Call-in", "Result of the call-in". */
const OUTCOME_TITLE = new RegExp(String.raw`^(?=.*${CALL_IN})(?=.*\b(?:outcome|result|determination)\b).{0,90}$`, 'i');
/** The committee's decision: "Outcome:", "Outcome of the call-in:", "Decision of the Board:", "Resolved:". */
const OUTCOME_LABEL = new RegExp(
  String.raw`^(?:outcome(?:\s+of\s+(?:the\s+)?call[\s-]?in)?|decision\s+of\s+the\s+.{3,60}|(?:the\s+.{3,60}\s+)?resolved|result)$`,
  'i',
);
/** Recommendations to the decision maker: "Recommendations to Cabinet:", "Recommendations:". */
const RECOMMENDATIONS_LABEL = /^recommendations?(?:\s+(?:to|for)\s+.{2,60})?$/i;
/** A recommendations label that names whom they are to ("Recommendations to the Executive"), not only that there are some. */
const ADDRESSED_LABEL = /^recommendations?\s+to\s+\S/i;

/**
 * A point under "Recommendations to Cabinet:" led by its label ("Recommendations to Cabinet: That …"), as the general reader
 * keeps a list's "to make the following recommendations to Cabinet:" with each point, so whom it is to stays with it.
 */
function ledByWhom(label: string, point: string): string {
  return ADDRESSED_LABEL.test(label) ? `${squash(label)}: ${point}` : point;
}

/** The meeting's own fields, read with the header by the general reader's header code. */
const MEETING_LABEL = /^(?:(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?|meeting|committee|venue|time)$/i;
/** Attendance labels, read by the attendance reader and not kept twice in the item's text. */
const ATTENDANCE_LABEL =
  /^(?:(?:members\s+)?present|apologies(?:\s+for\s+absence)?|also\s+(?:present|in\s+attendance)|in\s+attendance|officers(?:\s+present)?)$/i;

/** "Call-in: Outcome of the Meeting" is a title; "Decision called in: …" is the field below it. */
function isOutcomeTitle(line: string): boolean {
  return OUTCOME_TITLE.test(line) && !DECISION_LABEL.test(labelOf(line)?.label ?? '');
}

function outcomeDraft(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  // The title may read as a field ("Call-in: Outcome of the Meeting"): the fields are the lines below it.
  const titleAt = lines.findIndex((line) => isOutcomeTitle(squash(line)));
  const fields = fieldsOf(lines).filter((field) => field.at > titleAt);
  const decisionField = fields.find((field) => DECISION_LABEL.test(field.label));
  if (!decisionField || decisionField.value === '') {
    throw new ImportError(
      context.file,
      null,
      'a call-in outcome notice that does not name the decision called in',
      'Check the file is complete: the decision follows its "Decision called in:" label',
    );
  }
  // The meeting's own fields ("Date of meeting:", "Committee:") belong to the header, above or below the title.
  const start = fields.find((field) => !MEETING_LABEL.test(field.label))?.at ?? lines.length;
  const header = lines.slice(0, start).filter((_line, at) => at !== titleAt);
  const titled = readTitleBlock(header);
  const council = councilFor(header, text, context.meta);
  // The attendance reader reads the lists under their labels, each up to the next field; the rest is the item's text.
  const listed = fields.flatMap((field, index) => {
    if (!ATTENDANCE_LABEL.test(field.label)) return [];
    const end = fields[index + 1]?.at ?? lines.length;
    return Array.from({ length: end - field.at }, (_unused, offset) => field.at + offset);
  });
  const found = listed.length > 0 ? readAttendance(listed.map((at) => lines[at] ?? '')) : null;
  const read = new Set((found?.lines ?? []).map((at) => listed[at]));
  const itemLines = lines.slice(start).filter((_line, at) => !read.has(start + at));
  const decision = decisionTitle(decisionField.value);
  const outcome = fieldValue(fields, OUTCOME_LABEL);
  const recommendations = fields.filter((field) => RECOMMENDATIONS_LABEL.test(field.label) && field.value !== '');
  const resolutions = [
    ...(outcome ? decisionResolutions(outcome) : []),
    ...recommendations.flatMap((field) => decisionResolutions(field.value).map((point) => ledByWhom(field.label, point))),
  ];
  const { votes, motions } = findVotesAndMotions(itemLines.join('\n'));
  // "Proposed NV, seconded HO.": the members present whose initials they are, as the general reader names them.
  const roster = moverRoster([...(found?.attendance.present ?? []), ...(found?.attendance.substitutes ?? [])], lines);
  const movers = itemMoversNamed({ number: null, votes, motions }, roster);
  const { votes: named = [], motions: moved = [] } = movers.named;
  return {
    councilName: council.value,
    committeeName: titled.committee ?? context.meta.committee ?? null,
    ...dateFor(titled.date, context.meta),
    status: 'minutes',
    ...(found ? { attendance: found.attendance } : {}),
    items: [
      {
        number: null,
        title: `Call-in: ${decision}`,
        anchor: `item-call-in-${slugify(decision).slice(0, 40) || 'decision'}`,
        minutes: formMarkdown(itemLines),
        resolutions,
        ...(named.length > 0 ? { votes: named } : {}),
        ...(moved.length > 0 ? { motions: moved } : {}),
      },
    ],
    warnings: [
      ...council.warnings,
      "call-in outcome notice: the committee's decision on the call-in is held, the minutes of the meeting are not",
      ...(outcome ? [] : ['the outcome of the call-in is not stated under its own label']),
      ...movers.warnings,
      ...(found
        ? found.unread.map(({ heading, first }) => `names under "${heading}" were not read ("${first}")`)
        : ['who was present is not stated']),
    ],
  };
}

export const callInOutcomeParser: Parser = {
  format: 'decision-notice',
  label: 'call-in outcome notice',
  detect(text) {
    const head = headLines(text, 8);
    const titled = head.some(isOutcomeTitle);
    if (!titled || head.some((line) => MINUTES_MARK.test(line))) return false;
    const fields = fieldsOf(text.split('\n'));
    return fields.some((field) => DECISION_LABEL.test(field.label)) && fields.some((field) => OUTCOME_LABEL.test(field.label));
  },
  parse(text, context) {
    return { records: meetingRecords(outcomeDraft(text, context), context, text, 'decision-notice') };
  },
};
