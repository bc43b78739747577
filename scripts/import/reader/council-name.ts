/**
 * Council names as title blocks print them: "Bristol City Council", "TINTERN COMMUNITY COUNCIL",
 * "London Borough of Southwark", "West of England Combined Authority". Kept apart so the header
 * reader and the ModernGov page share one rule. A council's formal name (council-formal-name.ts), its name in Welsh or
 * Gaelic (council-name-welsh-gaelic.ts) and the casing of headings in capitals (heading-case.ts) are read apart.
 */
import { squash } from '../text.ts';
import { MEETING_KIND } from './meeting-occasion.ts';
import { capitalRunsCased, wordCase } from './heading-case.ts';
import { JOIN, NOT_PLACE, WORD } from './council-name-words.ts';
import { COUNCIL_OF_ISLES, COUNCIL_OF_TIER, formalNames } from './council-formal-name.ts';
import { gaelicNames, pairedCouncil, WELSH_HALF, WELSH_LEAD, WELSH_NAMED } from './council-name-welsh-gaelic.ts';

/** Authorities that meet as councils do: combined, fire and rescue, national park, police, waste and transport authorities. */
const AUTHORITY = String.raw`(?:Combined|Fire(?:\s+and\s+Rescue)?|National\s+Park|Police|Waste(?:\s+Disposal)?|Transport)\s+Authority`;
// "Newry, Mourne and Down District Council": a comma only in a name whose last places are joined by "and".
const LISTED_PLACES = String.raw`${WORD}(?:\s+${WORD})?,\s+${WORD}(?:\s+${WORD})?\s+(?:and|&)\s+(?:${WORD}\s+){1,4}?(?:Council|${AUTHORITY})\b`;
/** "of Kestonshire and Wealdmoor": the places an authority is named for after its kind ("Combined Fire Authority of …"). */
const OF_PLACES = String.raw`(?:\s+of\s+${NOT_PLACE}${WORD}(?:${JOIN}\s+${NOT_PLACE}${WORD}){0,3})?`;
/**
 * "County Borough of Kestlemoor", "City and County of Abertawe": Welsh principal councils' formal names, the kind
 * first and then the place (up to four words, never a body's word: "… of Kestlemoor Cabinet" names the council only).
 */
const KIND_OF_PLACE = new RegExp(
  String.raw`^(?:County\s+Borough|City\s+and\s+County)\s+of\s+${WORD}(?:${JOIN}\s+${NOT_PLACE}${WORD}){0,3}`,
);
const NAMED_BODY = new RegExp(
  String.raw`${KIND_OF_PLACE.source.slice(1)}|${LISTED_PLACES}|(?:(?:London|Royal)\s+)?Borough\s+of\s+${WORD}(?:${JOIN}\s+${WORD}){0,3}|(?:${WORD}${JOIN}\s+){1,6}?(?:Council|${AUTHORITY}${OF_PLACES})\b`,
  'g',
);
const KIND_ALONE = new RegExp(String.raw`^${AUTHORITY}$`);
/**
 * Words that open a phrase naming a council generically ("Minutes of the Parish Council", "the Whole Council"), not by
 * name; and the words of a meeting's kind (meeting-occasion.ts), which open "the Budget Meeting of Harrowford Borough
 * Council" and are no part of the council's name.
 */
const GENERIC = new RegExp(
  String.raw`^(?:Minutes|Minute|Agenda|Notes|Proceedings|Meeting|Meetings|Of|The|A|An|This|That|Above|Full|Whole|Parish|Town|Community|City|County|District|Borough|Council|Held|At|Draft|All|Members|To|${MEETING_KIND})$`,
  'i',
);
/**
 * A building's word after a council's name, maybe after one word more: "Dunbeck District Council Offices", "Ravensholme
 * Council House", "Marshby District Council Civic Offices" (a venue).
 */
const BUILDING = /^\s+(?:[A-Z][a-z]+\s+)?(?:Offices|Chambers?|Buildings?|Depot|Headquarters|House)\b/;
/** Tiers that close a council's name: the words before "Council" ("Westridge County Council"). */
export const TIER_WORDS = ['City', 'County', 'District', 'Borough', 'Metropolitan', 'Town', 'Parish', 'Community'] as const;
const TIER = new RegExp(`^(?:${TIER_WORDS.join('|')})$`);

