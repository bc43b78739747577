/** One item's slice of the record, before its text is read: what items.ts and item-table.ts (a table's rows) give. */
export interface ItemSlice {
  number: string | null;
  title: string;
  /** Lines of text after the title. */
  lines: string[];
  /** 0-based index of the item's first line. */
  line: number;
  /**
   * "19:20 – 19:45": the time printed before the item's number in a timed agenda. The schema has no field for an
   * item's time, so item-text.ts puts it first in the item's text, a paragraph of its own; never in the title.
   */
  stamp?: string;
  /**
   * Lines the minutes keep as printed that the decision and vote readers take in other words: a resolution register's
   * row (item-table.ts), its cells under their headings, read as "Resolution: …" and "Proposed by DR, seconded by EA.
   * 5 for, …". Matched by their text, so they hold wherever the line moves; item-text.ts gives the readers `read`.
   */
  readAs?: ReadAs[];
}

/** A line of an item as printed (`printed`, what the minutes keep) and in the words a reader reads it (`read`). */
export interface ReadAs {
  printed: string;
  read: string;
}
