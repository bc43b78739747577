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
}
