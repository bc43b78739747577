/** One item's slice of the record, before its text is read: what items.ts and item-table.ts (a table's rows) give. */
export interface ItemSlice {
  number: string | null;
  title: string;
  /** Lines of text after the title. */
  lines: string[];
  /** 0-based index of the item's first line. */
  line: number;
}
