/**
 * Turns corpus results into the lines `npm run corpus` prints and the `--json` summary. Pure, so
 * the wording can be tested without running the importer.
 */
import type { FieldResult } from './score.ts';
import { share, type RecordResult, type SetResult } from './run.ts';

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fieldName(field: FieldResult, meetings: number): string {
  return meetings > 1 ? `m${field.meeting + 1}.${field.field}` : field.field;
}

/** "missed: ..." for a record that was scored, or the importer's message for one that was not. */
function missed(record: RecordResult): string {
  if (record.status !== 'ok') return `${record.message ?? ''}`.slice(0, 160);
  const wrong = record.fields.filter((field) => !field.right);
  if (wrong.length === 0) return '';
  const meetings = new Set(record.fields.map((field) => field.meeting)).size;
  const parts = wrong.map((field) => `${fieldName(field, meetings)} (expected ${show(field.expected)}, got ${show(field.got)})`);
  return `missed: ${parts.join(', ')}`;
}

/** One line per record: `NN  right/labelled  status  missed: ...`, with the text twin's score when given. */
export function recordLine(record: RecordResult, twin?: RecordResult): string {
  const score = `${record.right}/${record.labelled}`.padStart(5);
  const beside = twin ? `  (text ${twin.right}/${twin.labelled})` : '';
  return `${record.id}  ${score}  ${record.status.padEnd(7)}${beside}  ${missed(record)}`.trimEnd();
}

/** `text: 123/184 fields (66.8%), 0 refused, 0 crashed` */
export function totalLine(result: SetResult): string {
  const percent = (share(result) * 100).toFixed(1);
  return `${result.set}: ${result.right}/${result.labelled} fields (${percent}%), ${result.refused} refused, ${result.crashed} crashed`;
}

/** The whole printed report: each set's records, then its total. */
export function textReport(results: readonly SetResult[]): string {
  const text = results.find((result) => result.set === 'text');
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.set}:`);
    for (const record of result.records) {
      const twin = result.set === 'original' ? text?.records.find((other) => other.id === record.id) : undefined;
      lines.push(recordLine(record, twin));
    }
    lines.push(totalLine(result), '');
  }
  return lines.join('\n').trimEnd();
}

/** The `--json` summary: per record its file, status, score and fields; totals per set. */
export function jsonReport(results: readonly SetResult[]): object {
  return {
    sets: Object.fromEntries(
      results.map((result) => [
        result.set,
        {
          right: result.right,
          labelled: result.labelled,
          share: Number(share(result).toFixed(4)),
          refused: result.refused,
          crashed: result.crashed,
          records: result.records.map((record) => ({
            id: record.id,
            file: record.file,
            status: record.status,
            ...(record.message === undefined ? {} : { message: record.message }),
            right: record.right,
            labelled: record.labelled,
            fields: record.fields,
          })),
        },
      ]),
    ),
  };
}
