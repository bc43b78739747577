/**
 * Where the meeting sat, as its header says: a "Venue:" label, a place line under or over the date, the place after a
 * span of times, after "held at" or after the opening sentence's time or date, wrapped or run on to the next line.
 * Apart from header.ts because reading a place is one job of its own.
 */
import { BODY_AT_END, BODY_WORD, HELD_ON, isDateLine, isOpeningLine, LABEL, OPENING, VENUE_LABEL } from './title-block-lines.ts';
import { placedSpan } from './header-times.ts';
import { isTitledDateLine, namesDocument } from './document-heading.ts';
import { CLOCK_TIME, findDates } from '../../../src/model/dates.ts';
import { HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { squash } from '../text.ts';

/** Words that name a place to meet, for a title block's line that names the venue and nothing else. */
const PLACE_WORD =
  /\b(?:Hall|Chamber|Rooms?|Centre|Center|Offices|House|Headquarters|Library|Pavilion|Institute|Suite|Guildhall|Microsoft\s+Teams|Zoom)\b/i;
/** A time of day, a comma, and what follows it on the line. */
const TIME_THEN_PLACE = /(?:\d\s*[ap]\.?m\.?|\b\d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours))?)\s*,\s*(?:(?:at|in)\s+)?(?:the\s+)?(\S.*)$/i;
/** "IN COMMITTEE ROOMS 3&4, COUNCIL HOUSE", "held at the Town Hall, Westhaven.": a venue line that says it is one. */
const IN_PLACE = /^(?:held\s+)?(?:in|at)\s+(?:the\s+)?/i;

/** The line under a title block's date line that names a place ("Hove Town Hall - Council Chamber", "IN COMMITTEE ROOM 2"). */
function venueUnderDate(lines: string[]): string | null {
  const at = lines.findIndex((line) => isDateLine(line) || isTitledDateLine(line));
  // Or under an opening that dates the meeting: "Minutes of the meeting held on Wednesday 19 March 2025 at 5.30 pm" over "in the Thames Room, …".
  // Or under "held on Thursday 6 March 2025 at 6.00 pm in the …", an opening's second line under the body's name.
  const opening = lines.findIndex(
    (line) => (isOpeningLine(line) || HELD_ON.test(line)) && findDates(line).some((found) => found.yearStated),
  );
  const wrapped = opening === -1 ? null : wrappedPlace(lines[opening] ?? '', lines[opening + 1] ?? '');
  if (wrapped) return wrapped;
  const runOn = opening === -1 ? null : placeRunOn(lines[opening] ?? '', lines[opening + 1] ?? '');
  if (runOn) return runOn;
  const under = [at, opening]
    .filter((index) => index !== -1)
    .map((index) => lines[index + 1] ?? '')
    .find(isPlaceLine);
  if (under) return placeOnly(under);
  if (at === -1) return null;
  // "Town Hall, Harlow Green" over the date, under the body's name.
  const above = lines[at - 1] ?? '';
  return at > 0 && isVenueAbove(above) ? above.replace(IN_PLACE, '') : null;
}

/** "at 7.00pm in the Committee Room, …" under the dated opening: the time the sentence goes on with is the start, no part of the place. */
const TIME_BEFORE_PLACE = new RegExp(String.raw`^(?:at\s+)?(?:${CLOCK_TIME})\s*,?\s*(?=(?:in|at)\s)`, 'i');

/**
 * "the Village Hall, Church Street, at 7.00pm, followed by the Ordinary Meeting.": the place alone, without the time after it
 * (and what follows the time), its "in the" or "the", or its stop.
 */
function placeOnly(line: string): string {
  // "reconvened on Tuesday 11 March 2025 at 6.00 pm, Committee Room 3, Town Hall": a later sitting's day and time before
  // the place, as an adjourned meeting's opening goes on; the place is after them.
  const dated = findDates(line)[0];
  const afterDay = dated === undefined ? undefined : TIME_THEN_PLACE.exec(line.slice(dated.index))?.[1];
  if (afterDay !== undefined && PLACE_WORD.test(afterDay)) return placeOnly(afterDay);
  const place = line
    .replace(new RegExp(`${TIME_AFTER_PLACE}.*$`, 'i'), '')
    .replace(TIME_BEFORE_PLACE, '')
    .replace(IN_PLACE, '');
  return squash(place.replace(/^the\s+/i, '')).replace(/[.,;:]$/, '');
}

