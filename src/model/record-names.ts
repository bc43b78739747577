/**
 * Which file names are record ids. A record's id is its path below its collection folder and
 * becomes its page's URL, so every folder and file name must be a lower-case slug, exactly as
 * `slugify` writes it: `Ray Gooding.md` beside `ray-gooding.md` would be one person twice,
 * `Copy of 2017-07-11.md` a second meeting, and `a#b?c.md` a page no link can reach.
 */
import { isCalendarDate } from './calendar.ts';
import type { CollectionName } from './schema.ts';

/** One folder or file name of a record id: lower-case letters and digits, words joined by single `-`. */
export const SLUG_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Names of a meeting's file: its date, or `undated-<hash>` when the date is not stated. */
const UNDATED = /^undated-[0-9a-f]+$/;

/**
 * "2024-05-14-ordinary-meeting": a body's second meeting on one day (an annual meeting then an ordinary one, minuted in
 * one file), its date then its own name's slug, so the two do not share one file.
 */
const DAY_PART = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The date a meeting's file name carries ("2024-05-14", or "2024-05-14" of "2024-05-14-ordinary-meeting"); null when undated. */
export function meetingDay(last: string): string | null {
  const day = DAY_PART.exec(last)?.[1] ?? last;
  return isCalendarDate(day) ? day : null;
}

/** How many names a record id has in each collection; absent where the depth may vary. */
const DEPTH: Partial<Record<CollectionName, { segments: number; shape: string }>> = {
  councils: { segments: 1, shape: '<council>.md' },
  committees: { segments: 2, shape: '<council>/<committee>.md' },
  meetings: { segments: 3, shape: '<council>/<committee>/<YYYY-MM-DD>.md' },
  people: { segments: 1, shape: '<person>.md' },
};

/** A slug for a name that is not one: what to rename it to in a message. */
function suggestion(segment: string): string {
  const slug = segment
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'a name of lower-case letters and digits joined by -' : `"${slug}"`;
}

/**
 * What is wrong with a record file's name (its path below the collection folder, `/` or `\`
 * separated, with `.md`), as "problem. fix"; null when it is a good record id.
 */
export function recordNameProblem(collection: CollectionName, name: string): string | null {
  const path = name.split('\\').join('/');
  if (!path.endsWith('.md')) return `the file name must end in ".md" (lower case). Rename it to end in ".md"`;
  const segments = path.slice(0, -3).split('/');
  const last = segments.at(-1) ?? '';
  // A meeting's own name is its date: any other name, slug or not, gets that advice.
  const named = collection === 'meetings' ? segments.slice(0, -1) : segments;
  for (const segment of named) {
    if (!SLUG_SEGMENT.test(segment))
      return (
        `"${segment}" is not a record name: names are lower-case letters and digits joined by single "-" (they become the page's address). ` +
        `Rename it to ${suggestion(segment)}, or delete it if it is a copy of another record`
      );
  }
  if (collection === 'meetings' && meetingDay(last) === null && !UNDATED.test(last))
    return `"${last}" is not a meeting's name: a meeting file is named by its date, YYYY-MM-DD.md (YYYY-MM-DD-<name>.md for a body's second meeting that day, or undated-<hash>.md when the date is not stated). Rename it, or delete it if it is a copy of another meeting`;
  const depth = DEPTH[collection];
  if (depth !== undefined && segments.length !== depth.segments)
    return `a ${collection} record is filed as ${collection}/${depth.shape}. Move it there`;
  return null;
}
