/**
 * Where the title block names the body that met: a "Committee:" label, the opening sentence ("Minutes of a meeting of
 * X"), the line before the date, the lines over it (past the document's title, a place, a site's trail, a block of
 * details), the line under a place-and-date heading, or the running footer. Apart from header.ts because finding the
 * name among the title block's lines is one job of its own; committee-tidy.ts tidies what is found.
 */
import {
  beforeDate,
  BODY_AT_END,
  BODY_WORD,
  bodyFromOpening,
  HELD_ON,
  isDateLine,
  JOINING_END,
  LABEL,
  LABELLED,
  namesNoBody,
  OPENING,
  openingWords,
  titlesBodysPaper,
  WELSH_OPENING,
} from './title-block-lines.ts';
import { DOCUMENT_TITLE, namesDocument } from './document-heading.ts';
import { isVenueAbove } from './header-venue.ts';
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import type { FooterMeeting } from './furniture.ts';
import { isWholeBodyName, withoutBanner } from './title-banner.ts';
import { namesCouncilOnly } from './council-name.ts';
import { bareBodysOwner, wholeName } from './committee-heading-above.ts';
import { opensWithDateAndTime } from './date-time-line.ts';

/** A trail's links that name a part of a council's site: "Home", "Committees", "Meetings", "Council and democracy". */
const SITE_LINK = /^(?:home|committees?|meetings?|calendar|(?:council\s+and\s+)?democracy|councillors|decisions|documents)$/i;

/**
 * "Fenmoor District Council | Committees", "Home > Meetings > Planning Committee": a site's trail of links over a page's
 * heading, one of them the council's name or a part of the site; never a body's name.
 */
function isSiteTrail(line: string, council: string | null): boolean {
  const links = line
    .split(/\s*[|>»›]\s*/)
    .map((link) => link.trim())
    .filter((link) => link !== '');
  const named = (link: string) => SITE_LINK.test(link) || (council !== null && namesCouncilOnly(link, council));
  return /[|>»›]/.test(line) && links.length >= 2 && links.some(named);
}

/**
 * "A joint committee of Brenton Borough Council, Southmere County Council and Highcliffe City Council",
 * "(Established by the councils of …)": a joint body's page says under its name whose body it is; a
 * sentence about the body, no part of its name.
 */
