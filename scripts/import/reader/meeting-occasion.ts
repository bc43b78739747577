/**
 * What kind of meeting a record says it was ("EXTRAORDINARY MEETING OF THE COUNCIL", "Special Council", "Annual Meeting
 * of the Town Council", "Budget Council", an "Annual Parish Meeting" of the electors), and who requisitioned it
 * ("Requisitioned by: Cllrs A, B and C", "convened at the request of Councillors A and B"). The words that say the kind
 * are one list here: the header reads them too, to pass over them to the body's name.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import type { MeetingKind } from '../../../src/model/schema.ts';
import { WELSH_ANOTHER_MEETING, WELSH_KIND_WORDS } from '../../../src/model/welsh-words.ts';
import { squash } from '../text.ts';
import { readSideList } from './vote-names.ts';

/** Each kind a record may state by a word before "meeting" or "council", and that word. */
const KIND_WORDS = {
  extraordinary: 'extra-?ordinary',
  special: 'special',
  annual: 'annual',
  budget: 'budget',
  ordinary: 'ordinary',
  adjourned: 'adjourned',
  reconvened: 'reconvened',
  inaugural: 'inaugural',
  statutory: 'statutory',
} as const satisfies Partial<Record<MeetingKind, string>>;
type WordKind = keyof typeof KIND_WORDS;
const KINDS = Object.keys(KIND_WORDS) as WordKind[];
const KIND_WORD = KINDS.map((kind) => KIND_WORDS[kind]).join('|');

/**
 * "hybrid", "remote", "virtual", "online", "informal", "in-person": how the members met, never which body met; "MINUTES of
 * the hybrid meeting held in the Council Chamber and via Microsoft Teams" names no body (its title block above does).
 */
const MET_HOW = String.raw`(?:virtual|remote|online|hybrid|informal|in[-\s]person|multi-location)`;

/** "58th", "212TH", "first" … "twelfth": the number of a body's meeting, as a numbered meeting's title says it. Regex source. */
const MEETING_NUMBER = String.raw`(?:\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)`;

/**
 * Words before "meeting" that say what kind of meeting it was, or how it met, not which body met; one in brackets too, "the
 * Special (Extraordinary) Meeting of the Council". "Joint", "monthly", "quarterly" and "general" are among them, though
 * no kind of their own: a joint meeting is said by the bodies it names, and a monthly one is no kind the model holds;
 * "Mayor-making" is an annual meeting's (MAYOR_MAKING). A meeting's number ("the 58th Quarterly Meeting of the Authority", "the
 * First Meeting of the Board") counts the body's meetings, no part of its name (MEETING_NUMBER).
 * Regex source.
 */
export const MEETING_KIND = String.raw`\(?(?:${KIND_WORD}|joint|monthly|quarterly|general|mayor[-\s]?making|${MET_HOW}|${MEETING_NUMBER})\)?`;

/** Words that may stand between a kind's word and "meeting" or "council": "Annual General Meeting", "Extraordinary Full Council". */
const BETWEEN = String.raw`(?:\s+\(?(?:general|full|town|parish|community|city|county|borough|district|council)\)?)*`;
/** "Extraordinary Meeting", "Special Council", "Budget Session", "Special (Extraordinary) Meeting": the kind's word before what met. */
const KIND_BEFORE = new RegExp(String.raw`\b\(?(${KIND_WORD})\)?${BETWEEN}\s+(?:meeting|council|session|sitting)\b`, 'i');
/** "Full Council (Budget)", "Council – Extraordinary": the kind's word after the body's, in brackets or after a dash. */
const KIND_AFTER = new RegExp(
  String.raw`\b(?:meeting|council|session)\s*(?:\(\s*|[-–—:]\s*)(${KIND_WORD})\b\s*(?=\)|[-–—,]|meeting\b|$)`,
  'i',
);
/** "A.G.M.", "AGM", "EGM": an annual or extraordinary general meeting by its initials, in capitals. */
const INITIALS = /\b(?:(A)\.?G\.?M|(E)\.?G\.?M)\b/;
/**
 * "Mayor Making", "Mayor-Making Ceremony", "Annual Meeting (Mayor-Making)": the meeting where a town elects its mayor,
 * which the law holds at the council's annual meeting, so an annual one however the title words it.
 */
