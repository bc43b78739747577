/**
 * Lines of a single report's header (report-header.ts) that are read otherwise than as they stand: a labelled value
 * wrapped onto a line set under its own column, and a "Report of <post>" line, which names the author.
 */
import { squash } from '../text.ts';

/** A post that writes a report: "Head of Planning", "Monitoring Officer", "Director of Place", "Chief Executive (…)". */
export const OFFICER =
  /^(?:(?:head|director|chief|assistant|deputy|strategic|corporate|interim|acting|executive\s+director)\b.*|.*\b(?:officer|manager|clerk|director|solicitor|treasurer))$/i;
/** A member who presents a report: "Cabinet Member for Housing", "Portfolio Holder for Waste", "Leader of the Council". */
const MEMBER_POST = /^(?:(?:cabinet|executive|lead)\s+member|portfolio\s+holder|leader)\b/i;
/** "REPORT OF THE HEAD OF PLANNING", "Report from the Monitoring Officer": the post in group 1. */
const REPORT_OF_POST = /^report\s+(?:of|from)\s+(?:the\s+)?(.+)$/i;

/**
 * The post a "Report of <post>" line names, when the line is that alone: the report's author, never its title (the
 * title is the line after). Null for "Report of the X Committee" (the body that made it), a line that goes on "to …"
 * (read with the body it is to), and "Report of the Review of …", which names no post.
 */
export function postReportIsOf(line: string): string | null {
  const post = squash(REPORT_OF_POST.exec(squash(line))?.[1] ?? '');
  if (post === '' || /\sto\s/i.test(post)) return null;
  return OFFICER.test(post) || MEMBER_POST.test(post) ? post : null;
}

/** "Subject:          Annual report of …": the label, the gap after it, and the value, whose column the gap sets. */
const LABEL_AND_VALUE = /^(\s*[A-Za-z][^:]{0,40}:\s+)(\S.*)$/;

/**
 * The header's lines with each labelled value wrapped onto lines set under its own column joined to it ("Title of
 * report:  Public interest report of the …" over "                 Ombudsman - complaint about …"), whatever word
 * the line was cut after. A line set elsewhere, a blank line or another label ends the value.
 */
export function joinWrappedValues(lines: readonly string[]): string[] {
  const out: string[] = [];
  let column = -1;
  for (const raw of lines) {
    const line = raw.replace(/\t/g, '    ').trimEnd();
    const indent = line.length - line.trimStart().length;
    const labelled = LABEL_AND_VALUE.exec(line);
    if (column >= 4 && line !== '' && !labelled && Math.abs(indent - column) <= 1) {
      out[out.length - 1] = `${out.at(-1) ?? ''} ${line.trim()}`;
      continue;
    }
    column = labelled ? (labelled[1] ?? '').length : -1;
    out.push(raw);
  }
  return out;
}
