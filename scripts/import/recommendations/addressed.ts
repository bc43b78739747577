/**
 * To whom a committee's resolution recommends, when the resolution's own words do not say "recommend to Cabinet":
 * - the body a "RECOMMENDED to Full Council that:" marker names, for each point of the list under it (the decision
 *   reader keeps the points and leaves the marker's "to Full Council" off them);
 * - the executive or council a list's lead-in makes its recommendations to ("AGREED to make the following
 *   recommendations to Cabinet:" over "R1 That …");
 * - the executive a point says the committee recommends something of ("the Board recommends that the Cabinet
 *   publishes …"), as a scrutiny body's comments forwarded to Cabinet put it.
 */
import { BLOCK_WORDS, DECIDING_WORDS, NOTING_WORDS, oneOf, PRINTED_BODY_NAME } from '../reader/decision-words.ts';
import { wordCase } from '../reader/heading-case.ts';
import { squash } from '../text.ts';
import { caseless } from '../reader/caseless.ts';

/**
 * The authorities a joint committee's recommendations go to, the bodies that appointed it, as its minutes name them:
 * "each partner authority", "the constituent councils", "each local authority", "all of the member councils". Recorded as
 * the minutes word them, never as a list of councils the minutes do not give. Regex source, no group, any case.
 */
export const PARTNER_AUTHORITIES = `(?:${caseless(String.raw`(?:(?:each|every|all)\s+(?:of\s+the\s+)?)?(?:partner|constituent|local|participating|member)\s+(?:authorit(?:y|ies)|councils?)`)})`;

/** The last word of a committee's name ("Audit and Governance Committee", "Licensing Sub-Committee"): the council's own body. */
const COMMITTEE_WORDS = ['Committee', 'Sub-Committee', 'Panel'] as const;
/**
 * The last word of another body's name, or its initials ("Integrated Care Board", "Northbridge Hospitals NHS Foundation
 * Trust", "the North Vale ICB", "Community Safety Partnership"): a partner of the council's. One list for whom a
 * recommendation addresses (ADDRESSED_BODY) and what kind of body that is (common.ts).
 */
export const PARTNER_WORDS = ['Board', 'Trust', 'Partnership', 'Authority', 'Commission', 'Group', 'ICB'] as const;

/** "NHS England", "NHS Wales": the health service's bodies named by NHS and one word, which no partner's word ends. Regex source. */
const NHS_BODY = String.raw`NHS\s+[A-Z][\w’'-]*`;

/**
 * A body named as printed, ending in a committee's or a partner's word ("the Standards and Governance Committee", "the
 * Integrated Care Board"), or NHS and one word ("NHS England", NHS_BODY). Case kept under the "i" flag.
 */
const NAMED_BODY = String.raw`(?-i:(?:${PRINTED_BODY_NAME}\s+)?${oneOf([...COMMITTEE_WORDS, ...PARTNER_WORDS])}(?![\w’'-])|${NHS_BODY})`;

/**
 * The council itself as a recommendation addresses it: "Council", "Full Council", and "the Comhairle", as Comhairle nan
 * Eilean Siar's minutes call it (reader/council-name.ts reads the Gaelic name). Regex source, no group.
 */
export const COUNCIL_ITSELF = String.raw`(?:Full\s+)?Council|Comhairle`;

/**
 * A council named in full ("Halwyn City Council", "Brockhurst Metropolitan Borough Council"), as a council-owned company's
 * board names its owner, or "the Shareholder" (the owner as a company's own papers call it). Case kept under the "i" flag.
 */
const NAMED_OWNER = String.raw`(?-i:${PRINTED_BODY_NAME}\s+Council|Shareholders?)(?![\w’'-])`;

/**
 * Whom a recommendation is addressed to, as it names them: a committee or another body by its name (NAMED_BODY, read first
 * so "the Executive Board" is whole), a council by its full name or the shareholder (NAMED_OWNER), the executive or the
 * council ("Cabinet", "the Cabinet Member for Housing", "Full Council"), or the partner authorities (PARTNER_AUTHORITIES).
 * One list for every pattern here. Regex source, one group.
 */
const ADDRESSED_BODY = String.raw`(${NAMED_BODY}|${NAMED_OWNER}|(?:Cabinet|Executive|Mayor)(?:\s+Member\s+for\s+[A-Z][\w&’' -]*?)?|${COUNCIL_ITSELF}|${PARTNER_AUTHORITIES})`;

/**
 * ", as sole shareholder,", ", as the shareholder,", ", in its capacity as sole member of the company,": the capacity the
 * one addressed acts in, set off by commas between its name and "that"; no part of whom. Regex source, no group.
 */
