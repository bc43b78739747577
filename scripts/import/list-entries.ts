/**
 * A list entry's line: the number, letter or bullet that opens it (Word's "o" bullet among them) and its text; and the
 * joiners that link a list's points ("; and"). Apart from the resolution block (resolution-block-lines.ts) as the
 * decision, vote and forward plan readers read list entries so too.
 */
import { BULLET_MARK, endsWithListColon, LABEL, labelOf, RECOMMENDATION_LABEL } from './list-marks.ts';
import { squash } from './text.ts';

/** A list entry: its label (list-marks.ts) or its bullet, then its text in group 5. */
export const ENTRY = new RegExp(String.raw`^\s*(?:${LABEL}|${RECOMMENDATION_LABEL}|${BULLET_MARK})\s+(.*)$`);
/** True when a line opens with a list entry's number, letter or numeral ("b) the precept …", "(ii) …", "7.1 …"). */
export const opensLabelledEntry = (line: string): boolean => labelOf(line) !== undefined;
/** Word's second-level bullet as a text export prints it: a letter "o", a space or tab, a capital ("o That the report be noted"). */
const LETTER_BULLET = /^\s*o\s+(?=[A-Z])/;

/**
 * True when a line opens with Word's "o" bullet: only where a list can open or go on (the line before is
 * blank, ends a sentence or a lead-in, or opens with the bullet too), so a wrapped line of Welsh prose
 * ("… a chroesawodd aelodau" then "o Gyngor Sir …") is never one, nor "O'Neill" or "O Brien".
 */
function opensWithLetterBullet(line: string, before: string | undefined): boolean {
  if (!LETTER_BULLET.test(line)) return false;
  const previous = (before ?? '').trim();
  return previous === '' || /[.;!?]$/.test(previous) || endsWithListColon(previous) || LETTER_BULLET.test(previous);
}

/** A line's text after Word's "o" bullet when it opens with one (see opensWithLetterBullet); null otherwise. */
export function letterBulletEntry(line: string, before: string | undefined): string | null {
  return opensWithLetterBullet(line, before) ? line.replace(LETTER_BULLET, '') : null;
}

/** The text with each of Word's "o" bullets that opens a line taken off (the lines kept), so a sentence ends before one. */
export function withoutLetterBullets(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, at) => letterBulletEntry(line, lines[at - 1]) ?? line).join('\n');
}

/** A line's text without the bullet, number or letter that opens it as a list entry; null when none does. */
export function listEntryText(line: string, before: string | undefined): string | null {
  return ENTRY.exec(line)?.[5] ?? letterBulletEntry(line, before);
}

/** Trailing joiners that only link list entries: "; and", ";", ", and". The decision reader's grants list tidies its entries so too. */
export function tidy(entry: string): string {
  return squash(entry)
    .replace(/\s*(?:;|,)\s*(?:and|or)?\s*$/i, '')
    .replace(/\s+and$/i, '')
    .trim();
}

/** "; and", "; or": what joins a list's last point to the point before it. */
const JOINS_LAST = /;\s*(?:and|or)\s*$/i;

/**
 * True when a line under a list's last point is prose after the list, no part of the point: the point before
 * it ends with "; and" (so this one is the last), this one has ended its sentence, and the line opens another
 * with a capital ("(b) he attend training within three months." over "A decision notice will be published.").
 * The decision reader's lower-case lists (decisions.ts) end their last point so too.
 */
export function endsLastPoint(before: string, point: string, line: string): boolean {
  return JOINS_LAST.test(before.trim()) && /[.!?]["”’)]?$/.test(point.trim()) && /^\s*\p{Lu}/u.test(line);
}

/**
 * Points run on after what leads into them, each with its label as printed, parted by semicolons, a stop only after the
 * last: "(a) the budget; (b) the precept." (a bullet's point has no label: '').
 */
export function pointsRunOn(points: readonly { label: string; text: string }[]): string {
  return points
    .map(({ label, text }, at) => {
      const point = [label, tidy(text)].filter(Boolean).join(' ');
      return at < points.length - 1 ? point.replace(/\.$/, '') : point;
    })
    .join('; ');
}