/** "Environment Committee of Loughmoy Borough Council": the body that met, named before "of" and its council. */
const BODY_OF = /^(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum|Group|Commission)$/;

/** True when a name's words after its last joining word are its tier and "Council" alone ("… of the Parish Council"): no place is named. */
function tierAfterJoin(words: readonly string[]): boolean {
  const joinAt = words.findLastIndex((word) => /^(?:of|upon|on|and|in|the|&)$/i.test(word));
  const after = words.slice(joinAt + 1, -1);
  return joinAt > 0 && after.length > 0 && after.every((word) => TIER.test(word));
}

/**
 * "City of Ravensby Council", "City of Kellbridge Metropolitan District Council": "City of" and a place open the council's
 * name as printed, no generic words before it to trim (as "City" alone is in "the City Council").
 */
function opensCityOfPlace(words: readonly string[]): boolean {
  const place = words[2] ?? '';
  return /^City$/i.test(words[0] ?? '') && /^of$/i.test(words[1] ?? '') && /^\p{Lu}/u.test(place) && !GENERIC.test(place);
}

function trimGeneric(words: string[]): string[] {
  const welsh = WELSH_LEAD.exec(words.join(' '));
  const named = welsh ? words.slice(welsh[0].trim().split(/\s+/).length) : words;
  const bodyAt = named.findIndex((word, at) => BODY_OF.test(word) && named[at + 1] === 'of');
  const rest = bodyAt === -1 ? [...named] : named.slice(bodyAt + 2);
  while (
    rest.length > 1 &&
    !opensCityOfPlace(rest) &&
    (GENERIC.test(rest[0] ?? '') || /^(?:of|upon|on|and|&|in|the)$/i.test(rest[0] ?? ''))
  )
    rest.shift();
  return rest;
}

/**
 * The councils a line names, in order: "Ashby Parish Council A.G.M." names "Ashby Parish Council". `next`, the line under
 * it, for a building's name wrapped after the council's ("… at the Ashvale District Council" over "Civic Offices, …").
 */
