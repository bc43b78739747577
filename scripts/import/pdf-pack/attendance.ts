/**
 * Attendance at the top of a pack's minutes: a two-column list of members with "*"
 * marking those present, members also present (with items), officers (with roles),
 * and the apologies and substitutes the first minute reports.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import { cellsOf } from './tables.ts';
import { plain } from './pack-text.ts';

export interface AttendanceDraft {
  present: string[];
  apologies: string[];
  substitutes: string[];
  alsoPresent: string[];
  officers: string[];
  presenters: string[];
}

/** Section headings in the attendance block, by the words that start them. */
const ALSO = /also present|also in attendance/i;
const OFFICERS = /officers? (?:were )?(?:present|in attendance)|^officers(?: present)?:/i;
const LEGEND = /^\*\s*(?:denotes\s+)?present/i;
/** "Councillors " or "Councillor " before a list of names. */
const LIST_TITLE = `(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\\s+`;
const PRESENT_LINE = new RegExp(`^Present\\s*:\\s*(?:${LIST_TITLE})?`, 'i');

function section(lines: string[], heading: RegExp): string[] {
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const inline = /:\s*(\S.*)$/.exec(plain(lines[start] ?? ''));
  if (inline) return namesIn((inline[1] ?? '').replace(/\.$/, ''));
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') {
      if (rows.length > 0) break;
      continue;
    }
    if (/:\s*$/.test(line) || ALSO.test(line) || OFFICERS.test(line)) break;
    rows.push(line);
  }
  return rows;
}

/** Member cells read column by column, the order the printed list runs in. */
function memberCells(lines: string[]): string[] {
  const end = lines.findIndex((line) => LEGEND.test(line.trim()) || ALSO.test(line) || OFFICERS.test(line));
  const rows = lines
    .slice(0, end < 0 ? lines.length : end)
    .filter((line) => line.trim() !== '' && !/:\s*$/.test(line.trim()))
    .map(cellsOf);
  const width = Math.max(0, ...rows.map((row) => row.length));
  const cells: string[] = [];
  for (let column = 0; column < width; column += 1) {
    for (const row of rows) if ((row[column] ?? '') !== '') cells.push(row[column] ?? '');
  }
  return cells.map((cell) => cell.replace(/\*\*/g, '').trim());
}

/** "A Smith (Chair), B Jones and C Brown" -> three names. */
export function namesIn(text: string): string[] {
  return text
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** "Councillor K Bobbin <tab> Items 5, 6 & 7" -> "Councillor K Bobbin (items 5, 6 & 7)". */
function withNote(row: string, joiner: (name: string, note: string) => string): string {
  const [name = '', ...rest] = cellsOf(row).filter(Boolean);
  const note = rest.join(' ');
  return note ? joiner(plain(name), plain(note)) : plain(name);
}

/** Reads the block between the minutes heading and the first minute. */
export function readAttendance(lines: string[]): { attendance: AttendanceDraft; listed: string[] } {
  const presentLine = lines.map(plain).find((line) => /^Present\s*:\s*\S/i.test(line));
  const listedInLine = presentLine?.replace(PRESENT_LINE, '').replace(/\.$/, '');
  const cells = listedInLine ? namesIn(listedInLine) : memberCells(lines);
  const marked = lines.some((line) => LEGEND.test(line.trim()));
  const present = marked
    ? cells.filter((cell) => cell.startsWith('*')).map((cell) => cell.replace(/^\*\s*/, ''))
    : cells.filter((cell) => !/^present/i.test(cell));
  return {
    attendance: {
      present,
      apologies: [],
      substitutes: [],
      alsoPresent: section(lines, ALSO).map((row) =>
        withNote(row, (name, note) => `${name} (${note.charAt(0).toLowerCase()}${note.slice(1)})`),
      ),
      officers: section(lines, OFFICERS).map((row) => withNote(row, (name, note) => `${name}, ${note}`)),
      presenters: [],
    },
    listed: cells.map((cell) => cell.replace(/^\*\s*/, '')),
  };
}

/** Apologies and substitutes from the first minute: an "Apologies <tab> Substitutes" table or a sentence. */
export function readApologies(lines: string[]): { apologies: string[]; substitutes: string[] } {
  const header = lines.findIndex((line) => /^\s*Apologies\s*\t+\s*Substitut/i.test(line));
  if (header >= 0) {
    const apologies: string[] = [];
    const substitutes: string[] = [];
    for (const line of lines.slice(header + 1)) {
      if (line.trim() === '') break;
      const [absent = '', substitute = ''] = cellsOf(line);
      if (absent) apologies.push(plain(absent));
      if (substitute && !/^[-–—]*$/.test(substitute)) substitutes.push(`${plain(substitute)} (for ${plain(absent)})`);
    }
    return { apologies, substitutes };
  }
  const sentence = lines
    .map(plain)
    .join(' ')
    .match(/apologies (?:for absence )?were received from ([^.]+)\./i);
  if (!sentence) return { apologies: [], substitutes: [] };
  return { apologies: namesIn((sentence[1] ?? '').replace(new RegExp(`^${LIST_TITLE}`, 'i'), '')), substitutes: [] };
}

/** Surname of a listed name ("I Grundy (Chairman)" -> "grundy"), to match lists to each other. */
export function surname(name: string): string {
  return (
    name
      .replace(/\(.*?\)/g, '')
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase() ?? ''
  );
}
