/**
 * The recommendations of a single report (kinds/report.ts): the entries under its
 * "Recommendation(s)" heading, and under a "Recommendation(s) to <body>" heading when it has one.
 *
 * Entries are labelled "2.1", "(a)", "a)", "(i)", "1.", "Recommendation 1:", "R1", "Rec 1" or a
 * bullet. A lead-in ("2.1 That Cabinet:", "It is recommended that the Committee:", "The Panel is
 * asked to:", an unlabelled "Council is recommended to approve: -") followed by entries of a lower
 * level is not a recommendation itself: each entry under it is one, its words kept before the
 * entry's, its addressee taken from it. Entries of one level after a line ending in ":" ("That the
 * Order is made as advertised, except:", then 2.2, 2.3) are read as printed: a list continuing the
 * same numbers is no lead-in.
 */
import { DASH_BULLET, GLYPH_BULLET, isWrappedFigure } from '../list-marks.ts';
import { squash } from '../text.ts';
import { isPageMark } from './common.ts';
import { CLOSING_CONTACT } from './report-header.ts';
import { REPORT_SECTION } from './report-sections.ts';

/** A name as councils write it: "Cabinet", "the Committee for Transport and Connectivity", "Members". */
const NAME = String.raw`(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|for|of|the|&))*`;
/**
 * The heading word, as report templates print it: "Recommendation", "Recommendations",
 * "Recommendation(s)" (a template that leaves the number open), in capitals too. report.ts's
 * section headings use it as well.
 */
export const RECOMMENDATION_WORD = String.raw`(?:[Rr]ecommendation(?:s|\(s\))?|RECOMMENDATION(?:S|\(S\))?)`;
/** "Recommendations", "2. RECOMMENDATION", "Recommendation(s):", "Recommendations to Cabinet", "Recommendation to the Committee:" (not "Recommendations to be noted"). */
export const RECOMMENDATIONS = new RegExp(String.raw`^(?:\d+(?:\.\d+)*\.?\s*)?${RECOMMENDATION_WORD}(?:\s+(?:to|TO)\s+(${NAME}))?\s*:?$`);
const ENTRY = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|\(\d{1,2}\))(?:\s+(.*))?$/;
/**
 * "Recommendation 1:", "RECOMMENDATION 2 -", "Rec. 3", "R4 That …": a recommendation's own number. A bare "R1" may go on
 * in lower case, carrying on its lead-in's sentence ("That Cabinet:" / "R1  publishes …"); a spelt-out one may not, as
 * "Recommendation 2 above …" is a sentence.
 */
