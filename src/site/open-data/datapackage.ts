/**
 * datapackage.json: a Frictionless Tabular Data Package describing the CSV files, their columns
 * (with the schema's field comments), keys and the councils' licence statements.
 */
import type { Table } from './table-columns.ts';
import { columnDoc } from './tables.ts';
import type { FieldDocs } from './field-docs.ts';

/** Licences we can name in the package (Open Definition ids), by the words councils use. */
const KNOWN_LICENCES: { match: RegExp; name: string; path: string; title: string }[] = [
  {
    match: /open government licen[cs]e(?: v(?:ersion)? ?3(?:\.0)?)?$/i,
    name: 'OGL-UK-3.0',
    path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    title: 'Open Government Licence v3.0',
  },
];

/** A council's licence statement, as the data page and the package give it. */
export interface LicenceStatement {
  council: string;
  licence: string | null;
}

/** The licence to name for the whole package: only when every council states the same known one. */
export function packageLicence(statements: LicenceStatement[]): { name: string; path: string; title: string } | null {
  const texts = new Set(statements.map((s) => s.licence));
  if (texts.size !== 1) return null;
  const [only] = [...texts];
  if (only === null || only === undefined) return null;
  const known = KNOWN_LICENCES.find((licence) => licence.match.test(only.trim()));
  return known ? { name: known.name, path: known.path, title: known.title } : null;
}

/** One sentence per council on the licence of its records. */
export function licenceSentences(statements: LicenceStatement[]): string[] {
  return statements.map((s) =>
    s.licence === null ? `${s.council}: the council's records do not state a licence.` : `${s.council}: ${s.licence}.`,
  );
}

/** The Data Package descriptor for `tables`, CSV paths relative to the descriptor (`csv/<table>.csv`). */
export function dataPackage(tables: Table[], docs: FieldDocs, statements: LicenceStatement[], homepage: string): Record<string, unknown> {
  const licence = packageLicence(statements);
  return {
    profile: 'tabular-data-package',
    name: 'scrutiny-archive',
    title: 'Scrutiny archive: UK council scrutiny meetings, reports and recommendations',
    description: [
      'Public records of UK council scrutiny as the councils published them; what a record does not state is empty.',
      'Licences of the source records:',
      ...licenceSentences(statements),
    ].join(' '),
    homepage,
    ...(licence ? { licenses: [licence] } : {}),
    resources: tables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `csv/${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: table.columns.map((column) => ({
          name: column.name,
          type: column.type,
          description: columnDoc(column, docs),
          ...(column.required ? { constraints: { required: true } } : {}),
        })),
        missingValues: [''],
        ...(table.primaryKey.length > 0 ? { primaryKey: table.primaryKey } : {}),
        ...(table.foreignKeys
          ? { foreignKeys: table.foreignKeys.map((key) => ({ fields: key.fields, reference: { resource: key.table, fields: 'id' } })) }
          : {}),
      },
    })),
  };
}
