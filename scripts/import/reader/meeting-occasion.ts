/**
 * What kind of meeting a record says it was ("EXTRAORDINARY MEETING OF THE COUNCIL", "Special Council", "Annual Meeting
 * of the Town Council", "Budget Council", an "Annual Parish Meeting" of the electors), and who requisitioned it
 * ("Requisitioned by: Cllrs A, B and C", "convened at the request of Councillors A and B"). The words that say the kind
 * are one list here: the header reads them too, to pass over them to the body's name.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import type { MeetingKind } from '../../../src/model/schema.ts';
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

/**
 * Words before "meeting" that say what kind of meeting it was, or how it met, not which body met; one in brackets too, "the
 * Special (Extraordinary) Meeting of the Council". "Joint", "monthly", "quarterly" and "general" are among them, though
 * no kind of their own: a joint meeting is said by the bodies it names, and a monthly one is no kind the model holds.
 * Regex source.
 */
export const MEETING_KIND = String.raw`\(?(?:${KIND_WORD}|joint|monthly|quarterly|general|${MET_HOW})\)?`;

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
/** A line about another meeting: the next, the last, one to approve these minutes; its kind is that meeting's. */
const ANOTHER_MEETING = /\b(?:next|previous|last|following|forthcoming|subject\s+to)\b/i;

/** The kind one line states first, with where it stands on the line; null when it states none. */
function kindOnLine(line: string): { kind: WordKind; at: number } | null {
  const found = [KIND_BEFORE.exec(line), KIND_AFTER.exec(line)]
    .filter((match) => match !== null)
    .map((match) => ({ kind: KINDS.find((kind) => new RegExp(`^(?:${KIND_WORDS[kind]})$`, 'i').test(match[1] ?? '')), at: match.index }));
  const initials = INITIALS.exec(line);
  if (initials !== null) found.push({ kind: initials[1] === undefined ? 'extraordinary' : 'annual', at: initials.index });
  const first = found.filter((one) => one.kind !== undefined).sort((a, b) => a.at - b.at)[0];
  return first?.kind === undefined ? null : { kind: first.kind, at: first.at };
}

/**
 * The kind of meeting the title lines state, the first they name ("the Annual Meeting …, followed by the Ordinary
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
  for (const raw of lines) {
    const line = squash(raw);
    const titleLike = opens(line) || !/[.!?;]$/.test(line);
    if (!titleLike || ANOTHER_MEETING.test(line)) continue;
    const found = kindOnLine(line);
    if (found !== null) return found.kind;
  }
  return null;
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

/** Who requisitioned a meeting, and the indexes of the labelled lines that name them (read, so warned of as no leftover). */
export interface Requisition {
  names: string[];
  lines: number[];
}

/**
 * The members a record's header says requisitioned the meeting: a "Requisitioned by:" label's list, wrapped over lines
 * until a stop, a blank line or another label; else a sentence's councillors it was called at the request of. Null when
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
  return names.length === 0 ? null : { names, lines: [] };
}
