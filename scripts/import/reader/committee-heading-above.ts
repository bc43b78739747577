/**
 * An opening sentence that names the body short, read back from the heading above it: by the last words of the name the
 * heading prints whole ("Neighbourhood Plan Steering Group" over "… of the Steering Group meeting"), by the heading's last
 * word it repeats ("TAYLORN REGIONAL TRANSPORT PARTNERSHIP" over "… of the PARTNERSHIP BOARD"), or as an organisation's
 * board ("HALWYN HOMES LIMITED" over "MINUTES OF THE BOARD MEETING"). Apart from committee-name.ts, which finds the
 * opening, because joining it to the heading is one job of its own.
 */
import { BODY_AT_END, isDateLine, LABELLED, OPENING } from './title-block-lines.ts';
import { ORGANISATION_WORD } from './person-posts.ts';
import { namesCouncilOnly } from './council-name.ts';
import { wordCase } from './heading-case.ts';
import { squash } from '../text.ts';

/** "Steering Group meeting -": the meeting's word (and a dash before the date) after a body's name in an opening, no part of the name. */
const MEETING_AFTER = /\s+(?:meeting|session)s?(?:\s*[-–—])?$/i;

/** "Board", "the Committee": a body's word alone, which names a body only with the name of whose it is. */
const BARE_BODY = /^(?:(?:the|this)\s+)?(sub-committee|committee|panel|board|forum)$/i;

/** "… Homes Limited", "… Leisure Trust", "… Charity": a heading that names an organisation, whose board may meet. */
const ORGANISATION_END = new RegExp(String.raw`\b${ORGANISATION_WORD}$`, 'i');

/**
 * A heading over an opening that may name whose body met: never a council's name (its "Minutes of the Council Tax Panel"
 * is its own panel's), a label's, a date's or another opening's line.
 */
function mayName(line: string, council: string | null): boolean {
  return (
    !/\bcouncil$/i.test(line) &&
    !(council !== null && namesCouncilOnly(line, council)) &&
    !LABELLED.test(line) &&
    !isDateLine(line) &&
    !OPENING.test(line)
  );
}

/**
 * The nearest line over the opening that is a heading of a name: past a description of the organisation in brackets
 * under its name ("(a company wholly owned by …)"), when it may name whose body met (mayName).
 */
function headingOver(above: string[], council: string | null): string | null {
  const line = above.map(squash).findLast((text) => text !== '' && !/^[([]/.test(text));
  return line !== undefined && /^\p{Lu}/u.test(line) && mayName(line, council) ? line : null;
}

/**
 * "TAYLORN REGIONAL TRANSPORT PARTNERSHIP" over "… of the PARTNERSHIP BOARD", "Kellmoor Combined Authority" over "… of the
 * Authority Overview and Scrutiny Committee": the opening's name opens with the body's word the heading's name ends with,
 * so it is the heading's body's own: the heading's name, then the opening's words after the one repeated.
 */
function repeatsHeadingWord(heading: string, opened: string): string | null {
  const last = /(\S+)$/.exec(heading)?.[1] ?? '';
  const [first = '', ...rest] = squash(opened).split(' ');
  const repeats = rest.length > 0 && first.toLowerCase() === last.toLowerCase() && BODY_AT_END.test(heading);
  return repeats ? `${wordCase(heading)} ${wordCase(rest.join(' '))}` : null;
}

/**
 * The body an opening names short, by the heading above (`above`, the lines over the opening, top to bottom): the heading's
 * name that ends with the opening's words; the heading's name and the opening's own words after a word they share
 * (repeatsHeadingWord); an organisation's board or committee ("HALWYN HOMES LIMITED" over "the Board meeting"), when the
 * opening names a body's word alone. The opening's name as it stands otherwise (`opened`).
 */
export function wholeName(above: string[], opened: string, council: string | null): string {
  const bare = opened.replace(MEETING_AFTER, '');
  const short = squash(bare).toLowerCase();
  const heading = above.map(squash).findLast((line) => line.toLowerCase().endsWith(` ${short}`) && mayName(line, council));
  if (heading !== undefined) return heading;
  const over = headingOver(above, council);
  return (over === null ? null : repeatsHeadingWord(over, bare)) ?? bareBodysOwner(above, bare, council) ?? opened;
}

/**
 * "HALWYN HOMES LIMITED" over "MINUTES OF THE BOARD MEETING", "Ashgrove Leisure Trust" over "Minutes of the meeting of the
 * Board held …": a body's word alone (`bare`, BARE_BODY) under an organisation's name that is no body's (a company, a trust,
 * a charity) is that organisation's board: its name and the word. Null otherwise (then the title block is read as before).
 */
export function bareBodysOwner(above: string[], bare: string | null, council: string | null): string | null {
  const word = bare === null ? undefined : BARE_BODY.exec(squash(bare))?.[1];
  const heading = headingOver(above, council);
  if (word === undefined || heading === null || !ORGANISATION_END.test(heading) || BODY_AT_END.test(heading)) return null;
  return `${wordCase(heading)} ${wordCase(word.toUpperCase())}`;
}
