/**
 * A hearing's decision notice, as a standards hearing sends it to the member complained of and the complainant: "DECISION
 * NOTICE" (or "Notice of Decision") at its head, the case's details by label ("Complaint reference:", "Subject Member:",
 * "Complainant:", "Date of hearing:", the panel), then numbered sections: the background, the findings, the decision,
 * the sanctions, the right of appeal. It is laid out as minutes are, numbered paragraphs under headings, so the general
 * reader reads it (the parties as presenters, the decisions as resolutions); but it is a notice of what the hearing
 * decided, not its minutes, so its record is filed as a decision notice and says so, as the other notices' are. The
 * schema has no status for "decisions without minutes": `minutes` stays, as for kinds/decision-notice.ts.
 */
import type { ImportRecord, Parser } from '../records.ts';
import { generalReader } from '../reader/index.ts';
import { headLines } from './common.ts';
import { isNoticeTitle } from './decision-notice.ts';

/** "Date of hearing:", "Date of the Hearing:": the label that dates a hearing's notice. */
const HEARING_DATE = /^date\s+of\s+(?:the\s+)?hearing\s*:/i;
/** "Standards Hearing Sub-Committee", "Member Conduct Hearings Panel": a body that sits to hear a case. */
const HEARING_BODY = /\bhearings?\s+(?:sub-committee|committee|panel)\b/i;
/** How far down the notice's title and the hearing's marks are looked for. */
const HEAD = 12;

/** The meetings of the reader's records filed as a decision notice, with the warning that the minutes are not held. */
function asNotice(record: ImportRecord): ImportRecord {
  if (record.collection !== 'meetings') return record;
  const { data } = record;
  return {
    ...record,
    data: {
      ...data,
      warnings: [...(data.warnings ?? []), "decision notice: the hearing's decisions are held, its minutes are not"],
      provenance: { ...data.provenance, format: 'decision-notice' },
    },
  };
}

export const hearingDecisionParser: Parser = {
  format: 'decision-notice',
  label: "decision notice (a hearing's)",
  detect(text) {
    const head = headLines(text, HEAD);
    const titled = head.slice(0, 6).some(isNoticeTitle);
    return titled && head.some((line) => HEARING_DATE.test(line) || HEARING_BODY.test(line));
  },
  parse(text, context) {
    return { records: generalReader.parse(text, context).records.map(asNotice) };
  },
};
