/**
 * A "Status:" line over minutes, as a content system's Status field prints it ("Status: Approved 12 November 2025",
 * "Minutes status: Draft"): whether the minutes were approved, and when. The meeting record has no field for that
 * (`meetingStatus` says what the record holds, not whether its minutes were approved), so the line is warned of as what
 * it is, never as a line the reader could not make out. Apart from leftovers.ts as the one label it names.
 */
import { STATUS } from './title-block-lines.ts';
import { squash } from '../text.ts';

/**
 * "Status: Approved 12 November 2025", "Minutes status: Confirmed at the meeting of 9 December 2025", "Status: Draft":
 * the label, then a word of approval or of a draft (STATUS's words, one list with the draft mark's); group 1 the status.
 */
const STATUS_LINE = new RegExp(
  String.raw`^(?:minutes\s+)?status\s*:\s*((?:approved|confirmed|agreed|adopted|signed|not\s+yet\s+approved|awaiting\s+approval|${STATUS})\b.*)$`,
  'i',
);

/** The warning a line stating the minutes' approval status gets ("Status: Approved 12 November 2025"), or null for any other line. */
export function minutesStatusWarning(line: string): string | null {
  const status = STATUS_LINE.exec(squash(line))?.[1];
  if (status === undefined) return null;
  return `the minutes' status is given as "${status}" ("${squash(line)}"): the meeting record has no field for whether or when its minutes were approved, so it is not imported`;
}
