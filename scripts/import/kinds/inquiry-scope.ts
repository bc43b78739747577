/**
 * A scrutiny inquiry's own papers before its meetings: "Terms of Reference and Call for Evidence", a "Scoping Document".
 * They say what an inquiry will look into, whom it will hear and when, under a title, with numbered sections and a
 * timetable; the general reader took them for minutes, each section an item, dated by "Date agreed by the Committee".
 * No record kind holds such a paper, so the file is refused, naming what it is and what to import instead. A report to a
 * committee that proposes a scope is the report reader's, tried before this one (kinds/index.ts).
 */
import { isOpeningLine, STATUS } from '../reader/title-block-lines.ts';
import { ImportError, type Parser } from '../records.ts';
import { headLines } from './common.ts';

/** "Terms of Reference and Call for Evidence", "Call for Evidence", "Scoping Document", "Inquiry Scope". */
const SCOPE_PAPER = String.raw`(?:(?:draft|agreed|final)\s+)?(?:terms\s+of\s+reference(?:\s+(?:and|&)\s+call\s+for\s+evidence)?|call\s+for\s+evidence|scoping\s+(?:document|report|paper)|(?:inquiry|review)\s+scope)`;
/** The paper's title line, alone or beside the inquiry's name: "Access to Dentistry – Terms of Reference". */
const SCOPE_TITLE = new RegExp(String.raw`^(?:[^:]{3,80}?\s*[-–—:]\s*)?${SCOPE_PAPER}(?:\s*[-–—:]\s*.{3,80})?$`, 'i');
/** Marks of a meeting's record: "Minutes", "Agenda", "Present:", an opening "Minutes of the meeting of …". */
const MEETING_MARK = new RegExp(String.raw`^(?:(?:${STATUS}\s+)?minutes\b|agenda\b|(?:members\s+)?present\s*:)`, 'i');

/** How many lines at the head of the file the title may stand within: under the council's, the body's and the inquiry's names. */
const HEAD = 12;

export const inquiryScopeParser: Parser = {
  format: 'report',
  label: "scrutiny inquiry's terms of reference or call for evidence (not imported)",
  detect(text) {
    const head = headLines(text, HEAD);
    return head.some((line) => SCOPE_TITLE.test(line)) && !head.some((line) => MEETING_MARK.test(line) || isOpeningLine(line));
  },
  parse(text, context) {
    const at = text.split('\n').findIndex((line) => SCOPE_TITLE.test(line.trim()));
    throw new ImportError(
      context.file,
      at === -1 ? null : at + 1,
      "a scrutiny inquiry's terms of reference or call for evidence, not a record of a meeting: no record kind holds it, so its review group's members and its timetable would not be imported",
      "Leave this file out of the import; import the minutes of the meeting that agreed it, each evidence session's agenda or note as it is held, and the inquiry's report when it is published; write the review group's members into its committee file (`members:`) by hand",
    );
  },
};
