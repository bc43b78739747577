/**
 * The scrutiny body whose report a single report is, where the header names it otherwise than "Report of the
 * X Task and Finish Group" (report-header.ts reads that): a title that is the body's own ("EMPTY HOMES TASK AND
 * FINISH GROUP – FINAL REPORT"), or the report given by the chair of a task and finish group ("Report of: Chair
 * of the Empty Homes Task and Finish Group"). And a task and finish group's members as its report lists them:
 * "The Task Group comprised Councillors A (Chair), B and C.", or "Chair:" and "Group members:" lines.
 */
import { wordCase } from '../reader/heading-case.ts';
import { readMembership } from '../reader/membership.ts';
import { squash } from '../text.ts';

/** "X Task and Finish Group – Final Report", "Place Scrutiny Panel: Interim Report": the body in group 1. */
const BODY_TITLE = /^(?:the\s+)?(.+?\b(?:committee|sub-committee|panel|group|commission))\s*[-–—:]\s*(?:(?:final|interim)\s+)?report$/i;
/** "Chair of the X Task and Finish Group": the group's chair gives its report. */
const GROUP_CHAIR = /^(?:the\s+)?(?:vice[\s-])?chair(?:man|person)?\s+of\s+(?:the\s+)?(.+?\btask\s*(?:and|&)\s*finish\s+(?:group|panel))$/i;

/** The body whose report it is, as its title or its author names it; null when neither does. */
export function makerIn(title: string | null, author: string | null): string | null {
  const named = BODY_TITLE.exec(squash(title ?? ''))?.[1] ?? GROUP_CHAIR.exec(squash(author ?? ''))?.[1];
  return named ? wordCase(squash(named)) : null;
}

/** "The Task Group comprised Councillors …", "The Group's members were …": the list in group 1, to the sentence's end. */
const MEMBERSHIP_SENTENCE =
  /\b(?:task(?:\s+and\s+finish)?\s+)?(?:group|panel)(?:['’]s\s+members\s+were|\s+(?:comprised|consisted\s+of|was\s+made\s+up\s+of|membership\s+(?:was|comprised)))\s*:?\s+((?:Councillors?|Cllrs?)\b.+?)(?:\.(?:\s|$)|$)/i;
/** "Chair: Councillor Ruth Denby", "Group members: Councillors …", "Membership: …" on a line of their own. */
const CHAIR_LINE = /^(?:chair(?:man|person)?)\s*:\s*(.+)$/i;
const MEMBERS_LINE = /^(?:(?:task\s+)?group\s+members|members(?:hip)?(?:\s+of\s+the\s+(?:task\s+)?(?:group|panel))?)\s*:\s*(.+)$/i;

/**
 * A task and finish group's members as its report lists them, "Councillor A Ash (Chair)": from a sentence
 * saying who the group comprised, else from "Chair:" and "Group members:" lines; none when it lists none.
 */
export function groupMembers(lines: string[]): string[] {
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => squash(paragraph.replace(/\n/g, ' ')));
  const sentence = paragraphs.map((paragraph) => MEMBERSHIP_SENTENCE.exec(paragraph)?.[1]).find((found) => found !== undefined);
  if (sentence) return readMembership([sentence]);
  const listed: string[] = [];
  for (const line of lines.map(squash)) {
    const chair = CHAIR_LINE.exec(line)?.[1];
    const members = MEMBERS_LINE.exec(line)?.[1];
    if (chair) listed.push(`${chair} (Chair)`);
    else if (members) listed.push(members);
  }
  return listed.length > 0 ? readMembership(listed) : [];
}