/** "7.00pm at Westcote Town Hall, …": a place after the clock time, to the sentence's end. */
const PLACE_AFTER_CLOCK = /\d\s*[ap]\.?m\.?\s+(?:at|in)\s+(?:the\s+)?(.+?)(?:\.\s|\.$|$)/i;

/** The place an opening sentence begins after its time or its date: "… at 7.00pm at Westcote Town", "… 2025 in the Council Chamber, Carrow Civic". */
function placeBegun(text: string): string | null {
  return (PLACE_AFTER_CLOCK.exec(text) ?? HELD_ON_DATE_AT_PLACE.exec(text))?.[1] ?? null;
}

/**
 * "Dock Street, Tynemouth Quay" under "… at Harbourside Studios,": a line that may go on with a place left open at a comma; no
 * label, date, body, person or numbered heading of its own.
 */
function goesOnWithPlace(line: string): boolean {
  const text = line.trim();
  const named = new RegExp(String.raw`^(?:${HONORIFIC_SOURCE})\s`, 'i').test(text);
  return !text.includes(':') && !BODY_WORD.test(text) && !isDateLine(text) && !OPENING.test(text) && !/^\W*\d/.test(text) && !named;
}

/**
 * "… held on Wednesday 26 February 2025 at 7.00pm at Westcote Town" over "Hall, Church Lane, London W99 4XY", "… in the Council
 * Chamber, Carrow Civic" over "Centre and by remote video link": the opening sentence's place, which it begins after the time
 * or date and wraps onto the line under it; read whole from the two lines joined. The line under goes on with it when it names
 * a place, or when the place is left open at a comma ("at Harbourside Studios," over "Dock Street, Tynemouth Quay").
 */
function wrappedPlace(opening: string, under: string): string | null {
  const begun = placeBegun(squash(opening));
  if (begun === null || /[.:;]\s*$/.test(opening)) return null;
  const leftOpen = /,$/.test(begun) && goesOnWithPlace(under);
  if (!isPlaceLine(under) && !leftOpen) return null;
  const place = placeBegun(squash(`${opening} ${under}`)) ?? '';
  return place !== '' && (leftOpen || PLACE_WORD.test(place)) ? placeOnly(place) : null;
}