const ACTING_AS = String.raw`(?:,\s+(?:in\s+its\s+capacity\s+)?as\s+(?:the\s+|its\s+)?[a-z][\w’' -]{0,60}?,)`;

/** "the Board recommends that the Cabinet publishes …": the body's own recommendation, what the executive is to do after its name. */
const RECOMMENDS_THAT = new RegExp(String.raw`\brecommends?\s+that\s+(?:the\s+)?${ADDRESSED_BODY}\s+(?=[a-z])`);

/**
 * "to make the following recommendations to Cabinet:", "that the following recommendations be made to Council:": a lead-in over
 * the points it addresses; "Recommendation to the Policy and Resources Committee: that …", a working group's label.
 */
const RECOMMENDATIONS_TO = new RegExp(
  String.raw`\b[Rr]ecommendations?\s+(?:be\s+(?:made|sent|referred|forwarded|submitted)\s+)?to\s+(?:the\s+)?${ADDRESSED_BODY}\s*:`,
);

/**
 * The capitals marker, bare ("RECOMMENDED that …", "RECOMMENDED: That …", "RECOMMENDED –") or with the body it names
 * ("RECOMMENDED to Full Council that:", "RECOMMENDED TO COUNCIL –", "RECOMMENDED to the Audit and Governance Committee
 * that": group 1, up to the colon, dash, comma or "that", as the decision reader reads the marker, PRINTED_BODY_NAME).
 * What a report or its officers recommended ("The report RECOMMENDED that …") is no marker of the committee's.
 */
const RECOMMENDED_MARK = new RegExp(
  String.raw`(?<!\b(?:[Rr]eport|[Oo]fficers?|[Pp]aper)\s+)\bRECOMMENDED(?:\s+(?:TO|to)\s+(?:the\s+|THE\s+)?(${PRINTED_BODY_NAME}))?(?=\s*(?:[:\-–—,]|THAT\b|That\b|that\b))`,
  'gu',
);
/** Any marker that opens another decision, ending the list under a RECOMMENDED marker. */
const NEXT_MARKER = new RegExp(String.raw`\b(?:${oneOf([...BLOCK_WORDS, ...NOTING_WORDS, 'RECOMMENDED'])})\b`, 'g');

/** "COUNCIL" as "Council": a name printed in capitals as the marker is, else as written. */
export function asNamed(name: string): string {
  const words = squash(name);
  return words === words.toUpperCase() ? words.toLowerCase().replace(/\b\w/g, (letter) => letter.toUpperCase()) : words;
}

/** Minutes (Markdown) as one line: hard breaks, emphasis and runs of space gone, so a resolution's words can be found in them. */
export function flatMinutes(minutes: string): string {
  return minutes.replace(/\\\n/g, ' ').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
}

/** The words that end a resolution (the point's own, after any lead-in), as the minutes print them. */
function tailOf(resolution: string): string {
  // A short point reads with its lead-in's "that" before it, which the list under the marker does not print.
  const words = flatMinutes(resolution)
    .replace(/^(?:that|to)\s+/i, '')
    .replace(/[.;,:\s]+$/, '');
  return words.slice(Math.max(0, words.length - 40));
}

/**
 * The RECOMMENDED marker in the item's minutes that the resolution is made by (its closing words printed after the marker
 * and before the next marker), with the body it names, null for a bare "RECOMMENDED that"; null when no marker made it.
 */
export function recommendedMark(minutes: string, resolution: string): { body: string | null } | null {
  const text = flatMinutes(minutes);
  const tail = tailOf(resolution);
  if (tail.length < 12) return null;
  for (const marker of text.matchAll(RECOMMENDED_MARK)) {
    const start = (marker.index ?? 0) + marker[0].length;
    NEXT_MARKER.lastIndex = start;
    const end = NEXT_MARKER.exec(text)?.index ?? text.length;
    if (text.slice(start, end).includes(tail)) return { body: marker[1] === undefined ? null : asNamed(marker[1]) };
  }
  return null;
}

/** The body a "RECOMMENDED to <body>" marker names, when the resolution is one of the points under it (recommendedMark); null otherwise. */
export function markedAddressee(minutes: string, resolution: string): string | null {
  return recommendedMark(minutes, resolution)?.body ?? null;
}

/**
 * "That the Cabinet Member for Highways and Transport be advised that the Board supports …", "that the Executive be informed
 * that …": a board's recommendation that tells the one named of its view, whom it addresses.
 */
