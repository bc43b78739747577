/**
 * What a parser returns: records bound for one collection each, with an id that is
 * also their path under the content root (`meetings/thurrock-council/.../2017-07-11.md`).
 */
import type { z } from 'astro/zod';
import type {
  Attendance,
  CollectionName,
  collections,
  CommitteeType,
  meetingStatus,
  SourceFileType,
  SourceFormat,
} from '../../src/model/schema.ts';

/**
 * A part's heading printed between a meeting's items, over the items below it ("PART B – RECOMMENDATIONS TO THE COUNCIL",
 * "PART 2 – THURSDAY 12 MARCH 2026"), with the number of the first item it heads. No field of the meeting's record holds it.
 */
export interface HeadingBetweenItems {
  /** The heading as printed, on one line. */
  heading: string;
  /** The number of the first item under it, as that item's `number`. */
  item: string;
}

/** A record bound for one collection: its frontmatter is that collection's schema input. */
export interface RecordOf<C extends CollectionName> {
  /** Collection (folder under the content root). */
  collection: C;
  /** Id within the collection, `/`-separated slugs. */
  id: string;
  /** Frontmatter, before schema defaults are applied. */
  data: z.input<(typeof collections)[C]>;
  /** Markdown body (report and recommendation text); empty for most records. */
  body: string;
  /**
   * A meeting's only, and only when the general reader found any: the part headings between its items, in order, for the
   * passes after the reader (the recommendation pass reads whom "PART B – RECOMMENDATIONS TO THE COUNCIL" names). Never
   * written: no field of the record holds a heading, and the meeting's warnings say so.
   */
  headingsBetweenItems?: C extends 'meetings' ? readonly HeadingBetweenItems[] : never;
}

/** Any record a parser returns: a union keyed by collection, so `data` is typed once `collection` is known. */
export type ImportRecord = { [C in CollectionName]: RecordOf<C> }[CollectionName];

/** A parser's output for one source file. */
export interface ParsedSource {
  records: ImportRecord[];
}

/** Metadata that the text may not state: from a YAML header on the raw file or from flags. */
export interface SourceMeta {
  council?: string | undefined;
  committee?: string | undefined;
  committeeType?: CommitteeType | undefined;
  parentCommittee?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
}

/** What a record's `dateNote` says of a date the text does not state, given in the source header or on the command line. */
export const HEADER_DATE_NOTE = 'Given in the source header or on the command line, not in the record text.';

/**
 * A web page, HTML or Markdown, whose text its format's reader wrote (formats/html-text.ts, formats/markdown-text.ts):
 * a table's row is one whole line, and no line numbers, Welsh column or subtitles of a printed page are left in it.
 */
export const readAsPage = (fileType: SourceFileType | undefined): boolean => fileType === 'html' || fileType === 'markdown';

/** What a parser needs besides the text. */
export interface ParseContext {
  /** Source path relative to the project root, for provenance and messages. */
  file: string;
  /** Metadata from header and flags; flags win. */
  meta: SourceMeta;
  /** The kind of file the text came from ("text" when not said): a web page's table gives each row whole (readAsPage), a text export may wrap one. */
  fileType?: SourceFileType | undefined;
}

/** A layout the importer reads. */
export interface Parser {
  /** Layout name, stored in each record's provenance. */
  format: SourceFormat;
  /** What a person calls this layout, for messages. */
  label: string;
  /** True when the text is in this layout. */
  detect(text: string): boolean;
  /** Text in, records out; throws ImportError on text it cannot parse. */
  parse(text: string, context: ParseContext): ParsedSource;
}

/** A problem in the input that stops the import: names the file, the line and the fix. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, line: number | null, problem: string, fix: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}. ${fix}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}

/** A meeting's status as the schema knows it. */
export type MeetingStatus = z.infer<typeof meetingStatus>;

/**
 * How much a meeting record holds: minutes over an agenda over a date in the calendar. A notice that the meeting is
 * cancelled outranks its agenda (it is the later word), but minutes say it was held after all.
 */
const STATUS_RANK: Record<MeetingStatus, number> = { scheduled: 0, agenda: 1, cancelled: 2, minutes: 3 };

export function meetingStatusRank(status: MeetingStatus): number {
  return STATUS_RANK[status];
}

/** What a meeting record holds, for telling a fuller record from a thinner one. */
export interface MeetingHolding {
  status: MeetingStatus;
  /** How many agenda items it holds. */
  items: number;
}

/**
 * Whether `a` holds more of a meeting than `b`: minutes over an agenda over a date in the
 * calendar, and at the same stage more agenda items (a whole meeting over one of its items).
 */
export function holdsMore(a: MeetingHolding, b: MeetingHolding): boolean {
  const rank = meetingStatusRank(a.status) - meetingStatusRank(b.status);
  return rank !== 0 ? rank > 0 : a.items > b.items;
}

/** What a meeting record holds, for `holdsMore`. */
export function meetingHolding(record: RecordOf<'meetings'>): MeetingHolding {
  return { status: record.data.status, items: record.data.items?.length ?? 0 };
}

/** Whether an attendance names anyone, in any of its lists. */
export function listsAnyone(attendance: { readonly [List in keyof Attendance]?: readonly string[] | undefined }): boolean {
  return Object.values(attendance).some((names) => (names ?? []).length > 0);
}

/** The records of one collection, typed as such. */
export function recordsIn<C extends CollectionName>(records: readonly ImportRecord[], collection: C): RecordOf<C>[] {
  return records.filter((record): record is Extract<ImportRecord, RecordOf<C>> => record.collection === collection) as RecordOf<C>[];
}