const NAMED =
  /^((?:[Rr]ecommendation|RECOMMENDATION|Rec\.?)\s?\d{1,3}(?:\.\d{1,2})?[a-z]?|R\d{1,3}[a-z]?)(?:\s*[:.)–-]\s*|\s+(?=[A-Z(‘'"“])|(?<=^R\d{1,3}[a-z]?)\s+(?=[a-z])|\s*$)(.*)$/;
/** A bullet and its entry's text; a glyph may touch its text ("•Text"), a dash may not. */
const BULLET = new RegExp(String.raw`^(?:${GLYPH_BULLET}\s*|${DASH_BULLET}\s+)(.+)$`);
/** A line that hands on to a list: "That Cabinet:", "Council is recommended to approve: -". */
const HANDS_ON = /:\s*[-–—]?$/;
/** Words that end an item of a list, not its sense: "…of the review; and". */
const LIST_JOINER = /\s*(?:;\s*(?:and|or)|,\s*(?:and|or)|;)$/i;

/** "(1)", a number in brackets, is a level of its own: a lead-in's points under "2.1 That Cabinet:" as under "Cabinet is asked to:". */
type Style = 'none' | 'decimal' | 'whole' | 'bracketed' | 'letter' | 'roman' | 'bullet' | 'named';

interface Entry {
  reference: string | null;
  style: Style;
  lines: string[];
}

export interface ReportRecommendation {
  /** The label as printed ("2.1", "2.1(a)", "Recommendation 3"); null for an unlabelled paragraph. */
  reference: string | null;
  /** The words as printed: the lead-in's, then the entry's own. */
  text: string;
  /** The entry's first sentence, read on from its lead-in when the entry continues it. */
  subject: string;
  /** Whom the lead-in or the heading addresses, as printed ("Cabinet", "the Committee"); null when neither names one. */
  addressee: string | null;
}

/** Which levels may stand under which: a lead-in's entries are of a lower level than it. */
const BELOW: Record<Style, Style[]> = {
  none: ['decimal', 'whole', 'bracketed', 'letter', 'roman', 'bullet', 'named'],
  decimal: ['bracketed', 'letter', 'roman', 'bullet', 'named'],
  whole: ['bracketed', 'letter', 'roman', 'bullet', 'named'],
  bracketed: ['letter', 'roman', 'bullet'],
  named: ['bracketed', 'letter', 'roman', 'bullet'],
  letter: ['roman', 'bullet'],
  roman: ['bullet'],
  bullet: [],
};

/** "(i)" after "(h)" is a letter (so "(v)" after "(u)", "(x)" after "(w)"); otherwise "(i)", "(v)", "(x)" and longer numerals are roman. */
function labelStyle(label: string, previous: Entry | undefined): Style {
  if (/^\d{1,2}\.\d/.test(label)) return 'decimal';
  if (/^\d/.test(label)) return 'whole';
  if (/^\(\d/.test(label)) return 'bracketed';
  const letters = label.replace(/[()]/g, '');
  const before = previous?.style === 'letter' ? (previous.reference ?? '').replace(/[()]/g, '') : '';
  const nextLetter = letters.length === 1 && before.length === 1 && before.charCodeAt(0) + 1 === letters.charCodeAt(0);
  return /^[ivx]+$/.test(letters) && !nextLetter ? 'roman' : 'letter';
}

/** The entry a line opens, or null when it goes on the one before. */
function openEntry(line: string, last: Entry | undefined): Entry | null {
  // A list mark before a label ("- 2.1. Agree …", as a PDF's text marks a numbered list) is no bullet: the label is the entry's.
  const marked = BULLET.exec(line)?.[1];
  const labelled = marked !== undefined && (NAMED.test(marked) || ENTRY.test(marked)) ? marked : line;
  const named = NAMED.exec(labelled);
  if (named) return { reference: named[1] ?? null, style: 'named', lines: named[2] ? [named[2]] : [] };
  const entry = ENTRY.exec(labelled);
  if (entry) {
    const label = entry[1] ?? '';
    return { reference: label, style: labelStyle(label, last), lines: entry[2] ? [entry[2]] : [] };
  }
  // A bullet is an entry under a lead-in or among bullets; inside an entry's text it is part of it.
  const bullet = BULLET.exec(line);
  const listed = !last || last.style === 'bullet' || HANDS_ON.test(last.lines.at(-1) ?? '');
  return bullet && listed ? { reference: null, style: 'bullet', lines: [bullet[1] ?? ''] } : null;
}

/** The entries of one section, from the line after its heading; unlabelled text before the first entry is an entry of its own. */
function sectionEntries(lines: string[]): Entry[] {
  const entries: Entry[] = [];
  let previous = '';
  for (const [at, raw] of lines.entries()) {
    const line = squash(raw);
    // "approves the strategy at" / "Appendix 1;": a sentence running on to a line that begins like a heading.
    const runsOn = /[\w,]$/.test(previous) && /[.;,]$/.test(line);
    const afterBreak = previous === '';
    previous = line;
    // A closing "Contact: …" / "Author: …" field ends the report, so the last entry ends before it.
    if ((REPORT_SECTION.test(line) && !runsOn) || RECOMMENDATIONS.test(line) || CLOSING_CONTACT.test(line)) break;
    if (line === '' || isPageMark(line)) continue;
    // A figure wrapped onto the line's start ("no more than" / "3.5 per cent") carries on the entry.
    const entry = isWrappedFigure(lines, at) ? null : openEntry(line, entries.at(-1));
    // A whole number ("3.") after entries of another kind is the next section's number.
    const top = entries.find((found) => found.style !== 'none')?.style;
    if (entry?.style === 'whole' && top !== undefined && top !== 'whole') break;
    if (entry) entries.push(entry);
    else if (entries.length === 0 || (afterBreak && isLeadInParagraph(line)))
      entries.push({ reference: null, style: 'none', lines: [line] });
    else entries.at(-1)?.lines.push(line);
  }
  return entries.filter((entry) => entry.lines.length > 0);
}

/** A paragraph after a blank line that hands on to a list and names whom it asks ("The Committee is also asked to:") opens a new lead-in. */
function isLeadInParagraph(line: string): boolean {
  return HANDS_ON.test(line) && addresseeOf(line) !== null;
}

/** The first sentence of a text, as a subject. */
function firstSentence(text: string): string {
  const flat = squash(text.replace(/\n/g, ' '));
  const end = /[.!?](?=\s+[A-Z(‘'"])/.exec(flat);
  const sentence = (end ? flat.slice(0, end.index + 1) : flat).replace(LIST_JOINER, '');
  return sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence;
}

/** An entry that starts in lower case continues its lead-ins' sentence: "That Cabinet:" + "accepts …" reads "That Cabinet accepts …". */
function subjectOf(leadIns: string[], own: string): string {
  const continues = /^[a-z]/.test(own) && leadIns.length > 0 && leadIns.every((words) => HANDS_ON.test(words));
  const words = continues ? [...leadIns.map((words) => words.replace(HANDS_ON, '')), own].join(' ') : own;
  return firstSentence(words);
}

/** "That", "It is recommended that", "The Committee recommends that" (a scrutiny body's report to the executive). */
const THAT = String.raw`(?:(?:[Ii]t\s+is\s+(?:recommended|proposed)\s+|[Tt]he\s+[A-Z][\w ]{0,40}?\s+recommends\s+)?[Tt]hat\s+)`;
const ADDRESSED = [
  // "That Cabinet:", "It is recommended that the Committee:", "That the Committee (Unanimously APPROVED):"
  new RegExp(String.raw`^${THAT}(${NAME})\s*(?:\([^)]*\))?\s*[:,–-]`),
  // "The Panel is asked to:", "Council is recommended to approve: -", "Members are requested to"
  new RegExp(String.raw`^${THAT}?(${NAME})\s+(?:is|are)\s+(?:asked|recommended|requested|invited|advised)\b`),
  // "That the Committee endorses the following recommendations …:"
  new RegExp(String.raw`^${THAT}(${NAME})\s+(?!(?:is|was|has)\b)[a-z]+s\b`),
];

/** "That the Panel recommends to Cabinet that …": the body a recommendation is passed on to, in group 1. */
const ONWARD = new RegExp(String.raw`^${THAT}${NAME}\s+recommends?\s+to\s+(${NAME})\s+that\b`);

/**
 * "… and refers them to the Cabinet for a response", "… and that they be submitted to Council": the body the
 * recommendations go on to after the one the lead-in asks to endorse them, in group 1.
 */
const PASSED_ON = new RegExp(
  String.raw`\b(?:(?:refers?|forwards?|submits?|sends?|passes?)\s+them\s+(?:on\s+)?to|(?:be|are)\s+(?:referred|forwarded|submitted|sent|passed)\s+(?:on\s+)?to)\s+(${NAME})`,
);

/** Whom a lead-in addresses, as it words it (the body it passes the recommendations on to, if any); null when it names no body. */
export function addresseeOf(leadIn: string): string | null {
  const flat = squash(leadIn.replace(/\n/g, ' '));
  for (const pattern of [PASSED_ON, ...ADDRESSED]) {
    const name = pattern.exec(flat)?.[1];
    if (name && !/^(?:the\s+)?(?:It|This|That|Officers?)$/i.test(name)) return name.replace(/\s+(?:and|for|of|the|&)$/, '');
  }
  return null;
}

/** Each entry of a section as a recommendation, lead-ins read into the entries under them. */
function sectionRecommendations(entries: Entry[], headingAddressee: string | null): ReportRecommendation[] {
  const found: ReportRecommendation[] = [];
  const stack: Entry[] = [];
  entries.forEach((entry, index) => {
    while (stack.length > 0 && !BELOW[stack.at(-1)?.style ?? 'bullet'].includes(entry.style)) stack.pop();
    const next = entries[index + 1];
    const leadsOn = next !== undefined && BELOW[entry.style].includes(next.style);
    if (leadsOn && (entry.style === 'none' || HANDS_ON.test(entry.lines.at(-1) ?? ''))) {
      stack.push(entry);
      return;
    }
    const leadIns = stack.map((lead) => lead.lines.join('\n'));
    const own = entry.lines.join('\n');
    const subject = subjectOf(leadIns, own);
    // A body that recommends on ("That the Panel recommends to Cabinet that …") addresses the body it names.
    const addressee = ONWARD.exec(subject)?.[1] ?? leadIns.map(addresseeOf).find((name) => name !== null) ?? headingAddressee;
    found.push({ reference: referenceOf(stack, entry), text: [...leadIns, own].join('\n'), subject, addressee });
  });
  return found;
}

/**
 * An entry's reference: a letter or numeral under a numbered lead-in is cited with it ("2.1(a)"),
 * a bullet by its lead-in's number; a recommendation's own number ("Recommendation 3") stands alone.
 */
function referenceOf(leadIns: Entry[], entry: Entry): string | null {
  const above = leadIns.map((lead) => lead.reference).filter((reference) => reference !== null);
  if (entry.style === 'named' || entry.style === 'none' || above.length === 0) return entry.reference ?? above.at(-1) ?? null;
  return `${above.join('')}${entry.reference ?? ''}`;
}

/** The entries of a list of recommendations that stands under no heading of its own (an annual report's "R1 That …" under a review), read as a section's are. */
export function readEntries(lines: string[]): ReportRecommendation[] {
  return sectionRecommendations(sectionEntries(lines), null);
}

/**
 * The report's recommendations: its first "Recommendations" section, and each "Recommendation(s)
 * to <body>" section (a task and finish group's report lists its own, then the one it makes to
 * the committee); an entry printed twice is kept once.
 */
export function readRecommendations(lines: string[]): ReportRecommendation[] {
  const found: ReportRecommendation[] = [];
  let plainRead = false;
  lines.forEach((raw, index) => {
    const heading = RECOMMENDATIONS.exec(squash(raw));
    if (!heading) return;
    const addressed = heading[1] ?? null;
    if (!addressed && plainRead) return;
    const recommendations = sectionRecommendations(sectionEntries(lines.slice(index + 1)), addressed);
    if (!addressed && recommendations.length > 0) plainRead = true;
    for (const recommendation of recommendations) {
      if (!found.some((kept) => kept.text === recommendation.text)) found.push(recommendation);
    }
  });
  return found;
}

/** "the Committee" in a report to the Audit Committee is that committee; a name of its own is kept as printed. */
export function addresseeNamed(name: string, body: string | null): string {
  const word = /^(?:the\s+)?(committee|sub-committee|panel|board|cabinet|council|forum|executive)$/i.exec(name)?.[1];
  if (body && word && new RegExp(String.raw`\b${word}$`, 'i').test(body)) return body;
  return body && /^members$/i.test(name) ? body : name;
}