export function councilsIn(line: string, next = ''): { name: string; index: number }[] {
  // A Welsh name and then the English one: the English name, which the records in English are filed by.
  const welshHalf = WELSH_HALF.exec(line)?.[0];
  if (welshHalf) {
    const rest = line.slice(welshHalf.length);
    const english = councilsIn(rest);
    // Where each name stands in the line as read, its spaces squashed (as below).
    const offset = squash(line).length - squash(rest).length;
    if (english.length > 0) return english.map(({ name, index }) => ({ name, index: index + offset }));
  }
  const cased = capitalRunsCased(line);
  // A formal name is read as such, and blanked (keeping where the rest stands) so no words of it are read again.
  const found = [...formalNames(cased), ...gaelicNames(cased)];
  const text = cased
    .replace(COUNCIL_OF_TIER, (name) => ' '.repeat(name.length))
    .replace(COUNCIL_OF_ISLES, (name) => ' '.repeat(name.length));
  for (const match of text.matchAll(NAMED_BODY)) {
    // Its kind words open the name: not generic words to trim ("County", "City").
    if (KIND_OF_PLACE.test(match[0])) {
      found.push({ name: match[0], index: match.index ?? 0 });
      continue;
    }
    // "BOROUGH OF KINGSMERE" alone on its line, as a borough heads its minutes: the council, named as printed. In a
    // sentence, "the Freedom of the Borough of Kingsmere" is the place.
    if (/^Borough\s/.test(match[0]) && squash(text).replace(/^the\s+/i, '') === match[0]) {
      found.push({ name: match[0], index: match.index ?? 0 });
      continue;
    }
    const words = trimGeneric(match[0].split(/\s+/));
    const first = words[0] ?? '';
    if (words.length < 2 || ((GENERIC.test(first) || TIER.test(first)) && !opensCityOfPlace(words))) continue;
    // "Free Period Products in Council Facilities", "Leader of the Council": a phrase about the council; a name has its place or tier before "Council".
    if (/^(?:Council|Authority)$/.test(words.at(-1) ?? '') && /^(?:of|upon|on|and|in|the|&)$/i.test(words.at(-2) ?? '')) continue;
    // "the Chairman of the Parish Council": a post of a council its tier alone names, no place after the joining word.
    if (/^Council$/.test(words.at(-1) ?? '') && tierAfterJoin(words)) continue;
    if (/^Borough$/.test(first)) continue;
    // "Minutes of the Fire and Rescue Authority": a kind of authority, named by no place.
    if (KIND_ALONE.test(words.join(' '))) continue;
    // "Marlow Rooms, Dunbeck District Council Offices": a building's name, where a joint body may meet, names no council.
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (BUILDING.test(after) || (after.trim() === '' && BUILDING.test(` ${next}`))) continue;
    const name = words.join(' ');
    // "Standing Advisory Council on Religious Education": a body that advises the council, never a council itself.
    if (/\bAdvisory\s+Council$/.test(name)) continue;
    found.push({ name, index: (match.index ?? 0) + match[0].length - name.length });
  }
  // A council named in Welsh alone ("CYNGOR SIR YNYS GWYDION", "Cyngor Tref Abermor"), as a Welsh-language record heads itself.
  const welsh = found.length === 0 ? WELSH_NAMED.exec(text) : null;
  if (welsh) found.push({ name: squash(welsh[0]), index: welsh.index });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * "Corporate Parenting Panel of Stanmoor Metropolitan Borough Council", "Licensing Panel of the London Borough of Wexham":
 * a body's name and its council's after "of", as an opening sentence gives them whole where the council's name wraps onto
 * the next line (so no one line names the council); the two parted. Null unless the words before "of" end on a body's
 * word (BODY_OF: not "Board of Governors of …", "Friends of …") and the words after it are one council's name and no more
 * (not two councils', a joint body's; not "the Whole Council").
 */
export function bodyOfCouncil(name: string): { body: string; council: string } | null {
  const text = capitalRunsCased(name);
  const found = councilsIn(text);
  const council = found.length === 1 ? found[0] : undefined;
  if (council === undefined || council.index + council.name.length !== text.length) return null;
  const body = /^(.*\S)\s+of\s+(?:the\s+)?$/i.exec(text.slice(0, council.index))?.[1];
  return body !== undefined && BODY_OF.test(body.split(/\s+/).at(-1) ?? '') ? { body, council: council.name } : null;
}

/** True when the whole text is a council's name ("Westmarch County Council"), which no person's or committee's name is. */
export function isCouncilName(text: string): boolean {
  const found = councilsIn(text);
  return found.length === 1 && found[0]?.name === squash(text).replace(/^the\s+/i, '');
}

/**
 * The council a text names and nothing else ("Fenmoor County Council"), or null; of a bilingual pair
 * ("Cyngor Sir Ceredig Fawr / Ceredig Fawr County Council", as a Welsh council's site title prints it), the
 * English name, which the records in English are filed by.
 */
export function councilOnly(text: string): string | null {
  const halves = text.split(/\s+\/\s+/).map((half) => (isCouncilName(half) ? squash(half) : null));
  const [first = null, second = null] = halves;
  if (halves.length === 1 || first === null || second === null) return halves.length === 1 ? first : null;
  // Two councils that are not one council's two names ("Brenton Borough Council / Southmere County Council") name no one council.
  const bilingual = halves.length === 2 && WELSH_NAMED.test(first) !== WELSH_NAMED.test(second);
  return bilingual ? pairedCouncil([first, second]) : null;
}

/**
 * True when a line names the council and nothing else ("BRISTOL CITY COUNCIL", "Cyngor Cymuned Pantyderi Community Council",
 * "CYNGOR SIR CAERWEN     CAERWEN COUNTY COUNCIL").
 */
export function namesCouncilOnly(line: string, council: string): boolean {
  return squash(wordCase(line.replace(WELSH_HALF, ''))).replace(WELSH_LEAD, '') === council;
}

/** True for a council of the parish tier, whose meetings of the whole council are "Council". */
export function isLocalCouncil(name: string): boolean {
  return /\b(?:Parish|Town|Community|Village)\s+Council$/i.test(name);
}

/**
 * The body that met when a title block names only the council: a parish's whole council is
 * "Council", a fire or combined authority's whole authority "Authority" (as its minutes call it);
 * null for a principal council, whose title block may name its committee elsewhere.
 */
export function wholeBody(council: string): string | null {
  if (isLocalCouncil(council)) return 'Council';
  return /\bAuthority$/.test(council) ? 'Authority' : null;
}