const MAYOR_MAKING = /\bmayor[-\s]?making\b/i;
/** The kinds Welsh words state, each with its word after "cyfarfod" (meeting; "gyfarfod" after "o", of). */
const WELSH_KINDS = Object.entries(WELSH_KIND_WORDS).map(([kind, word]) => ({
  kind: kind as keyof typeof WELSH_KIND_WORDS,
  pattern: new RegExp(String.raw`\b[cg]yfarfod(?:\s+cyffredinol)?\s+(?:${word})\b`, 'i'),
}));
/** A line about another meeting: the next, the last, one to approve these minutes; its kind is that meeting's. */
const ANOTHER_MEETING = new RegExp(String.raw`\b(?:next|previous|last|following|forthcoming|subject\s+to|${WELSH_ANOTHER_MEETING})\b`, 'i');

/** The kind one line states first, with where it stands on the line; null when it states none. */
function kindOnLine(line: string): { kind: WordKind; at: number } | null {
  const found = [KIND_BEFORE.exec(line), KIND_AFTER.exec(line)]
    .filter((match) => match !== null)
    .map((match) => ({ kind: KINDS.find((kind) => new RegExp(`^(?:${KIND_WORDS[kind]})$`, 'i').test(match[1] ?? '')), at: match.index }));
  const initials = INITIALS.exec(line);
  if (initials !== null) found.push({ kind: initials[1] === undefined ? 'extraordinary' : 'annual', at: initials.index });
  const mayorMaking = MAYOR_MAKING.exec(line);
  if (mayorMaking !== null) found.push({ kind: 'annual', at: mayorMaking.index });
  const first = found.filter((one) => one.kind !== undefined).sort((a, b) => a.at - b.at)[0];
  return first?.kind === undefined ? null : { kind: first.kind, at: first.at };
}

/**
 * The kind of meeting the title lines state (in English, else in Welsh: "Cyfarfod Blynyddol", welsh-words.ts), the first they name ("the Annual Meeting …, followed by the Ordinary
 * Meeting" was an annual one), by the word next to "meeting" when several stand before it ("Statutory Annual Meeting":
 * annual); `electors` for a parish's or town's meeting of its electors (`parishMeeting`, which the
 * header found). Only a title's lines, or an opening sentence (`opens`) are read: prose or a line about another meeting
 * ("Next meeting: Budget Council") says nothing of this one's kind. Null when none states one: never assumed ordinary.
 */
export function meetingKindIn(
  lines: readonly string[],
  parishMeeting: boolean,
  opens: (line: string) => boolean = () => false,
): MeetingKind | null {
  if (parishMeeting) return 'electors';
  // A bilingual title's English words name the kind in the model's own word ("Extraordinary" beside "Arbennig"), so the
  // Welsh are read only when no English line states one.
  let welsh: MeetingKind | null = null;
  for (const raw of lines) {
    const line = squash(raw);
    const titleLike = opens(line) || !/[.!?;]$/.test(line);
    if (!titleLike || ANOTHER_MEETING.test(line)) continue;
    const found = kindOnLine(line);
    if (found !== null) return found.kind;
    welsh ??= WELSH_KINDS.find(({ pattern }) => pattern.test(line))?.kind ?? null;
  }
  return welsh;
}

