/**
 * What a bulk data table's definition holds (its name, keys and columns), and the column makers
 * and words several groups of tables share (a row's id and address, a list's note). Apart so that
 * each group of tables (tables.ts, meeting-tables.ts, scrutiny-tables.ts) builds on them without
 * importing the list that gathers the groups.
 */

/** Frictionless Table Schema types the columns use. */
export type ColumnType = 'string' | 'integer' | 'boolean' | 'date';

/** A column of a bulk data table. */
export interface Column {
  name: string;
  type: ColumnType;
  /** The schema field it comes from: `[schema const, field]`, e.g. `['meetingSchema', 'venue']`. */
  field?: readonly [string, string];
  /** What it holds, for columns not taken from one field (or added to the field's comment). */
  doc?: string;
  /** True when every row has a value. */
  required?: boolean;
}

/** A bulk data table: a CSV and a JSON file, and a resource of datapackage.json. */
export interface Table {
  /** File name without extension, and the data package resource name. */
  name: string;
  title: string;
  description: string;
  /** Whether its rows need each record's file (read one at a time), not only the summaries. */
  fullRecords: boolean;
  primaryKey: string[];
  /** Columns holding the id of a row in another table. */
  foreignKeys?: { fields: string; table: string }[];
  columns: Column[];
}

/** Added to the description of a column that can hold several values. */
export const LIST = ' Several are a list in the JSON file, and separated by "; " in the CSV file.';
/** The id column of a table whose rows have their own page, described by `doc`. */
export const id = (doc: string): Column => ({ name: 'id', type: 'string', doc, required: true });
/** The address column of a row's page on this site, `what` naming the page. */
export const url = (what: string): Column => ({ name: 'url', type: 'string', doc: `Address of ${what} on this site.`, required: true });