/** "in the Youth Hub, …", "at Ashby Library": the opening sentence going on, in lower case, to a place it names. */
const RUNS_ON_TO_PLACE = /^(?:in|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Minutes of the meeting held on Monday 24 February 2025 at 5.00 pm" over "in the Youth Hub, 12 Canal Street": the
 * sentence runs on to its place, which is the venue whatever it is called (no place word needed); not after a stop.
 */
function placeRunOn(opening: string, under: string): string | null {
  const line = under.trim();
  if (/[.:;]\s*$/.test(opening.trim()) || !RUNS_ON_TO_PLACE.test(line) || line.includes(':') || isDateLine(line)) return null;
  return placeOnly(line) || null;
}

/**
 * The end of a line that runs on into the date under it: a comma, "on", a weekday ("Headquarters, Kinlochard on Tuesday,"
 * over "14 May 2024 at 10.00 a.m."): a sentence wrapped, whose place the whole sentence gives ("held in …").
 */
const RUNS_INTO_DATE = /(?:,|\bon|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)$/i;

/** A place named on the line over the date, not a body whose name has a place in it ("Village Hall Committee"), nor a wrapped sentence's middle. */
export function isVenueAbove(line: string): boolean {
  return isPlaceLine(line) && !BODY_AT_END.test(line) && !RUNS_INTO_DATE.test(line.trim());
}

/**
 * True for the venue's own line ("Council Chamber, Council Offices, Kirkvoe."), which the header read as `venue`: a place
 * and nothing else, so no leftover prose though it ends with a stop.
 */
export function isVenueLine(line: string, venue: string): boolean {
  return isPlaceLine(squash(line)) && placeOnly(squash(line)) === venue;
}

/** A line beside the date that names a place and nothing else; a number may name a room ("Committee Room 2"), but a line that opens with one is an item or a date. */
function isPlaceLine(line: string): boolean {
  const led = IN_PLACE.test(line);
  return PLACE_WORD.test(line) && !line.includes(':') && !OPENING.test(line) && (led || !/^\W*\d/.test(line)) && !isDateLine(line);
}

/** "… at Greystone Academy, Lowfield" over "Meeting commenced at 8.00 am": when it began ends the place named above it. */
const STARTED = String.raw`\s+(?:the\s+)?meeting\s+(?:commenced|started|began)\b.*`;
/** ", commencing at 7.00 pm", " commencing 7pm", " at 7pm", " from 10am": the time after a place, which ends it. Regex source. */
const TIME_AFTER_PLACE = String.raw`,?\s+(?:at|from|commencing(?:\s+at)?)\s+\d`;
/** "held at the Village Hall, Upton on …": the place straight after "held at", up to the date, time or stop. */
const HELD_AT_PLACE = new RegExp(
  String.raw`\bheld\s+(?:at|in|via)\s+(?!\d)(?:the\s+)?(.+?)(?:\s+on\b|${TIME_AFTER_PLACE}|${STARTED}|\.\s|\.$|$)`,
  'i',
);
/**
 * Welsh "a gynhaliwyd yn Siambr y Cyngor, Llanfeirion ddydd Mawrth, …" ("held in … on Tuesday"): the place after "a gynhaliwyd
 * yn", up to the day ("ddydd", "nos"), "ar" (on), "am" (at) before a time, or the stop.
 */
const WELSH_HELD_IN = /\ba\s+gynhaliwyd\s+yn\s+(?!\d)(.+?)(?:,?\s+(?:(?:ar\s+)?(?:ddydd|dydd|nos)|ar|am(?=\s+\d))\b|\.\s|\.$|$)/i;
/** "held on Monday 13th January 2025 at the Village Hall": the place after the date's year. */
const HELD_ON_DATE_AT_PLACE = new RegExp(
  String.raw`\bheld\s+(?:at\s+\d|on\b).{0,60}?\b(?:19|20)\d{2},?\s+(?:at|in)\s+(?!\d)(?:the\s+)?(.+?)(?:${TIME_AFTER_PLACE}.*|${STARTED}|\.\s.*|\.$|$)`,
  'i',
);

/**
 * The venue: a "Venue:" label's anywhere above the first item, else a place the title block (`titleLines`, above the
 * attendance) or the record's opening sentence names. Below the attendance is prose, and with no item found, the whole record ("the charge is held
 * at £45 for 2024/25" in an item's minutes is no place to meet). With it, `startsAfter`: "immediately after the ordinary
 * meeting of the Town Council" after the place (AFTER_ANOTHER), when the meeting began, which no field holds; null when none.
 */
export function venueFrom(lines: string[], titleLines: string[]): { venue: string | null; startsAfter: string | null } {
  const written = venueWritten(lines, titleLines);
  const after = written === null ? null : AFTER_ANOTHER.exec(written);
  if (written === null || after === null) return { venue: written, startsAfter: null };
  return { venue: written.slice(0, after.index).replace(/[,;:]$/, '') || null, startsAfter: squash(after[1] ?? '') };
}

/**
 * ", immediately after the ordinary meeting of the Town Council", ", following the Annual Town Meeting", ", on the rising
 * of the Licensing Committee", ", at the conclusion of the Planning Committee": when a meeting held straight after another
 * began, said after its place, no part of it. Group 1 is the wording, to the place's end (the next comma or stop);
 * "following" or "after" alone only before another meeting or body ("following the Annual Town Meeting").
 */
const AFTER_ANOTHER =
  /,?\s+((?:immediately\s+(?:after|following)|(?:after|following)(?=\s+the\s+[^,.;]{0,80}?\b(?:meeting|committee|council|panel|board)\b)|on\s+the\s+rising\s+of|at\s+the\s+(?:close|conclusion|end)\s+of)\s+[^,.;]+)/i;

/** The venue as the record writes it, any words after the place (AFTER_ANOTHER) still on it; see venueFrom. */
function venueWritten(lines: string[], titleLines: string[]): string | null {
  for (const [index, line] of lines.entries()) {
    const labelled = LABEL.exec(line);
    if (!labelled || !VENUE_LABEL.test(labelled[1] ?? '')) continue;
    // "Venue:" alone over its value, as a form's label cell prints it.
    const next = lines[index + 1] ?? '';
    const value = squash(labelled[2] ?? '') || (LABEL.test(next) ? '' : squash(next));
    return value.replace(/\.$/, '') || null;
  }
  // A record's opening sentence below a table the attendance reader took rows of ("Table of Key Adoptions" over
  // "MINUTES OF THE PROCEEDINGS … HELD IN THE COUNCIL CHAMBER …") is still the title block's, wherever it stands.
  return placeNamed(titleLines) ?? placeNamed(lines.filter(isOpeningLine));
}

/**
 * "Thursday 16 January 2025, 7.00pm, Parish Office, Hartwell Magna", "Tuesday 4 March 2025 – 7.30pm – at the Old Forge": the
 * time straight after the date, then a comma or a dash, then the rest of the line. Regex source, after the date.
 */
const DATED_TIME_THEN_REST = new RegExp(
  String.raw`^\s*(?:,|\s[-–—]|\bat\b)?\s*(?:${CLOCK_TIME})\s*(?:,|\s[-–—])\s*(?:(?:at|in)\s+)?(?:the\s+)?(\S.*?)[.,;]?$`,
  'i',
);

/**
 * A title block's one line of date, time and place, each parted by a comma or a dash: the place is what follows the time,
 * whatever its words ("Parish Office" has none PLACE_WORD knows), as where it stands on the line says it is one. Only on a
 * line that opens with the date (a sentence's "… on Monday 9 March 2026 at 7.00 pm, adjourned …" goes on with more than a
 * place), and only a name: never a clause in lower case or with a date ("…, continued from 7 March"), a body's name, the
 * document's or its status ("…, 7.30pm – Amenities Committee", "…, 7.00pm – DRAFT").
 */
function placeAfterDatedTime(line: string): string | null {
  const date = findDates(line).find((found) => found.yearStated);
  if (date === undefined || !isDateLine(line.slice(0, date.index + date.text.length))) return null;
  const place = DATED_TIME_THEN_REST.exec(line.slice(date.index + date.text.length))?.[1];
  if (place === undefined || !/^\p{Lu}/u.test(place) || findDates(place).length > 0) return null;
  return place.includes(':') || BODY_AT_END.test(place) || namesDocument(place) ? null : squash(place);
}

/** A place the lines name without a label: under or over the date, after the time, or after "held at". */
function placeNamed(lines: string[]): string | null {
  const under = venueUnderDate(lines);
  if (under) return under;
  // "Saturday 16 March 2024, 11.00am – 1.00pm, Youth Hub, Quay Street": the place after the span of times and a comma.
  const spanned = lines.map((line) => placedSpan(line)?.[3]).find((place) => place !== undefined);
  if (spanned) return spanned.replace(/[,;:]$/, '');
  // "Thursday 14 March 2024 at 2.00pm, Council Chamber, Ashby Civic Offices": the place after the time and a comma.
  const afterTime = lines.map((line) => TIME_THEN_PLACE.exec(line)?.[1]).find((place) => place !== undefined && PLACE_WORD.test(place));
  if (afterTime) return afterTime.replace(/[.,;]$/, '');
  const datedPlace = lines.map(placeAfterDatedTime).find((place) => place !== null);
  if (datedPlace) return datedPlace;
  const flat = squash(lines.join(' '));
  // "held at 7.00pm on Monday 4 February 2019 at the Parish Council Chamber": the place after the date.
  // "Monday, 9 December 2024 at 10.30 am in Ridgeway Hall, Oakford": the place after the time, to the line's end.
  const afterClock = (text: string) => PLACE_AFTER_CLOCK.exec(text);
  // "held on Monday 13th January 2025 at the Village Hall, Upton", "HELD ON THE 7th October 2024 IN THE VILLAGE HALL":
  // the place after the date, when no time stands between.
  const held =
    HELD_AT_PLACE.exec(flat) ??
    WELSH_HELD_IN.exec(flat) ??
    lines.map(afterClock).find((found) => found !== null) ??
    HELD_ON_DATE_AT_PLACE.exec(flat);
  // "held in the Civic Centre, The Quay, Rivervale, on Tuesday": the comma before "on" is not the venue's.
  return held ? squash(held[1] ?? '').replace(/[,;:]$/, '') || null : null;
}