const DESCRIBES_BODY =
  /^\(?(?:(?:an?|the)\s+)?(?:joint\s+(?:[\w-]+\s+){0,3}?)?(?:committee|sub-committee|panel|board|partnership|body|authority|arrangement|service)\s+(?:of|for|between|representing)\s+.*\b(?:councils?|authorit(?:y|ies)|boroughs|districts)\b|^\(?(?:established|formed|hosted|constituted|set\s+up)\s+by\b/i;

/** "Inquiry into Exclusions from School" under a panel's name: what the body is looking into, no part of its name. */
export function isInquiry(line: string): boolean {
  return /^(?:scrutiny\s+)?inquiry\s+into\b/i.test(line) && !BODY_AT_END.test(line);
}

/** "Applicant for" over "review: Ashcombe Constabulary": a label's first words, its last ones and colon on the line below. */
function wrapsLabel(line: string, below: string): boolean {
  return (
    !line.includes(':') && /^\p{Ll}[^:]{0,30}:(?:\s|$)/u.test(below) && /^\p{Lu}[\p{L} '’()/&-]{1,50}:(?:\s|$)/u.test(`${line} ${below}`)
  );
}

/**
 * "GREYSTONE BOROUGH COUNCIL" / "CHILDREN AND FAMILIES SCRUTINY PANEL" / "MINUTES", and no date in the title block (the
 * date is the page footer's, or not printed): the body's name is the line over the document's title, when it names a
 * body and is not the council's name alone.
 */
function undatedBody(lines: string[], council: string | null): string | null {
  const title = lines.findIndex((line) => DOCUMENT_TITLE.test(line));
  const above = title > 0 ? (lines[title - 1] ?? '') : '';
  const names = BODY_WORD.test(above) && !LABEL.test(above) && !LABELLED.test(above) && !isDateLine(above) && !opensWithDateAndTime(above);
  if (names && !(council && namesCouncilOnly(above, council))) return above;
  // "ARDKELLAN COUNCIL" over "LOCAL REVIEW BODY" over the Acts it sits under and "DECISION NOTICE": the body's whole name
  // right under the council's.
  const councilAt = council === null ? -1 : lines.findIndex((line) => namesCouncilOnly(line, council));
  const under = councilAt === -1 ? '' : (lines[councilAt + 1] ?? '');
  return isWholeBodyName(under) ? under : null;
}

/**
 * "Kelvinmuir, 4th March 2025.": a place, a comma and the date, as a Scottish minute heads its first page (and a letter
 * its top). The place is where the meeting sat, never the body's name; the body's own line is under it.
 */
function isPlaceDateline(line: string): boolean {
  const first = findDates(line).find((found) => found.yearStated);
  if (!first || isDateLine(line)) return false;
  const head = line.slice(0, first.index);
  const tail = line.slice(first.index + first.text.length);
  return /^\p{Lu}[\p{L}'’ -]{0,40},\s*$/u.test(head) && !BODY_WORD.test(head) && !/day,\s*$/i.test(head) && /^\W*$/.test(tail);
}

/** The body's own line under a place-and-date line: past the council's name, before any label ("Present:"). */
function bodyUnderDateline(lines: string[], dateAt: number, council: string | null): string | null {
  for (const raw of lines.slice(dateAt + 1, dateAt + 4)) {
    const line = squash(raw).replace(/\.$/, '');
    if (council && namesCouncilOnly(line, council)) continue;
    return BODY_WORD.test(line) && !line.includes(':') && !isDateLine(line) ? line : null;
  }
  return null;
}

/** Welsh words of a body's or document's title ("Cyngor Llawn", "Pwyllgor Cynllunio", "COFNODION"), which its English twin has not. */
const WELSH_TITLE_WORD = /\b(?:cyngor|pwyllgor|is-bwyllgor|cyfarfod|cofnodion|rhaglen|llawn|cynllunio|craffu|cyllid|arbennig|blynyddol)\b/i;

/**
 * "Cyngor Llawn / Full Council – COFNODION / MINUTES": a title given as Welsh / English pairs, read by each pair's English
 * side (the records in English are filed by it), without the document's name ("Minutes"). A line of no such pairs is kept.
 */
function englishTitle(line: string): string {
  if (!/\s\/\s/.test(line)) return line;
  const segments = line.split(/\s+[–—-]\s+/).map((segment) => {
    const halves = segment.split(/\s+\/\s+/);
    const english = halves.filter((half) => !WELSH_TITLE_WORD.test(half));
    return halves.length === 2 && english.length === 1 ? (english[0] ?? segment) : segment;
  });
  return segments.filter((segment) => !namesDocument(segment)).join(' – ') || line;
}

/** "Ground Charity, held in …": the end of a body's name, at the head of the line, then "held". */
const NAME_THEN_HELD = /^[A-Z][^,.;:]{0,60}?,?\s+held\b/;

/** The committee as the title block names it: the lines between the council's name and the date line. */
export function committeeFrom(lines: string[], council: string | null, date: string | null): string | null {
  // A Welsh opening is kept for want of an English one on a later line ("Cofnodion Cyfarfod Misol …" over "Minutes of the
  // Monthly Meeting of …"), as a bilingual record's English half is read first within a line.
  let welsh: string | null = null;
  for (const [index, line] of lines.entries()) {
    const labelled = LABEL.exec(line);
    if (labelled && /^(?:meeting|committee|body)$/i.test(labelled[1] ?? '')) return squash(labelled[2] ?? '') || null;
    // "COFNODION … / MINUTES OF THE SCRUTINY COMMITTEE": a bilingual title is read by the half that opens as minutes do.
    const half = LABELLED.test(line)
      ? undefined
      : line
          .split(/\s+\/\s+/)
          // The English half first: a Welsh-only record's "Cofnodion …" is read when no English half is there.
          .sort((a, b) => Number(WELSH_OPENING.test(a)) - Number(WELSH_OPENING.test(b)))
          .find((text) => bodyFromOpening(text) !== null);
    const opened = half === undefined ? null : bodyFromOpening(half);
    // "Minutes of the meeting of the Board held …" under "ASHGROVE LEISURE TRUST": the organisation's board.
    const owners = LABELLED.test(line) ? null : bareBodysOwner(lines.slice(0, index), openingWords(line), council);
    if (owners !== null) return owners;
    if (half === undefined || opened === null) continue;
    const next = lines[index + 1] ?? '';
    // "Minutes of the Transport and Connectivity" / "Policy Committee": the name runs on. So does one that ends on a
    // joining word ("… LEISURE COMMITTEE OF" / "GREYSTOKE VALE BOROUGH COUNCIL"): a body's name never ends so, and the
    // council after "of" is parted from it later (tidyCommittee). So does one cut after the line's body's word, over the
    // rest of the name and "held": "… acting as sole Trustee of the Marshford Recreation" / "Ground Charity, held in …".
    const cutBeforeHeld = squash(half).endsWith(opened) && NAME_THEN_HELD.test(squash(next)) && !OPENING.test(squash(next));
    const unended = !BODY_WORD.test(opened) || JOINING_END.test(opened);
    const nameLine = !isDateLine(next) && !LABEL.test(next);
    // "… acting as sole Corporate Trustee of" over "THE KING'S FIELD, ASHMORE (Registered Charity No. 300001)": a name cut at
    // "of" or "the" goes on with the next line's name, whatever its words, as a name never ends there; not with a line
    // that opens as minutes do or says when it was held.
    const cutAtJoin = /\s(?:of|the)$/i.test(opened) && /^\p{Lu}/u.test(next) && nameLine && !OPENING.test(next) && !HELD_ON.test(next);
    const runsOn = (unended && BODY_WORD.test(next) && nameLine) || cutAtJoin || cutBeforeHeld;
    const body = runsOn ? (bodyFromOpening(`${line} ${next}`) ?? opened) : opened;
    if (!WELSH_OPENING.test(half)) return wholeName(lines.slice(0, index), body, council);
    welsh ??= body;
  }
  if (welsh !== null) return welsh;
  const ofDate = (line: string) => date === null || findDates(line).some((found) => found.iso === date);
  // A date line (or one opening with the date and time, a venue after them), a title before a date, or an opening sentence
  // that names no body ("Minutes of the meeting held on …").
  // "Minutes of a Meeting of the Board held at …, Dyke Road," over "Fenward on Thursday 29 January 2026": an opening wrapped onto
  // its date's line dates the meeting; the words there before the date are its place, never the body's name.
  const wrapsDate = (line: string, index: number) =>
    (OPENING.test(line) || HELD_ON.test(line)) && !/[.:;]\s*$/.test(line) && ofDate(`${line} ${lines[index + 1] ?? ''}`);
  const dateAt = lines.findIndex(
    (line, index) =>
      ((isDateLine(line) || opensWithDateAndTime(line) || beforeDate(line) !== null || OPENING.test(line) || HELD_ON.test(line)) &&
        ofDate(line)) ||
      wrapsDate(line, index),
  );
  if (dateAt === -1) return undatedBody(lines, council);
  if (isPlaceDateline(lines[dateAt] ?? '')) return bodyUnderDateline(lines, dateAt, council);
  // "Date of hearing: 20 March 2025", "Minutes – 5 November 2025": a label or the document's title before the date; the body's name is above.
  const inline = beforeDate(lines[dateAt] ?? '');
  // "Housing Committee minutes: 4 February 2025": a body's paper before its date, a title, no label of details.
  const inDetails = LABELLED.test(lines[dateAt] ?? '') && !titlesBodysPaper(lines[dateAt] ?? '');
  // "Record of the" (from "Record of the meeting held on …"): no body's name, which is then the heading's above.
  if (inline && !inDetails && !namesDocument(inline) && !namesNoBody(inline)) return inline;
  const block: string[] = [];
  for (let index = dateAt - 1; index >= 0 && block.length < 3; index -= 1) {
    const line = squash(lines[index] ?? '');
    // Blank lines, and a document's title ("Minutes") between the body's name and the date, are skipped;
    // once the title has begun, a blank line or a document's title above it ends it.
    // A labelled date's block of details ("Complaint reference: …", "Subject Member: …") under the title is skipped too.
    const label = LABEL.test(line) || (inDetails && (LABELLED.test(line) || wrapsLabel(line, squash(lines[index + 1] ?? ''))));
    const skipped =
      line === '' ||
      namesDocument(line) ||
      (inDetails && label) ||
      DESCRIBES_BODY.test(line) ||
      isInquiry(line) ||
      (index === dateAt - 1 && isVenueAbove(line));
    if (skipped && block.length === 0) continue;
    if (DESCRIBES_BODY.test(line) || isSiteTrail(line, council)) break;
    // A date above the body's name is another's: a pack's stamp over the minutes it holds ("Item 153b" / "28 Mar 18").
    if (line === '' || label || /:$/.test(line) || namesDocument(line) || isDateLine(line)) break;
    // The council's name ends the body's, or stands between it and the date ("Planning Committee" / "Eastvale Borough
    // Council" / "Date: …", as a page heads its details): then the body's name is above it.
    if (council && namesCouncilOnly(line, council)) {
      const above = squash(lines[index - 1] ?? '');
      const body = BODY_WORD.test(above) && !council.toLowerCase().includes(above.toLowerCase());
      if (block.length === 0 && index === dateAt - 1 && body) continue;
      break;
    }
    block.unshift(englishTitle(line));
  }
  // "Minutes" over "of the Meeting of the" over "Planning & Regulatory Committee": the opening's words, the document's title apart.
  // "… Health and Social Care Partnership" over "… Integration Joint Board": the banner over the body's own name is not its.
  const joined = squash(withoutBanner(block).join(' ')).replace(/^of\s+(?:the\s+|an?\s+)?(?:meeting\s+of\s+(?:the\s+)?)?/i, '');
  // Over a block of details a form's title may stand instead ("Officer Decision Record"): only a body's name is taken.
  if (inDetails && !BODY_WORD.test(joined)) return null;
  return joined ? (bodyFromOpening(joined) ?? joined) : null;
}

/** "Children and Families Scrutiny Panel – 25 January 2024  Page 1 of 1": the footer's words before its date, when they name a body. */
export function footerBody(footer: FooterMeeting | null): string | null {
  const before = footer === null ? '' : squash(footer.before);
  return BODY_WORD.test(before) && !namesDocument(before) ? before : null;
}
