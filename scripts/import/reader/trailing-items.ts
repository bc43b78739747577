/**
 * What minutes set apart under their last item's text, no part of it: an action log, a heading alone ("ACTION LOG",
 * "Actions arising") over a table of the actions (No. | Action | Owner | Due | Status). It is not what was said or
 * decided under that item (any other business, as a rule). The schema has no field for it, so it becomes an item of its
 * own, unnumbered and titled as printed, its text as printed: the log stays a table (toMarkdown), its rows never read as
 * actions or decisions. The next meeting's line there is the meeting's closing note (next-meeting-note.ts).
 */
import { squash } from '../text.ts';
import type { ItemSlice } from './item-slice.ts';

/**
 * "ACTION LOG", "Actions arising", "Schedule of actions": a log of actions' heading; "Action" alone heads a column of who
 * acts. What it adds in brackets or after a dash says which actions it lists ("ACTION LOG (open actions)", "Actions
 * arising - carried forward") and is kept in its title.
 */
const ACTION_LOG_HEADING =
  /^(?:actions?\s+(?:log|tracker|list|sheet|schedule|register|arising)|(?:schedule|log|list|summary)\s+of\s+actions|outstanding\s+actions)(?:\s*\([^()]{1,40}\)|\s+[-–—]\s+[^()]{1,40})?$/i;
/** Fewest lines of a log's table: its header and two rows, as a tab-parted table is read (minutes-markdown.ts). */
const TABLE_LINES = 3;

const blank = (line: string | undefined): boolean => (line ?? '').trim() === '';

/** The index of an action log's heading in the lines, over a table to the end (blank lines aside); -1 when none. */
function actionLogAt(lines: readonly string[]): number {
  const at = lines.findIndex((line, index) => ACTION_LOG_HEADING.test(squash(line)) && index > 0 && blank(lines[index - 1]));
  if (at === -1) return -1;
  const below = lines.slice(at + 1).filter((line) => !blank(line));
  return below.length >= TABLE_LINES && below.every((line) => line.includes('\t')) ? at : -1;
}

/** The lines from `at` as an unnumbered item titled by its first line's words (`title`), its text the rest. */
function itemFrom(last: ItemSlice, at: number, title: string, text: string[]): ItemSlice {
  return { number: null, title, lines: text, line: last.line + 1 + at };
}

/**
 * The action log taken out of the last item's text (see the module's comment), as the foot's other takers take theirs
 * (last-item-foot.ts's takeAfterClose): the item it makes, to go after it; none when the last item ends on none.
 */
export function takeTrailingItems(slices: ItemSlice[]): ItemSlice[] {
  const last = slices.at(-1);
  if (last === undefined) return [];
  const added: ItemSlice[] = [];
  const log = actionLogAt(last.lines);
  if (log !== -1) {
    added.unshift(itemFrom(last, log, squash(last.lines[log] ?? ''), last.lines.slice(log + 1)));
    last.lines = last.lines.slice(0, log);
  }
  return added;
}

/**
 * A warning for each action log made an item of its own: the record model holds no meeting's actions, so its rows stay
 * the item's table, read by no field.
 */
export function trailingWarnings(added: readonly ItemSlice[]): string[] {
  return added.map(
    (item) =>
      `the action log "${item.title}" under the last item is kept as an item of its own, its table as printed: no field holds a meeting's actions`,
  );
}
