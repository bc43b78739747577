/**
 * Reads the records that several files of one run give into one set: a council or committee once, a meeting known
 * from two sources as its fuller record or as one merged record, two different records of one rank refused. Apart
 * from import-sources.ts because it is the batch's last step, once every file has been read.
 */
import { mergeMeeting } from './merge-meeting.ts';
import { ImportError, meetingStatusRank, type ImportRecord } from './records.ts';

const meetingRank = (record: ImportRecord) => (record.collection === 'meetings' ? meetingStatusRank(record.data.status) : 0);

/**
 * Merges records that several files produce. Councils and committees: the first wins.
 * A meeting known from two sources keeps the fuller one (minutes over agenda over a date
 * in the calendar), or is one record when one source is its attendance page (merge-attendance.ts) or
 * a recorded vote page (merge-votes.ts);
 * two different records of the same rank are an error.
 */
export function mergeRecords(records: ImportRecord[], sources: Map<string, string>): ImportRecord[] {
  const byKey = new Map<string, ImportRecord>();
  for (const record of records) {
    const key = `${record.collection}/${record.id}`;
    const earlier = byKey.get(key);
    const together = earlier ? mergeMeeting(earlier, record) : null;
    if (!earlier) {
      byKey.set(key, record);
    } else if (together) {
      byKey.set(key, together);
    } else if (record.collection === 'meetings' && meetingRank(record) !== meetingRank(earlier)) {
      if (meetingRank(record) > meetingRank(earlier)) byKey.set(key, record);
    } else if (record.collection === 'meetings' || record.collection === 'reports' || record.collection === 'recommendations') {
      if (JSON.stringify(earlier) !== JSON.stringify(record)) {
        throw new ImportError(
          sources.get(key) ?? '',
          null,
          `two sources give different records for ${key}`,
          'Import one of them, or correct the date or committee in a source header',
        );
      }
    }
  }
  return [...byKey.values()];
}
