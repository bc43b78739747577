/**
 * data/meetings.json: every meeting with its page address, committee, council and agenda items, so
 * other tools (and the browser tests) can list the archive without scraping pages. At 100,000
 * meetings the file is about 290 MB: the build writes it in pieces (`meetingsListText`), as it
 * writes the data tables (files.ts), never holding it whole; held whole, with the copies a response
 * makes on its way to disk, it took 1.6 GB of the build's memory for seconds (BENCHMARKS.md).
 */
import type { Archive } from '../archive.ts';
import { committeeName, councilName, meetingLabel } from '../archive-data.ts';
import { urls } from '../urls.ts';

/** Where the file goes below the output folder. */
export const MEETINGS_LIST_FILE = 'data/meetings.json';

/** One meeting of the list. */
function listed(archive: Archive, { id, data }: Archive['meetings'][number]) {
  const url = urls.meeting(id);
  return {
    id,
    url,
    title: meetingLabel(data, archive.committees),
    date: data.date,
    dateStatus: data.dateStatus,
    status: data.status,
    committee:
      data.committee === null
        ? null
        : { id: data.committee, name: committeeName(data.committee, archive.committees), url: urls.committee(data.committee) },
    council:
      data.council === null
        ? null
        : { id: data.council, name: councilName(data.council, archive.councils), url: urls.council(data.council) },
    items: data.items.map((item) => ({ number: item.number, title: item.title, anchor: item.anchor, url: `${url}#${item.anchor}` })),
  };
}

/**
 * The file's text, one meeting at a time: the pieces joined are `JSON.stringify(list, null, 2)` of
 * the whole list.
 */
export function* meetingsListText(archive: Archive): Generator<string> {
  if (archive.meetings.length === 0) {
    yield '[]';
    return;
  }
  for (const [at, meeting] of archive.meetings.entries())
    yield `${at === 0 ? '[\n' : ',\n'}  ${JSON.stringify(listed(archive, meeting), null, 2).replace(/\n/g, '\n  ')}`;
  yield '\n]';
}