const TO_BE_ADVISED = new RegExp(
  String.raw`^(?:that\s+)?(?:the\s+)?${ADDRESSED_BODY}\s+be\s+(?:advised|informed|asked|requested|urged|invited)\b`,
  'i',
);

/** Whom a recommendation says is to be advised, informed or asked (TO_BE_ADVISED); null when it opens otherwise. */
export function advisedAddressee(resolution: string): string | null {
  const found = TO_BE_ADVISED.exec(squash(resolution))?.[1];
  return found === undefined ? null : squash(found);
}

/**
 * "PART B - RECOMMENDATIONS TO THE COUNCIL", "Part 1 – Matters for decision by Cabinet", "ITEMS REFERRED TO THE AUDIT
 * COMMITTEE": a heading over items that says to whom the recommendations under it go (group 1), the council, the executive
 * or a committee. Not ADDRESSED_BODY: its case-kept names cannot hold a heading in capitals, and its open-ended names
 * backtrack without end over a long heading in capitals, so the body here is a few words and its last.
 */
const HEADED_TO = new RegExp(
  String.raw`(?:^|[-–—:]\s*)(?:recommendations?|matters|items|business|reports?)\s+(?:(?:for\s+(?:decision|approval|determination|consideration)\s+)?by|for|to|referred\s+to)\s+(?:the\s+)?(${COUNCIL_ITSELF}|Cabinet|Executive|(?:(?!the\s)[\w&’'-]+\s+){1,6}?(?:Committee|Sub-Committee|Panel|Board))\s*$`,
  'i',
);

/** The body a heading over items names as the recommendations' addressee ("Council" of "… RECOMMENDATIONS TO THE COUNCIL"); null when it names none. */
export function headingAddressee(heading: string): string | null {
  const found = HEADED_TO.exec(squash(heading).replace(/^part\s+\S+\s*/i, ''))?.[1];
  // "THE AUDIT AND GOVERNANCE COMMITTEE" as words, its joining words small.
  return found === undefined ? null : wordCase(squash(found));
}

/** The executive or council a point says the committee recommends something of ("… recommends that the Cabinet publishes …"); null when none. */
export function recommendsThat(resolution: string): string | null {
  const found = RECOMMENDS_THAT.exec(resolution)?.[1];
  return found === undefined ? null : squash(found);
}

/**
 * "to recommend to the Council: That …": the lead-in a resolution's point carries when the minutes number the points
 * under "Resolved to recommend to the Council:" (reader/decision-markers.ts keeps it for the addressee to be read).
 */
const RECOMMEND_LEAD_IN = /^to\s+recommend\s+to\s+[^:]{1,80}:\s*(?=\S)/i;
/**
 * "that the Council be RECOMMENDED to approve …" (a list's "That the Council be RECOMMENDED to:" carried into each point),
 * "that Cabinet be recommended to: …": whom the lead-in addresses, before what it is recommended to do.
 */
const BE_RECOMMENDED = new RegExp(
  String.raw`^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?${ADDRESSED_BODY}\s+be\s+(?:recommended|RECOMMENDED)\s+(?:to\s*:\s*(?=\S)|(?=to\s))`,
);
/**
 * Who agreed, and the word they agreed by, before "to recommend": "It was agreed", "It was unanimously agreed", "The SACRE
 * agreed", "The Health and Wellbeing Board resolved", "Members AGREED". A few whole words (no comma, so no clause before
 * them), then a deciding word. Regex source, no group, any case.
 */
const AGREED_BY = String.raw`(?:[\w&’'-]+\s+){1,6}?${oneOf(DECIDING_WORDS)}\s+`;
/**
 * "to recommend to Cabinet that …", "TO RECOMMEND to Full Council that …", "to RECOMMEND TO COUNCIL that …", "that the Panel
 * recommends to the Integrated Care Board that …", "It was agreed to recommend to the X Committee that …", "The SACRE agreed
 * to recommend to the local authority that …" (AGREED_BY): whom, before the recommendation's "that".
 */
const RECOMMEND_TO_THAT = new RegExp(
  String.raw`^(?:(?:${AGREED_BY})?to\s+|that\s+(?:the\s+)?[\w-]+\s+(?=recommends\b))?recommends?\s+to\s+(?:the\s+)?${ADDRESSED_BODY}${ACTING_AS}?\s+(?=that\s)`,
  'i',
);

/**
 * The recommendation itself, without the lead-in that says only whom it is addressed to: "to recommend to the Council:
 * That …", "to make the following recommendations to Cabinet: That …" → "That …"; "that the Council be RECOMMENDED to
 * approve …" → "to approve …"; "to recommend to Cabinet that …" → "that …"; "that the following comments be forwarded to
 * Cabinet: the Board recommends that …" → "the Board recommends that …". The record's body and subject are this; a
 * resolution with no such lead-in is its own.
 */
