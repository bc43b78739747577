/**
 * The bulk data tables: their names, columns and what each column holds. A column that comes from
 * a schema field names it (`field`), and its description is that field's doc comment in
 * src/model/schema.ts; other columns (addresses, positions, counts) say what they are here.
 * The CSV and JSON files, datapackage.json and the data page are all made from these definitions.
 */
import { AGENDA_ITEMS, ATTENDANCE, ATTENDANCE_MOVEMENTS, MEETINGS, MEMBER_VOTES, MOTIONS, RESOLUTIONS, VOTES } from './meeting-tables.ts';
import { RECOMMENDATIONS, RECOMMENDATION_UPDATES, REPORTS } from './scrutiny-tables.ts';
import { LIST, id, url, type Column, type Table } from './table-columns.ts';

export const TABLES: Table[] = [
  {
    name: 'councils',
    title: 'Councils',
    description: 'Every council the records name, one row each.',
    fullRecords: false,
    primaryKey: ['id'],
    columns: [
      id('Id of the council, as in its page address.'),
      {
        name: 'name',
        type: 'string',
        field: ['councilSchema', 'name'],
        doc: 'Its id when no council record gives a name.',
        required: true,
      },
      { name: 'website', type: 'string', field: ['councilSchema', 'website'] },
      { name: 'licence', type: 'string', field: ['councilSchema', 'licence'] },
      url("the council's page"),
    ],
  },
  {
    name: 'committees',
    title: 'Committees',
    description: 'Every committee, panel and task and finish group the records name, one row each.',
    fullRecords: false,
    primaryKey: ['id'],
    foreignKeys: [{ fields: 'council_id', table: 'councils' }],
    columns: [
      id('Id of the committee (`council/committee`), as in its page address.'),
      {
        name: 'name',
        type: 'string',
        field: ['committeeSchema', 'name'],
        doc: 'Its id when no committee record gives a name.',
        required: true,
      },
      { name: 'council_id', type: 'string', field: ['committeeSchema', 'council'] },
      { name: 'type', type: 'string', field: ['committeeSchema', 'type'], doc: 'Empty when the archive has no record of the committee.' },
      { name: 'parent_id', type: 'string', field: ['committeeSchema', 'parent'] },
      { name: 'description', type: 'string', field: ['committeeSchema', 'description'] },
      { name: 'members', type: 'string', field: ['committeeSchema', 'members'], doc: LIST },
      url("the committee's page"),
    ],
  },
  MEETINGS,
  AGENDA_ITEMS,
  RESOLUTIONS,
  VOTES,
  MOTIONS,
  MEMBER_VOTES,
  ATTENDANCE,
  ATTENDANCE_MOVEMENTS,
  REPORTS,
  RECOMMENDATIONS,
  RECOMMENDATION_UPDATES,
  {
    name: 'people',
    title: 'People',
    description: 'Every person named in the records, names matched as the people pages match them, one row each.',
    fullRecords: false,
    primaryKey: ['id'],
    columns: [
      id('Id of the person, as in their page address.'),
      { name: 'name', type: 'string', field: ['personSchema', 'name'], required: true },
      { name: 'aliases', type: 'string', field: ['personSchema', 'aliases'], doc: LIST },
      { name: 'description', type: 'string', field: ['personSchema', 'description'] },
      {
        name: 'appearance_count',
        type: 'integer',
        doc: 'How many appearances (a role at a meeting, or on a recommendation) the records give.',
        required: true,
      },
      url("the person's page"),
    ],
  },
];

/** A table by name. */
export function table(name: string): Table {
  const found = TABLES.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no open data table ${name}`);
  return found;
}

/** A column's description: its schema field's doc comment, then its own words. Throws when a named field has no comment. */
export function columnDoc(column: Column, docs: Map<string, Map<string, string>>): string {
  let fromSchema: string | null = null;
  if (column.field) {
    const [schema, field] = column.field;
    fromSchema = docs.get(schema)?.get(field) ?? null;
    if (fromSchema === null)
      throw new Error(`open data column ${column.name}: ${schema}.${field} has no doc comment in src/model/schema.ts`);
  }
  return [fromSchema, column.doc].filter((part): part is string => part !== undefined && part !== null).join(' ');
}
