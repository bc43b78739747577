/**
 * ModernGov's recorded vote page ("Recorded vote", mgRecordedVote): one vote at one meeting, the
 * meeting's title line ("Council - Tuesday, 27th February, 2024 7.00 pm"), the item ("Item: 9. Budget
 * 2024/25"), what was put ("Motion: That …"), its outcome ("Motion status: Carried") and a table of
 * who voted which way ("Vote / Councillors / Count").
 *
 * Output: one meeting record holding that item with its vote (read as the vote reader reads a table,
 * reader/vote-table.ts), and a warning that the meeting's other items are not held. Imported with
 * the meeting's own page, the vote joins that page's item of the same number (merge-votes.ts).
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { parseMeetingHeader } from '../moderngov-header.ts';
import { findVotes } from '../reader/votes.ts';
import { ImportError, type ParseContext, type Parser } from '../records.ts';
import { squash } from '../text.ts';
import { councilFor, dateFor, headLines } from './common.ts';

const PAGE_TITLE = /^recorded\s+votes?$/i;
/** "Item: 9. Budget 2024/25", "Motion: That …", "Motion status: Carried". */
const LABELLED = /^(item|motion|motion\s+status|vote\s+status|outcome)\s*:\s*(.*)$/i;
const NUMBERED = /^(\d{1,4}[a-z]?)\.?\s+(\S.*)$/i;

/** How the warning on a recorded vote page's meeting begins (merge-votes.ts knows such a record by it). */
export const RECORDED_VOTE_PAGE = 'from a recorded vote page:';

function parseVotePage(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  const labels = new Map<string, string>();
  const labelled = new Set<number>();
  lines.forEach((line, index) => {
    const found = LABELLED.exec(squash(line));
    if (found) {
      labels.set((found[1] ?? '').toLowerCase().replace(/\s+/g, ' '), squash(found[2] ?? ''));
      labelled.add(index);
    }
  });
  const item = labels.get('item') ?? '';
  const numbered = NUMBERED.exec(item);
  if (item === '') {
    throw new ImportError(
      context.file,
      null,
      'a recorded vote page that names no item',
      'Check the file is complete: it says "Item: 9. Title"',
    );
  }
  const firstLabel = Math.min(...labelled);
  const header = parseMeetingHeader(lines.slice(0, firstLabel).filter((line) => !PAGE_TITLE.test(squash(line))));
  const outcome = labels.get('motion status') ?? labels.get('vote status') ?? labels.get('outcome') ?? '';
  // The table, then the outcome as a line of its own, as the vote reader reads a recorded vote in minutes.
  const table = lines.filter((_line, index) => index > firstLabel && !labelled.has(index)).join('\n');
  const votes = findVotes(`${table}\n\nMotion status: ${outcome}`);
  const number = numbered?.[1]?.toLowerCase() ?? null;
  const entry: AgendaItemInput = {
    number,
    title: numbered?.[2] ?? item,
    anchor: number === null ? 'item-1' : `item-${number}`,
    agendaText: labels.get('motion') ?? null,
    ...(votes.length > 0 ? { votes } : {}),
  };
  const council = councilFor(lines.slice(0, firstLabel), text, context.meta);
  return {
    councilName: header.council ?? council.value,
    committeeName: header.committee ?? context.meta.committee ?? null,
    ...dateFor(header.date, context.meta),
    startTime: header.startTime,
    status: 'minutes',
    items: [entry],
    references: [],
    warnings: [
      ...council.warnings,
      `${RECORDED_VOTE_PAGE} the vote on item ${number ?? item}, not the meeting's other items`,
      ...(votes.length === 0 ? ['the vote was not read: no outcome and table of who voted were found'] : []),
    ],
  };
}

export const recordedVoteParser: Parser = {
  format: 'moderngov-item',
  label: 'ModernGov recorded vote page ("Recorded vote")',
  detect(text) {
    const head = headLines(text, 4);
    return head.some((line) => PAGE_TITLE.test(line)) && /^\s*Item\s*:/im.test(text);
  },
  parse(text, context) {
    return { records: meetingRecords(parseVotePage(text, context), context, text, 'moderngov-item') };
  },
};