export function recommendationItself(resolution: string): string {
  for (const lead of [RECOMMEND_LEAD_IN, BE_RECOMMENDED, RECOMMEND_TO_THAT]) {
    const found = lead.exec(resolution);
    if (found !== null) return resolution.slice(found[0].length);
  }
  const list = RECOMMENDATIONS_TO.exec(resolution);
  if (list !== null) return resolution.slice(list.index + list[0].length).trim() || resolution;
  const found = RECOMMENDS_THAT.exec(resolution);
  const colon = found === null ? -1 : resolution.lastIndexOf(': ', found.index);
  return colon < 0 ? resolution : resolution.slice(colon + 2);
}

/** The executive or council a resolution's lead-in makes the following recommendations to ("… recommendations to Cabinet: That …"); null when none. */
export function listAddressee(resolution: string): string | null {
  const found = RECOMMENDATIONS_TO.exec(resolution)?.[1];
  return found === undefined ? null : squash(found);
}

/** "recommended each partner authority to include its share …", "to recommend the Council to approve …": whom, before what they are to do. */
const RECOMMEND_BODY_TO = new RegExp(String.raw`\brecommend(?:s|ed)?\s+(?:the\s+)?${ADDRESSED_BODY}\s+to\s+(?!the\b)(?-i:\p{Ll})`, 'iu');
/**
 * "Agreed to recommend the variation to each partner authority", "to recommend the budget to Council": whom, after what is
 * recommended. What is recommended is a few words with no "that", "to" or "be" ("recommend that the report be sent to
 * Council" recommends to no one it names), and the body's name ends there ("to the Council's policy" is no addressee).
 */
const RECOMMEND_THING_TO = new RegExp(
  String.raw`\brecommend(?:s|ed)?\s+(?:(?!(?:that|to|be)\b)[^\s.;:]+\s+){1,12}?to\s+(?:the\s+)?${ADDRESSED_BODY}(?![\w’'])`,
  'iu',
);

/** Whom a resolution recommends to when it names them around what it recommends (RECOMMEND_BODY_TO, RECOMMEND_THING_TO); null when it does not. */
export function recommendedBodyAround(resolution: string): string | null {
  const found = RECOMMEND_BODY_TO.exec(resolution)?.[1] ?? RECOMMEND_THING_TO.exec(resolution)?.[1];
  return found === undefined ? null : squash(found);
}

/**
 * "Cabinet be recommended to", "the Council be RECOMMENDED to", "recommend to Cabinet", "RECOMMENDED to the Executive",
 * "the Panel recommends to the Integrated Care Board that": whom, group 1 or 2.
 */
const TO_EXECUTIVE = new RegExp(
  String.raw`\b(?:(?:the\s+)?((?:Cabinet|Executive|Mayor)(?:\s+Member\s+for\s+[A-Z][\w,&’' -]*?)?|${COUNCIL_ITSELF})\s+be\s+recommended\s+to\b|recommend(?:s|ed)?\s+to\s+(?:the\s+)?${ADDRESSED_BODY}\b(?:\s+that\b)?)`,
  'i',
);

/**
 * "That the decision be referred back to the Cabinet Member for Leisure for reconsideration, the Committee's concerns being
 * that …", "that the decision be referred back to Cabinet with the Panel's view that …": a call-in sent back to the one who
 * made the decision, with what the committee asks of them; whom (group 1), up to what the referral goes on with, or its end.
 * "not be referred back" refers no one.
 */
export const REFERRED_BACK = new RegExp(
  String.raw`(?<!\bnot\s+)\b(?:be|is|was|being)\s+referred\s+back\s+to\s+(?:the\s+)?${ADDRESSED_BODY}(?=\s*(?:[,.;:]|$)|\s+(?:for|with|so|as|in|on|together)\b)`,
  'i',
);

/** The decision maker a called-in decision is referred back to (REFERRED_BACK), as the committee's recommendation to them; null when none. */
export function referredBackTo(resolution: string): string | null {
  const found = REFERRED_BACK.exec(squash(resolution))?.[1];
  return found === undefined ? null : squash(found);
}

/** Whom a resolution says it recommends to ("Cabinet be recommended to …", "recommend to the Audit and Governance Committee that …"); null when it names no one so. */
export function recommendedTo(resolution: string): string | null {
  const match = TO_EXECUTIVE.exec(resolution);
  return match === null ? null : squash(match[1] ?? match[2] ?? '').replace(/\s+that$/i, '') || null;
}
