/**
 * Guests an item's minutes name speaking whom no list of the attendance holds: "Ms C Finney, the lead petitioner,
 * addressed the Council", "Inspector C Mead (Aldermoor Police) updated the committee", "Mr Hardcastle (Marsh Street)
 * asked when …", or a list under "The following addressed the Committee:" ("Mrs P Yeo, the Applicant"). One who
 * presented (or answered questions) and is said to come from another body or as a petitioner, a resident or another
 * guest, or who is listed as addressing the meeting, or who is no councillor where the members are listed, is a
 * presenter of that item; a councillor outside the members who addressed it is also
 * present; anyone else so named is warned of by name, never dropped unsaid. The sentence pieces are also those by which
 * attendance-settle.ts tells a listed guest who presented.
 */
import { COUNCILLOR_SOURCE, HONORIFICS, RANK_SOURCE, stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { couldBeOnePerson } from './attendance-names.ts';
import { BODY_WORD } from './person-posts.ts';
import { OUTSIDE_POST_SOURCE, ROLE_WORDS } from './role-words.ts';
import { squash } from '../text.ts';

/** Whom a guest spoke to: "the Committee", "Members", "the Sub-Committee", "the meeting". */
const AUDIENCE = String.raw`(?:the\s+)?(?:[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Pp]anel|[Bb]oard|[Cc]ouncil|[Cc]abinet|[Mm]embers|[Mm]eeting)\b`;
/**
 * What a presenter did, as minutes say it after the name: "presented the report", "introduced the item" (never
 * "introduced herself" or "introduced Mr Cole", someone else), "answered members' questions", "gave a presentation";
 * as a deputation's or a partner's part is written: "addressed the Committee", "updated Members", "was admitted to the
 * meeting to speak" (admitted alone may be to listen), "reported that" or "reported on" what they came to report.
 */
export const PRESENTED = String.raw`(?:(?:(?:presented|introduced)(?!\s+(?:(?:her|him|them)sel(?:f|ves)\b|\p{Lu}))|gave\s+(?:a|the)\s+presentation|(?:answered|responded\s+to)\s+(?:[\p{L}'’]+\s+){0,3}?questions|(?:addressed|updated)\s+${AUDIENCE}|(?:was|were)\s+admitted\s+to\s+the\s+meeting\s+to\s+(?:speak|address|present)|reported\s+(?:that|on))\b|reported\s*:)`;
/** What a sentence prints after a name: a post or body in brackets, or between commas. */
export const NOTE = String.raw`(?:\s*\([^()]*\))?(?:\s*,[^,.;]{1,100},)?`;
/** Another person of a run, with their note: "Ms P Ruiz", "Mr Cole (Healthwatch)"; up to five words in capitals. */
export const OTHER = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*${NOTE}`;
/** What parts the names of a run: a comma, "and", ", and", "&". */
export const JOIN = String.raw`(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)`;
/** After a name's note: the others a run names with it ("Dr Shaw and Ms Ruiz presented": each did), ", who", "then". */
const RUN = String.raw`(?:${JOIN}${OTHER})*(?:,?\s+who)?(?:\s+(?:then|also|briefly|jointly))?`;
/** Between a name and what they did: its note, then the run (RUN). */
export const BETWEEN = String.raw`${NOTE}${RUN}`;

/** What one from the public did that no list keeps them for: "asked", "spoke", "raised", "put a question". */
const SPOKE = String.raw`(?:asked|spoke|raised|put\s+(?:a\s+)?questions?|made\s+representations)\b`;

/** The titles a guest is named with in a sentence: a person's or a police rank, never a councillor's or a civic office's. */
const GUEST_TITLE = HONORIFICS.filter((title) => title.kind === 'personal' || title.kind === 'rank')
  .flatMap((title) => title.spellings)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A guest's title, or a councillor's: "Mrs", "Inspector", "Councillor", "County Cllr". */
const SPEAKER_TITLE = String.raw`(?:${COUNCILLOR_SOURCE}|(?:${GUEST_TITLE})\.?)`;
/** A titled name: the title, up to three given names or initials, and a surname. */
const TITLED = String.raw`${SPEAKER_TITLE}\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+`;
/** A police rank at the start of a name: "PC Moss", "Inspector R Vane". */
const RANK_NAMED = new RegExp(String.raw`^${RANK_SOURCE}\s`, 'u');
/** A councillor's title at the start of a name. */
const COUNCILLOR_NAMED = new RegExp(String.raw`^${COUNCILLOR_SOURCE}\s`, 'u');

/** A titled name in a sentence (group 1), the note in brackets (group 2) or between commas (group 3) after it. */
const NAMED = String.raw`(?<![\p{L}'’-])(${TITLED})(?:\s*\(([^()]*)\))?(?:\s*,([^,.;]{1,100}),)?`;
/** Each titled name of a run after the first ("and Ms P Ruiz (Healthwatch)"), as NAMED's groups. */
const NAMED_IN_RUN = new RegExp(NAMED, 'gu');
/**
 * A titled name as NAMED reads it (groups 1–3), the others of its run (group 4), and what they did: presented (group 5)
 * or only spoke (group 6).
 */
const SPEAKER = new RegExp(String.raw`${NAMED}(${RUN})\s+(?:(${PRESENTED})|(${SPOKE}))`, 'gu');

/** A line that leads a list of those who spoke at an item: "The following addressed the Committee:", "Public speakers:". */
const SPEAKERS_LEAD = /(?:\b(?:addressed|spoke|were\s+heard|made\s+representations)\b[^:]{0,60}|\bspeakers?)\s*:$/i;
/**
 * A line of such a list: the part they spoke in before a dash (group 1, "Objector - Mrs A Bell"), a titled name
 * (group 2), then what it says of them (group 3): ", the Applicant (Action Group)".
 */
const LISTED_SPEAKER = new RegExp(String.raw`^(?:(\p{Lu}[\p{L}'’ ]{2,40}?)\s+[–—-]\s+)?(${TITLED})\s*([,(–—-].*)?$`, 'u');

/**
 * What a note says a guest came as: a body that is no council ("Aldermoor Police"), a post held outside the council's
 * staff ("External Auditor" aside, role-words.ts), or the part a member of the public takes.
 */
const GUEST_PART = new RegExp(
  String.raw`${BODY_WORD.source}|\b${OUTSIDE_POST_SOURCE}\b|\b(?:(?:lead\s+)?petitioner|resident|objector|applicant|agent|witness|(?:public\s+)?speaker|deputation)s?\b`,
  'iu',
);

/** Any title's word: "Mayor" after "Lord" names an office, no one. */
const TITLE_WORD = new RegExp(String.raw`^(?:${HONORIFICS.flatMap((one) => one.spellings).join('|')})$`, 'i');

/** A name whose words after the title are a post's or a title's ("Lord Mayor", "Mr Chairman"): nobody's name. */
function namesNoOne(name: string): boolean {
  return name
    .split(/\s+/)
    .slice(1)
    .some((word) => ROLE_WORDS.has(word.toLowerCase()) || TITLE_WORD.test(word));
}

/**
 * A person one item's minutes name speaking: as printed, with the note after the name, whether they presented, and
 * whether they were listed as addressing the meeting (`listed`: the minutes say they spoke to it, whoever they are).
 */
interface Speaker {
  name: string;
  note: string | null;
  presented: boolean;
  listed: boolean;
  item: string;
}

/** An item's minutes as one line, its line breaks (and Markdown's "\\" ones) spaces. */
const minutesText = (item: Pick<AgendaItemInput, 'minutes'>): string => squash((item.minutes ?? '').replace(/\\\n|\n/g, ' '));

/** The people an item's minutes name speaking or presenting in a sentence, in the order named. */
function speakersOf(item: Pick<AgendaItemInput, 'number' | 'minutes'>): Speaker[] {
  const text = minutesText(item);
  return [...text.matchAll(SPEAKER)].flatMap((match) => {
    // "PS Okafor and Inspector R Vane answered questions": each of the run did, not the first alone.
    const named = [match, ...(match[4] ?? '').matchAll(NAMED_IN_RUN)];
    return named.flatMap((one) => {
      const name = squash(one[1] ?? '');
      if (namesNoOne(name)) return [];
      const note = squash(one[2] ?? one[3] ?? '').replace(/^the\s+/i, '') || null;
      return [{ name, note, presented: match[5] !== undefined, listed: false, item: String(item.number ?? '') }];
    });
  });
}

/** "The Committee was addressed by Mr A (applicant) and by Mrs B on behalf of the residents": the run after "by" (group 1). */
const ADDRESSED_BY = new RegExp(String.raw`\b(?:was|were)\s+(?:addressed|updated)\s+by\s+([^.;]+)`, 'gu');
/** Where such a run parts: a comma or "and", an optional "by", then the next titled name. */
const ADDRESSED_JOIN = new RegExp(String.raw`${JOIN}(?:by\s+)?(?=${SPEAKER_TITLE}\s)`, 'u');
/** One of that run: the titled name (group 1), then what it says of them (group 2): "(applicant)", "on behalf of …". */
const ADDRESSED_ONE = new RegExp(String.raw`^(${TITLED})\s*,?\s*(.*)$`, 'u');

/**
 * The people a sentence says the meeting was addressed by, each as listed as addressing it (a presenter whoever they
 * are): the passive of "Mrs P Yeo addressed the Committee", which SPEAKER reads.
 */
function addressedByOf(item: Pick<AgendaItemInput, 'number' | 'minutes'>): Speaker[] {
  const text = minutesText(item);
  return [...text.matchAll(ADDRESSED_BY)].flatMap((match) =>
    (match[1] ?? '').split(ADDRESSED_JOIN).flatMap((part) => {
      const one = ADDRESSED_ONE.exec(squash(part));
      if (!one || namesNoOne(one[1] ?? '')) return [];
      return [
        { name: squash(one[1] ?? ''), note: listedNote(one[2] ?? ''), presented: true, listed: true, item: String(item.number ?? '') },
      ];
    }),
  );
}

/** What a listed speaker's line says of them, as a note: ", the Applicant (Action Group)" → "Applicant, Action Group". */
function listedNote(rest: string): string | null {
  const note = squash(rest.replace(/\s*\(/g, ', ').replace(/\)/g, ''))
    .replace(/\s*(?:,\s*)+/g, ', ')
    .replace(/^[\s,–—-]+|[\s.]+$/g, '')
    .replace(/^the\s+/i, '');
  return note === '' ? null : note;
}

/** "Speakers: Mrs G Hollis (objector); …", "Public speakers: None": the speakers on the label's own line (group 1). */
const SPEAKERS_ON_LINE = /^(?:registered\s+|public\s+)?speakers?\s*:\s*(\S.*)$/i;
/** "None", "Nil", "No speakers": the label's line says no one spoke. */
const NO_SPEAKERS = /^(?:none|nil|no(?:\s+(?:public|registered))?\s+speakers?)\.?$/i;
/** "Askwith Parish Council (Mrs Jo Dent)": a body with the one who spoke for it in brackets. */
const FOR_BODY = new RegExp(String.raw`^([^()]+?)\s*\((${TITLED})\)$`, 'u');

/**
 * The speakers a label's line lists after its colon, each "Name (part)" or "Body (Name)", parted by semicolons (by
 * commas where there are none): each a guest who spoke on the item. Null when a part names no one (the line is warned
 * of); none when the line says no one spoke.
 */
function speakersOnLine(list: string, item: string): Speaker[] | null {
  const text = list.replace(/\.$/, '').trim();
  if (NO_SPEAKERS.test(text)) return [];
  const parts = text.split(text.includes(';') ? /\s*;\s*/ : /\s*,\s*(?![^()]*\))/).filter((part) => part !== '');
  const speakers = parts.map((part): Speaker | null => {
    const body = FOR_BODY.exec(part);
    if (body !== null) return { name: squash(body[2] ?? ''), note: squash(body[1] ?? ''), presented: true, listed: true, item };
    const listed = LISTED_SPEAKER.exec(part);
    if (!listed || namesNoOne(listed[2] ?? '')) return null;
    return {
      name: squash(listed[2] ?? ''),
      note: listedNote(`${listed[1] ?? ''}, ${listed[3] ?? ''}`),
      presented: true,
      listed: true,
      item,
    };
  });
  return speakers.every((speaker) => speaker !== null) ? speakers : null;
}

/**
 * The people an item lists under a line saying they addressed it ("The following addressed the Committee:" over "Mrs P
 * Yeo, the Applicant", "Councillor B Harrop, local member"), one a line up to the first line naming no one. A lead with
 * no one read under it is returned (`unread`) for the caller to warn of.
 */
function listedSpeakersOf(item: Pick<AgendaItemInput, 'number' | 'minutes'>): { speakers: Speaker[]; unread: string[] } {
  const lines = (item.minutes ?? '').split(/\\\n|\n/).map(squash);
  const speakers: Speaker[] = [];
  const unread: string[] = [];
  lines.forEach((line, at) => {
    // "**Speakers:** Mrs G Hollis (objector)": a web page's bold label, read as the label.
    const onLine = SPEAKERS_ON_LINE.exec(line.replace(/\*\*/g, ''));
    if (onLine !== null) {
      const read = speakersOnLine(onLine[1] ?? '', String(item.number ?? ''));
      if (read === null) unread.push(line);
      else speakers.push(...read);
      return;
    }
    if (!SPEAKERS_LEAD.test(line)) return;
    const before = speakers.length;
    for (const next of lines.slice(at + 1)) {
      const listed = LISTED_SPEAKER.exec(next);
      if (!listed || namesNoOne(listed[2] ?? '')) break;
      const note = listedNote(`${listed[1] ?? ''}, ${listed[3] ?? ''}`);
      speakers.push({ name: squash(listed[2] ?? ''), note, presented: true, listed: true, item: String(item.number ?? '') });
    }
    if (speakers.length === before) unread.push(line);
  });
  return { speakers, unread };
}

/** The entry a guest of an item is kept with, as the lists of guests for an item keep them: "Name, note (item n)". */
const entryOf = (speaker: Speaker, name = speaker.name): string =>
  `${name}${speaker.note === null ? '' : `, ${speaker.note}`} (item ${speaker.item})`;

/** The list a speaker in no list of the attendance goes in, or null when they are only warned of. */
function placeOf(speaker: Speaker, membersListed: boolean): 'presenters' | 'alsoPresent' | null {
  // A councillor outside the members listed who addressed the meeting came as another member ("local member").
  if (COUNCILLOR_NAMED.test(speaker.name)) return speaker.presented && membersListed ? 'alsoPresent' : null;
  // "PC Moss reported on …": a police officer, the force's and no council's, so a guest whatever the note says.
  // "Ms Carr answered questions", "Dr Pole presented the findings": where the members are listed, one who is in no list
  // and no councillor is no member, so a guest who presented, as one said to come from a body is.
  const guest =
    speaker.listed || RANK_NAMED.test(speaker.name) || (speaker.note !== null && GUEST_PART.test(speaker.note)) || membersListed;
  return speaker.presented && guest ? 'presenters' : null;
}

/**
 * The guests the items' minutes name presenting who are in no list of the attendance (`listed`, every entry; `members`,
 * those present): presenters of their item (`presenters`), councillors who addressed it (`alsoPresent`, where the
 * members present are listed, so that one outside them is no member), and a warning by name for each other person
 * named speaking whom no list holds, or each list of speakers with no one read under it (`warnings`).
 */
export function itemGuests(
  listed: readonly string[],
  items: readonly Pick<AgendaItemInput, 'number' | 'minutes'>[],
  members: readonly string[] = [],
): { presenters: string[]; alsoPresent: string[]; warnings: string[] } {
  const seen: string[] = [];
  const found = { presenters: [] as string[], alsoPresent: [] as string[], warnings: [] as string[] };
  for (const item of items) {
    const lists = listedSpeakersOf(item);
    for (const lead of lists.unread) {
      found.warnings.push(
        `item ${item.number ?? ''} lists those who spoke under "${lead}", but no one under it was read: add them to the meeting file by hand`,
      );
    }
    for (const speaker of [...lists.speakers, ...addressedByOf(item), ...speakersOf(item)]) {
      // "Cllr Shewell" is "Mrs Shewell" of those present: a councillor's title is never the one a list prints.
      const name = stripCouncillorTitles(speaker.name);
      if ([...listed, ...seen].some((entry) => couldBeOnePerson(name, entry))) continue;
      seen.push(speaker.name);
      const place = placeOf(speaker, members.length > 0);
      if (place === 'presenters') found.presenters.push(entryOf(speaker));
      else if (place === 'alsoPresent') found.alsoPresent.push(entryOf(speaker, stripCouncillorTitles(speaker.name)));
      else found.warnings.push(unplacedWarning(speaker));
    }
  }
  return found;
}

/** The warning for one named speaking whom no list holds and who is not said to be a guest who presented. */
function unplacedWarning(speaker: Speaker): string {
  const printed = `${speaker.name}${speaker.note === null ? '' : ` (${speaker.note})`}`;
  return `item ${speaker.item} names "${printed}" speaking, who is in no list of the attendance and not said to be a guest who presented: add them to the meeting file by hand if they belong in it`;
}
