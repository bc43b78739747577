/**
 * A key printed with an attendance table ("Key: P = Present, Ap = Apologies, A = Absent"), straight under it or straight
 * over its header: the table's, whose codes it reads, so its lines are read with the table and left over as no list or
 * sentence of their own. Apart because tables of every layout take their key so.
 */
import { readMarkKey } from './attendance-marks.ts';
import { isAttendanceTableHeader } from './attendance-table-columns.ts';
import { type AttendanceTable } from './attendance-table-row.ts';

/**
 * The table with the key printed straight after it ("Key: P = Present, Ap = Apologies, A = Absent", only blank lines
 * between), which its codes were read by: read with it, so that the key is not left over as a list of its own.
 */
export function withKey(table: AttendanceTable, lines: string[], keyLines: number[]): AttendanceTable {
  const last = table.lines.at(-1) ?? 0;
  const key = keyLines.find((index) => index > last && lines.slice(last + 1, index).every((line) => line.trim() === ''));
  if (key === undefined) return table;
  const run = keyLines.filter((index) => index >= key && index - key === keyLines.indexOf(index) - keyLines.indexOf(key));
  return { ...table, lines: [...table.lines, ...run] };
}

/**
 * The lines of a key printed straight over an attendance table's header ("Key: ✓ = present, A = apologies" over
 * "Councillor | Attendance", only blank lines or the key's other lines between): the table's, whose codes it reads, so
 * that the key is read with it and is not taken for a sentence that runs on into the table.
 */
export function keyOverTable(lines: readonly string[]): number[] {
  const key = readMarkKey(lines).lines;
  return key.filter((index) => {
    let next = index + 1;
    while (next < lines.length && ((lines[next] ?? '').trim() === '' || key.includes(next))) next += 1;
    return next < lines.length && isAttendanceTableHeader(lines[next] ?? '');
  });
}
