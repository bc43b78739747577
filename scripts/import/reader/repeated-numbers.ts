/**
 * An item's number printed on two items or more ("LR/34 STREET TRADING POLICY" on the first day, "LR/34 STREET TRADING
 * POLICY (CONTINUED)" on the day the meeting reconvened; a misprint repeated): each is kept as an item of its own, in
 * order, its anchor told apart ("item-lr-34-2"); neither is merged into the other nor dropped, and a warning says so,
 * as a reader looking for "LR/34" finds two.
 */

/** An item as its number and title are checked. */
export interface NumberedItem {
  number: string | number | null;
  title: string;
}

/** One warning for each number two items or more print, naming their titles. */
export function repeatedNumberWarnings(items: readonly NumberedItem[]): string[] {
  const titles = new Map<string, string[]>();
  for (const item of items) {
    if (item.number === null || item.number === '') continue;
    const number = String(item.number);
    titles.set(number, [...(titles.get(number) ?? []), item.title]);
  }
  return [...titles]
    .filter(([, named]) => named.length > 1)
    .map(
      ([number, named]) =>
        `item ${number} is numbered twice or more (${named.map((title) => `"${title}"`).join(', ')}): kept as ${named.length === 2 ? 'two' : named.length} items in the order printed, neither merged into another; check the record`,
    );
}
