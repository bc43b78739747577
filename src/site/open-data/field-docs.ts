/**
 * The doc comment of every field in src/model/schema.ts, read from its source: the data page and
 * datapackage.json describe each column with the comment on the schema field it comes from, so the
 * documentation cannot drift from the model.
 */
// The schema's source text, bundled by Vite at build time (so the build need not run in the project folder).
import schemaSource from '../../model/schema.ts?raw';

/** Field comments by schema name (`meetingSchema`, `agendaItem`, …) and field name. */
export type FieldDocs = Map<string, Map<string, string>>;

/** Doc comments of the fields of each `const name = z.object({`, `.extend({` or `= {` block of the source. */
export function fieldDocs(source: string): FieldDocs {
  const docs: FieldDocs = new Map();
  let current: Map<string, string> | null = null;
  let comment: string[] | null = null;
  let pending: string | null = null;
  for (const line of source.split('\n')) {
    const start = /^(?:export )?const (\w+) = (?:z\s*\.object\(\{|.*\.extend\(\{|\{)\s*$/.exec(line);
    if (start) {
      current = new Map();
      docs.set(start[1] ?? '', current);
      pending = null;
      continue;
    }
    if (current === null) continue;
    if (/^\}/.test(line)) {
      current = null;
      continue;
    }
    const trimmed = line.trim();
    if (comment !== null) {
      const end = trimmed.indexOf('*/');
      comment.push(trimmed.slice(0, end === -1 ? undefined : end).replace(/^\*\s?/, ''));
      if (end !== -1) {
        pending = comment.join(' ').trim();
        comment = null;
      }
      continue;
    }
    const oneLine = /^\/\*\*\s*(.*?)\s*\*\/$/.exec(trimmed);
    if (oneLine) {
      pending = oneLine[1] ?? '';
      continue;
    }
    if (trimmed.startsWith('/**')) {
      comment = [trimmed.slice(3).trim()];
      continue;
    }
    const field = /^(\w+): /.exec(trimmed);
    if (field && pending !== null) current.set(field[1] ?? '', pending);
    pending = null;
  }
  return docs;
}

let loaded: FieldDocs | undefined;

/** The field comments of the project's schema, read once. */
export function schemaDocs(): FieldDocs {
  loaded ??= fieldDocs(schemaSource);
  return loaded;
}