/** "Requisitioned by: Cllrs A, B and C", "Requested by:": a label over the members who called the meeting. */
const REQUISITION_LABEL = /^(?:requisitioned|requested|convened|called)\s+by\s*:\s*(.*)$/i;
/** A line that starts a label of its own ("Present:"), which ends a labelled list wrapped over lines. */
const OWN_LABEL = /^\p{Lu}[\p{L} '’/&-]{1,40}:(?:\s|$)/u;
/**
 * "requisitioned by Councillors A and B", "convened at the request of Cllr A", "on the requisition of Councillors A, B": a
 * sentence's words before the councillors who called the meeting; only councillors by title, so "the Chairman" or "five
 * members" names no one.
 */
const REQUISITION_SENTENCE = new RegExp(
  String.raw`\b(?:requisitioned\s+by|(?:at\s+the\s+|on\s+the\s+)(?:request|requisition)\s+of)\s+((?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s+\p{Lu}.*)$`,
  'iu',
);
/** What a sentence goes on with after its list of names: "… Umber under Standing Order 3", "…, held at the Hall". */
const AFTER_NAMES = /\s*,?\s+(?=(?:held|to|on|under|for|in|at|who|which|with|pursuant|dated|being|was|were|is)\b)/u;

/** "This meeting was", "The Extraordinary Meeting had been called": a sentence's words before the requisition, saying nothing more. */
const MEETING_WAS = /^(?:this|the)\s+(?:[\w-]+\s+){0,2}meeting\s+(?:was|had\s+been|has\s+been)(?:\s+(?:called|convened|summoned|held))?$/i;
/**
 * "under paragraph 3 of Schedule 12 to the Local Government Act 1972", "under Standing Order 4": the rule a requisition was
 * made under, which says how the meeting was called and nothing more of it.
 */
const UNDER_RULE =
  /^(?:under|pursuant\s+to|in\s+accordance\s+with)\s+(?:the\s+)?(?:paragraph|para\.|standing\s+orders?|section|schedule|rule|regulation|clause)\b[^.;]*$/i;
/** Lines a requisition's sentence may wrap over. */
const SENTENCE_LINES = 4;

/**
 * The indexes of the lines that hold a requisition's sentence alone ("This meeting was called at the requisition of
 * Councillors A and B under paragraph 3 of Schedule 12 …"), wrapped to its stop, when it says no more than who called the
 * meeting and under what rule: read, so no leftover. A sentence that goes on ("… to discuss the closure of the shop") is
 * left out, for the leftovers' warning to name what the names leave unread.
 */
function requisitionSentenceLines(lines: readonly string[]): number[] {
  for (let at = 0; at < lines.length; at += 1) {
    const taken: number[] = [];
    let text = '';
    for (let next = at; next < Math.min(lines.length, at + SENTENCE_LINES) && !/\.$/.test(text); next += 1) {
      const line = squash(lines[next] ?? '');
      if (line === '') break;
      text = `${text} ${line}`.trim();
      taken.push(next);
    }
    const found = REQUISITION_SENTENCE.exec(text.replace(/\.$/, ''));
    if (found === null || !MEETING_WAS.test(text.slice(0, found.index).trim())) continue;
    const rest = (found[1] ?? '').split(AFTER_NAMES).slice(1).join(' ').trim();
    return rest === '' || UNDER_RULE.test(rest) ? taken : [];
  }
  return [];
}

/** Who requisitioned a meeting, and the indexes of the lines that name them (read, so warned of as no leftover). */
export interface Requisition {
  names: string[];
  lines: number[];
}

/**
 * The members a record's header says requisitioned the meeting: a "Requisitioned by:" label's list, wrapped over lines
 * until a stop, a blank line or another label; else a sentence's councillors it was called at the request of (its lines
 * read when it says nothing more: requisitionSentenceLines). Null when
 * none is named, or the list's entries are no names (the labelled line is then left for the leftovers' warning).
 */
export function requisitionIn(lines: readonly string[]): Requisition | null {
  const at = lines.findIndex((line) => REQUISITION_LABEL.test(squash(line)));
  if (at !== -1) {
    const taken = [at];
    let text = REQUISITION_LABEL.exec(squash(lines[at] ?? ''))?.[1] ?? '';
    for (let next = at + 1; !/\.$/.test(text) && next < lines.length; next += 1) {
      const line = squash(lines[next] ?? '');
      if (line === '' || OWN_LABEL.test(line)) break;
      text = `${text} ${line}`;
      taken.push(next);
    }
    const names = readSideList(text)?.names ?? [];
    return names.length === 0 ? null : { names, lines: taken };
  }
  const said = REQUISITION_SENTENCE.exec(squash(lines.join(' ')))?.[1];
  const names = said === undefined ? [] : (readSideList(said.split(AFTER_NAMES)[0] ?? '')?.names ?? []);
  return names.length === 0 ? null : { names, lines: requisitionSentenceLines(lines) };
}
