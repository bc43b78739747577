/**
 * A typed table inside an item whose columns hold the decision on each row: "No. | Subject | Officer Recommendation |
 * Members' Decision", as Northern Irish committees record a report's items. Each row is a decision of the item, its
 * subject and the decision cell as printed ("Garden waste collection winter suspension – Agreed."); a row's movers
 * ("Proposed by Councillor Boyce, seconded by …") are read as the vote reader reads them in prose.
 */
import { squash } from '../text.ts';
import { DECISION_HEADING, SUBJECT_HEADING } from './column-headings.ts';
import { cellsUnder, filledCells, tableRows, typedTables } from './table-cells.ts';

/** The decision column's and the subject column's indexes in a header row's cells; null when it names no decision column. */
function decisionColumns(header: string[]): { decision: number; subject: number } | null {
  const decision = header.findIndex((cell) => DECISION_HEADING.test(cell));
  return decision === -1 ? null : { decision, subject: header.findIndex((cell) => SUBJECT_HEADING.test(cell)) };
}

/** A row as a line the decision and vote readers read: "Resolution: <subject> – <decision>". */
function rowDecision(cells: readonly string[], columns: { decision: number; subject: number }): string | null {
  const decided = squash(cells[columns.decision] ?? '');
  const subject = squash(cells[columns.subject] ?? '');
  if (decided === '') return null;
  return `Resolution: ${subject === '' ? decided : `${subject} – ${decided}`}`;
}

/**
 * An item's text as the decision and vote readers take it: each typed table with a decision column (DECISION_HEADING)
 * written out as one "Resolution: …" paragraph a row, the rows' wrapped lines joined; any other line as it is. The
 * minutes' text keeps the table as printed.
 */
export function withDecisionTables(text: string): string {
  const lines = text.split('\n');
  const tables = typedTables(lines);
  if (tables.length === 0) return text;
  const out: string[] = [];
  let from = 0;
  for (const { header, end } of tables) {
    const heads = filledCells(lines[header] ?? '');
    const columns = decisionColumns(heads.map((cell) => squash(cell.text)));
    if (columns === null) continue;
    const rows = tableRows(lines.slice(header + 1, end).map((line) => cellsUnder(line, heads)));
    const decided = rows.flatMap((cells) => rowDecision(cells, columns) ?? []);
    out.push(...lines.slice(from, header), ...decided.flatMap((line) => ['', line]), '');
    from = end;
  }
  return [...out, ...lines.slice(from)].join('\n');
}
