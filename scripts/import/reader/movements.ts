/**
 * Arrivals and departures during a meeting, as minutes record them, with the sentence patterns in one
 * place: "Councillor Ward arrived at 7.12pm, during item 4.", "Cllr P Haigh left the meeting at
 * 8.40pm.", "Councillor Moss joined the meeting during consideration of item 6", "Cllr Ince left the
 * room for this item and took no part in the vote.", "… returned to the meeting", and in a list of
 * those present "Cllr Carter (arrived at 7.05pm)", "(from item 5)", "(left at 8.30pm)". The sentence
 * stays in the minutes' text and the name in its list: a movement is an index of them
 * (schema `attendanceMovement`). Only a member is read: a name with a councillor's or personal title,
 * a chair's post ("The Chair"), or a name the attendance lists; "the press and public left", "officers
 * left" and "The Head of Finance joined the meeting" are nobody's movement.
 */
import { parseClockTime } from '../../../src/model/dates.ts';
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import type { AttendanceMovement } from '../../../src/model/schema.ts';
import { couldBeOnePerson, nameOf } from './attendance-names.ts';
import {
  HOW_ATTENDED_SOURCE,
  postKey,
  readPiece,
  readPieces,
  SHORT_WORD,
  squash,
  type Person,
  type PostHolder,
} from './attendance-person.ts';
import type { Attendance } from './attendance-lists.ts';
import type { ItemSlice } from './item-slice.ts';

type Movement = AttendanceMovement['movement'];

/** Where a room is left or entered: the meeting, the room, the chamber. Regex source. */
const PLACE = String.raw`(?:the\s+)?(?:meeting|room|chamber|council\s+chamber|meeting\s+room)`;
/**
 * What may follow a verb printed alone ("left", "arrived", "withdrew", "returned"), so that it is a
 * movement: the sentence's end, a time, an item, "late"; never an object ("withdrew the motion", "left
 * the decision to officers").
 */
const ALONE_AFTER = String.raw`(?=\s*(?:$|[.,;:(]|(?:at|during|after|before|prior|following|for|from|until|and|late|early|shortly|whilst|while|when|having|due|as|in)\b))`;

/** The verbs of each movement, a place after them or nothing. Regex sources, tried in order. */
const VERBS: readonly { movement: Movement; source: string }[] = [
  {
    movement: 'returned',
    source: String.raw`(?:returned\s+to\s+${PLACE}|re-?joined\s+${PLACE}|re-?entered\s+${PLACE}|returned${ALONE_AFTER}|re-?joined${ALONE_AFTER})`,
  },
  { movement: 'arrived', source: String.raw`(?:arrived(?:\s+at\s+${PLACE})?${ALONE_AFTER}|joined\s+${PLACE}|entered\s+${PLACE})` },
  { movement: 'left', source: String.raw`(?:left\s+${PLACE}|withdrew\s+from\s+${PLACE}|left${ALONE_AFTER}|withdrew${ALONE_AFTER})` },
];

/**
 * A lead that says when, before the subject: "At 7.12pm, Councillor Ward arrived", "During item 4, …",
 * and a time with no comma after it, "At 9.10pm Councillors Ash and Elm left".
 */
const LEAD = /^(?:(?:at|during|after|before)\s+[^,]{1,40},|at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\.?(?=\s))\s*/i;

/**
 * A sentence opening on who moved ("Councillor Ward", "The Chair", "Cllrs Ash and Elm"), "then", "had",
 * "both" or "all" between ("Councillors Ash and Elm both left"). Group 1 the subject.
 */
const SENTENCE = VERBS.map(({ movement, source }) => ({
  movement,
  pattern: new RegExp(String.raw`^(?:${LEAD.source})?(.{2,160}?)\s+(?:then\s+|had\s+|briefly\s+|both\s+|all\s+)?${source}`, 'iu'),
}));

/** A subject that is a member by its title: a councillor's or a personal title first. */
const TITLED = new RegExp(String.raw`^(?:the\s+)?(?:${COUNCILLORS_SOURCE}|${HONORIFIC_SOURCE})\s`, 'iu');

/**
 * The words that tie a movement to an item, before the item: "during", "after", "before the vote on",
 * "during consideration of", "for the duration of", "for the remainder of". Regex source.
 */
const TIE_STAGE = String.raw`(?:(?:consideration|discussion|debate|vote|start|end|duration|remainder)\s+(?:of|on)\s+)?`;

/**
 * The item a movement is tied to, as printed: "during item 4", "at item 4", "after agenda item 7",
 * "before the vote on item 6", "during consideration of minute 45", "from item 5". Group 1 the number.
 */
const ITEM_TIE = new RegExp(
  String.raw`\b(?:during|at|after|before|prior\s+to|following|for|from|until|on)\s+(?:the\s+)?${TIE_STAGE}(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(\d+[a-z]?(?:[./]\d+)*)\b`,
  'i',
);
/**
 * "for this item", "for that item", "during the item", "during consideration of this item", "for this
 * matter": an item the sentence names by pointing, not by number. "the item on parking" names another
 * item by its subject, and is no tie.
 */
const THIS_ITEM = new RegExp(
  String.raw`\b(?:for|during|on|in|after|before|prior\s+to|following|until)\s+(?:the\s+)?${TIE_STAGE}(?:this|that|the)\s+(?:agenda\s+)?(?:item|matter|application)\b(?!\s+(?:on|about|concerning|regarding|relating)\b)`,
  'i',
);
/** An item a sentence names by its number anywhere: "declared an interest in item 9"; "items 8 and 9" names two. Group 1 the number. */
const ITEM_NAMED = /\b(?:agenda\s+)?(?:items?|minutes?)\s+(?:no\.?\s*)?(\d+[a-z]?(?:[./]\d+)*)\b/gi;

/**
 * "declared an interest in application 24/0123/FUL", "… in relation to the Mill Lane site": an interest
 * declared in a matter the sentence names, which "that item" then means, not the item the sentence
 * stands in ("declared an interest in this item", "having declared an interest" name none).
 */
const DECLARED_IN =
  /\binterests?\s+(?:in|on|regarding|concerning|relating\s+to|in\s+relation\s+to|in\s+respect\s+of)\s+(?!(?:this|that|the)\s+(?:agenda\s+)?(?:item|matter|application)\b)/i;
/** An item that takes members' declarations of interest, whose "that item" is another item: "Declarations of Interest", "Disclosures of interests". */
const DECLARATIONS_TITLE = /\b(?:declarations?|disclosures?)\b|\binterests?\b/i;

/**
 * A time of day: with "am"/"pm" ("7.45pm", "7:45 pm", "7.45 p.m.", "8pm"), "hrs" after its minutes
 * ("19.45 hrs", "1945 hrs"; "2 hours" is how long), or on the 24-hour
 * clock with two digits to its hour ("19.45", "09:30"). "at 7.45" alone could be morning or evening:
 * no time is read from it.
 */
const MERIDIEM_TIME = /\b(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\b\.?|(?:\d{1,2}[.:]\d{2}|\d{4})\s*(?:hrs|hours)\b)/i;
const DAY_CLOCK = /(?<![\d.:/])\b([01]\d|2[0-3])[.:]([0-5]\d)\b(?![.:/]\d)/;
/** "item 10.15", "minute 12.30": a number that is no time. */
const NUMBERED = /\b(?:items?|minutes?|paragraphs?)\s+(?:no\.?\s*)?[\d./]+/gi;

/** The time a movement's words give, HH:MM, or null when they give none. */
export function movementTime(words: string): string | null {
  const text = words.replace(NUMBERED, ' ');
  const meridiem = MERIDIEM_TIME.exec(text);
  if (meridiem) return parseClockTime(meridiem[0]);
  const clock = DAY_CLOCK.exec(text);
  return clock ? `${clock[1]}:${clock[2]}` : null;
}

/**
 * The item the words tie a movement to: the number they print, or for "this item" the item the
 * sentence points to: the one it names by number ("declared an interest in item 9 and left the room
 * for that item"), else the item it stands in (`here`). A sentence that names two items, or declares
 * an interest in a matter it names otherwise (an application by its reference), points to none that
 * could be told: null, as it is when the words tie the movement to no item.
 */
function itemOf(words: string, here: string | null, sentence: string = words): string | null {
  const tie = ITEM_TIE.exec(words);
  if (tie) return tie[1] ?? null;
  if (!THIS_ITEM.test(words)) return null;
  const named = [...sentence.matchAll(ITEM_NAMED)];
  const numbers = new Set(named.map((match) => match[1] ?? ''));
  if (numbers.size === 0) return DECLARED_IN.test(sentence) ? null : here;
  const plural = named.some((match) => /^(?:agenda\s+)?(?:items|minutes)/i.test(match[0]));
  return numbers.size === 1 && !plural ? ([...numbers][0] ?? null) : null;
}

/**
 * The item a movement stands in when its sentence names none ("Cllr Mathias left the room and did not vote.",
 * "Councillor Semple joined the meeting at 10.09 a.m." in an item's minutes): the record prints it in that item's text,
 * where it happened, so it is that item's. Null when the sentence names an item or a matter declared in, which may be
 * another (itemOf reads those), or stands in no item (`here` null: above the first item, or in the declarations).
 */
function standingIn(sentence: string, here: string | null): string | null {
  // "for the next item", "before the item on the allotments": another item, which only itemOf may tell.
  const names = /\b(?:items?|minutes?|matters?|applications?)\b/i.test(sentence) || DECLARED_IN.test(sentence);
  return names ? null : here;
}

/** What the meeting knows of its members, to tell a member's name from anyone else's. */
export interface Members {
  attendance: Attendance;
  posts: readonly PostHolder[];
}

/**
 * The names the attendance holds of those who could come and go: present, substitutes, also present (what an entry
 * adds after a name set aside: a note, a member's post).
 */
function listedNames(attendance: Attendance): string[] {
  return [...attendance.present, ...attendance.substitutes, ...attendance.alsoPresent].map(nameOf);
}

/**
 * A member a sentence names ("Quarmby" of "Councillor Quarmby returned", "P Haigh"), as the attendance lists write them
 * ("W Quarmby"), so the record names one person one way: the one listed name that could be that member
 * (`couldBeOnePerson`: the same surname, any initial or forename the sentence gives agreeing). When no listed name
 * could be, or several could ("Smith" beside "A Smith" and "B Smith"), the sentence's own words: which one is never guessed.
 */
function asListed(name: string, listed: readonly string[]): string {
  const fitting = [...new Set(listed.filter((entry) => couldBeOnePerson(name, entry)))];
  return fitting.length === 1 ? (fitting[0] ?? name) : name;
}

/**
 * Who a sentence's subject names, as the attendance lists write them; empty when it names anyone but
 * members (the public, officers by their post, a body). "The Chair" is the member the attendance
 * says held the chair, else the post as printed.
 */
function membersNamed(subject: string, members: Members): string[] {
  const post = postKey(subject);
  if (post !== null) {
    const holder = members.posts.find((held) => postKey(held.post) === post);
    return [holder?.name ?? squash(subject)];
  }
  const pieces = readPieces(subject);
  const people = pieces.filter((piece): piece is Person => piece.kind === 'person' && piece.name !== '');
  if (people.length === 0 || people.length !== pieces.length || people.some((person) => person.officer || person.elsewhere)) return [];
  const listed = listedNames(members.attendance);
  if (!TITLED.test(subject) && !people.every((person) => listed.includes(person.name))) return [];
  return people.map((person) => asListed(person.name, listed));
}

/** Where a sentence ends: a full stop (and a bracket that closes it) then a capital, never after an initial or a title ("Cllr P. Haigh"). */
const SENTENCE_END = new RegExp(String.raw`(?<!${SHORT_WORD})\.\)?\s+(?=[\p{Lu}(])`, 'u');

/**
 * The sentences of some lines that could state a movement: each sentence of each paragraph, and the
 * words from each line that opens on a capital to the next full stop, as "Councillor Morris left the
 * meeting." stands on its own line under a decision printed without a full stop.
 */
function sentences(lines: readonly string[]): string[] {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .flatMap((paragraph) => {
      let text = '';
      const starts = new Set<number>([0]);
      for (const line of paragraph.split('\n').map(squash)) {
        if (line === '') continue;
        if (text !== '' && /^[\p{Lu}(]/u.test(line)) starts.add(text.length + 1);
        text = text === '' ? line : `${text} ${line}`;
      }
      for (const end of text.matchAll(new RegExp(SENTENCE_END.source, 'gu'))) starts.add(end.index + end[0].length);
      return [...starts]
        .sort((a, b) => a - b)
        .map((start) => {
          const rest = text.slice(start);
          const end = SENTENCE_END.exec(rest);
          return end === null ? rest : rest.slice(0, end.index + end[0].trimEnd().length);
        });
    })
    .filter((sentence) => sentence !== '');
}

/**
 * What stands between the member and the verb, as minutes say why someone left: "Councillor Ash, having
 * declared an interest, left the room", "Councillor Ash declared an interest in this item and left the
 * meeting". Group 1 the member.
 */
const ASIDE = /^(.+?),\s*(?:having|who\s+had|as\s+(?:she|he|they)\s+had)\b[^,]*,?$/i;
const DECLARED_AND = /^(.+?)\s+declared\b(?:(?!\b(?:councillors?|cllrs?)\b)[^;])*?\s+and(?:\s+then)?$/i;
/** "Declarations of interest: Councillor Rooney left the meeting.": a field's label before the sentence. */
const LABEL = /^[\p{Lu}][\p{L}\s]{0,40}:\s+/u;

/** The member a sentence's subject names: its label, and what stands between the member and the verb, set aside. */
function memberPart(subject: string): string {
  const unlabelled = subject.replace(LABEL, '');
  return (ASIDE.exec(unlabelled) ?? DECLARED_AND.exec(unlabelled))?.[1] ?? unlabelled;
}

/** "(Councillor Rattan left the meeting.)": a sentence printed in brackets, as many minutes note who came and went. */
const BRACKETED = /^\((.*)\)$/;

/**
 * A return stated in the departure's own sentence: "left the meeting at 11.55am, returning at 12.05pm", "… and
 * returned during item 6"; "…, not returning", "… without returning" state none. Group 1 the words that say when. The return's item is only one it names by number:
 * "this item" in the sentence is the departure's.
 */
const RETURN_AFTER =
  /(?<!\b(?:not|without|never))(?:,?\s+)(?:and\s+|before\s+)?(?:returned|returning|re-?joined|re-?joining)\b(?!\s+(?:the|a|an|his|her|their)\s+(?!meeting|room|chamber))(.*)$/i;

/**
 * A remote member's dropped link: "The connection to Councillor Hayhoe was lost at 11.05 am", "Councillor Hayhoe's
 * connection was lost", "Cllr Hayhoe lost connection during item 5". Group 1 who, group 2 the words after (when, and a
 * restoration). A lost link is a departure, a restored one a return, as hybrid meetings' minutes record who took part.
 */
const LINK = String.raw`(?:(?:video|audio|remote|internet|online)\s+)?(?:connection|link|feed)`;
const LINK_LOST = [
  new RegExp(
    String.raw`^(?:the\s+)?${LINK}\s+(?:to|with)\s+(.{2,80}?)\s+(?:was\s+|had\s+been\s+)?(?:lost|dropped|interrupted|cut)\b(.*)$`,
    'i',
  ),
  new RegExp(
    String.raw`^(.{2,80}?)['’]s\s+${LINK}(?:\s+to\s+the\s+meeting)?\s+(?:was\s+|had\s+been\s+)?(?:lost|dropped|interrupted|cut)\b(.*)$`,
    'i',
  ),
  new RegExp(String.raw`^(.{2,80}?)\s+lost\s+(?:(?:the|their|his|her)\s+)?${LINK}\b(.*)$`, 'i'),
];
/** "… and was restored at 11.12 am", "…, reconnecting at 11.12am": the link back, group 1 the words that say when; "was not restored" none. */
const LINK_BACK =
  /(?<!\b(?:not|without|never))(?:,?\s+)(?:and\s+|but\s+)?(?:was\s+|had\s+been\s+)?(?:restored|re-?established|re-?connected|reconnecting|re-?joined|re-?joining)\b(.*)$/i;

/** The departure a lost link states, and the return when the sentence says it was restored. */
function linkMovements(said: string, here: string | null, members: Members, text: string): AttendanceMovement[] {
  const unled = said.replace(LEAD, '');
  const found = LINK_LOST.map((pattern) => pattern.exec(unled)).find((match) => match !== null);
  if (found === undefined || found === null) return [];
  const rest = found[2] ?? '';
  const back = LINK_BACK.exec(rest);
  const words = `${LEAD.exec(said)?.[0] ?? ''} ${back === null ? rest : rest.slice(0, back.index)}`;
  return membersNamed(memberPart(found[1] ?? ''), members).flatMap((person) => [
    { person, movement: 'left' as const, time: movementTime(words), item: itemOf(words, here), text },
    ...(back === null
      ? []
      : [{ person, movement: 'returned' as const, time: movementTime(back[1] ?? ''), item: itemOf(back[1] ?? '', null), text }]),
  ]);
}

/**
 * "The meeting reconvened at 9.05 pm, when all members were present except Councillor Gorringe": a member not back
 * when the meeting resumed left during the break, at a time the sentence does not state (so none is read). Only after
 * "reconvened" or "resumed": "all members were present except …" alone is who came, not who went. No item is read
 * either: the sentence names none. Group 1 who.
 */
const ABSENT_ON_RESUMING =
  /\b(?:reconvened|resumed)\b.*?\bpresent\s+(?:except(?:\s+for)?|with\s+the\s+exception\s+of|apart\s+from|save\s+for|other\s+than)\s+(.+?)\.?$/i;

/** The departures of the members a resuming meeting's sentence says were not back. */
function notBackMovements(said: string, members: Members, text: string): AttendanceMovement[] {
  const found = ABSENT_ON_RESUMING.exec(said);
  if (found === null) return [];
  return membersNamed(found[1] ?? '', members).map((person) => ({ person, movement: 'left' as const, time: null, item: null, text }));
}

/** The movements one sentence states, one for each member it names; `here` is the number of the item it stands in. */
export function sentenceMovements(sentence: string, here: string | null, members: Members): AttendanceMovement[] {
  const text = squash(sentence);
  const said = BRACKETED.exec(text)?.[1] ?? text;
  const other = [...linkMovements(said, here, members, text), ...notBackMovements(said, members, text)];
  if (other.length > 0) return other;
  for (const { movement, pattern } of SENTENCE) {
    const found = pattern.exec(said);
    if (!found) continue;
    const subject = memberPart((found[1] ?? '').replace(LEAD, ''));
    const names = membersNamed(subject, members);
    // "Councillor Kemp left … and returned at 12.05pm" matches "returned" first, on a subject that is no member: the departure is the sentence's.
    if (names.length === 0) continue;
    const lead = LEAD.exec(said)?.[0] ?? '';
    const after = said.slice(found[0].length);
    const back = movement === 'left' ? RETURN_AFTER.exec(after) : null;
    // The return's words are its own: "left the room for this item and returned for item 8" left item 7.
    const own = back === null ? said : said.slice(0, found[0].length + back.index);
    const words = `${lead} ${own.slice(found[0].length)}`;
    return names.flatMap((person) => [
      { person, movement, time: movementTime(words), item: itemOf(words, here, own) ?? standingIn(own, here), text },
      ...(back === null
        ? []
        : [
            {
              person,
              movement: 'returned' as const,
              time: movementTime(back[1] ?? ''),
              item: itemOf(back[1] ?? '', null) ?? standingIn(said, here),
              text,
            },
          ]),
    ]);
  }
  return [];
}

/**
 * A note in a list after a name that says when the member came or went: "(arrived at 7.05pm)",
 * "(arrived late)", "(joined during item 4)", "(left at 8.30pm)", "(left after item 7)", "(from item
 * 5)", "(from 7.20pm)", "(until item 7)", "(returned at 8.50pm)". "from" and "until" say so only with
 * a time or an item ("(from Ashby Town Council)" says whom the member represents). Group 1 the verb.
 */
const NOTE = /^(arrived|joined|entered|left|withdrew|departed|returned|re-?joined|from|until)\b/i;
const NOTE_MOVEMENT: Record<string, Movement> = {
  arrived: 'arrived',
  joined: 'arrived',
  entered: 'arrived',
  from: 'arrived',
  left: 'left',
  withdrew: 'left',
  departed: 'left',
  until: 'left',
  returned: 'returned',
  rejoined: 'returned',
};

/**
 * "(joined via Microsoft Teams)", "(joined remotely)": a note that says only how the member took part, as a hybrid
 * meeting's list of those present prints it; no arrival (one that says when, "joined by video link at 7.20pm", is).
 */
const JOINED_HOW = new RegExp(String.raw`^(?:joined|entered)\s+(?:${HOW_ATTENDED_SOURCE})$`, 'i');

/** The movements one bracketed note after a name states: one for each part ("left 8.30pm, returned 8.45pm"). */
export function noteMovements(person: string, note: string, text: string): AttendanceMovement[] {
  return squash(note)
    .split(/\s*[,;]\s*|\s+and\s+/)
    .flatMap((part) => {
      const verb = NOTE.exec(part)?.[1]?.toLowerCase().replace('-', '');
      const movement = verb === undefined ? undefined : NOTE_MOVEMENT[verb];
      if (movement === undefined || JOINED_HOW.test(part)) return [];
      const time = movementTime(part);
      const item = itemOf(part, null);
      if ((verb === 'from' || verb === 'until') && time === null && item === null) return [];
      return [{ person, movement, time, item, text }];
    });
}

/**
 * "Cllr Carter (arrived at 7.05pm)": a list's entry, the name after the last comma, colon or "and", its note in brackets.
 * An entry starts only where a run of its letters can (the text's start, or after a comma, colon, semicolon or bracket):
 * the same matches, without trying again from every letter of a long paragraph that has no brackets.
 */
const NOTED_ENTRY = /(?<![^,;:()])([^,;:()]+?)\s*\(([^()]+)\)/g;

/** The movements the notes in a list state, for the names the attendance lists (as it lists them). */
function listMovements(lines: readonly string[], members: Members): AttendanceMovement[] {
  const listed = listedNames(members.attendance);
  // Each paragraph as printed, its line breaks kept: in a list of one name a line, an entry starts on its line.
  const printed = lines.join('\n').split(/\n\s*\n/);
  return printed.flatMap((paragraph) =>
    [...paragraph.matchAll(NOTED_ENTRY)].flatMap((match) => {
      const entry = (match[1] ?? '').replace(/^[^]*\s(?:and|&)\s+/i, '');
      // "Councillor K Lusher\nCouncillor N Otley (remote, from 10.40 am)": the name on the note's line, where the run
      // back to the last comma takes in the line above (a name wrapped over two lines is read whole first).
      const named = [squash(entry), squash(entry.split('\n').at(-1) ?? '')].find((text) => {
        const piece = readPiece(text);
        return piece.kind === 'person' && listed.includes(piece.name);
      });
      const piece = named === undefined ? null : readPiece(named);
      if (named === undefined || piece?.kind !== 'person') return [];
      return noteMovements(piece.name, match[2] ?? '', `${named} (${squash(match[2] ?? '')})`);
    }),
  );
}

/** A movement stated twice in the lists (the header's, and an item's that lists those present again) is one. */
function key(movement: AttendanceMovement): string {
  return [movement.person, movement.movement, movement.time, movement.item].join('|');
}

/** Two values that do not disagree: equal, or one of them not stated. */
const fits = (one: string | null, other: string | null): boolean => one === null || other === null || one === other;

/** True when two names are one member's: the same, or the one listed name each could be (`asListed`). */
function sameMember(one: string, other: string, listed: readonly string[]): boolean {
  return one === other || asListed(one, listed) === asListed(other, listed);
}

/** True when two movements could be one stated twice: the same member and movement, and no time or item that disagree. */
function agree(one: AttendanceMovement, other: AttendanceMovement, listed: readonly string[]): boolean {
  return (
    one.movement === other.movement &&
    fits(one.time, other.time) &&
    fits(one.item, other.item) &&
    sameMember(one.person, other.person, listed)
  );
}

/** How much of when and where a movement's words state: a time before an item. */
const stated = (movement: AttendanceMovement): number => 2 * Number(movement.time !== null) + Number(movement.item !== null);

/**
 * One movement stated twice, as one: the member by the fuller name, the time and item either states,
 * and the words that state the time (else the item; else the fuller words). Both stay in the minutes' text.
 */
function joined(one: AttendanceMovement, other: AttendanceMovement): AttendanceMovement {
  const more = stated(other) - stated(one);
  const text = more > 0 || (more === 0 && other.text.length > one.text.length) ? other.text : one.text;
  const person = other.person.length > one.person.length ? other.person : one.person;
  return { ...one, person, time: one.time ?? other.time, item: one.item ?? other.item, text };
}

/** A sentence's movement and where in the record it stands: the item it is tied to, else the slice its sentence is in. */
interface Placed {
  movement: AttendanceMovement;
  place: string;
}

/**
 * The movements sentences state, in order, one departure stated in two sentences ("Councillor Pike
 * declared an interest and left the meeting. Councillor Pike left the meeting at 8.05pm.") as one: the
 * member's last movement before it is the same, with no time or item that disagree, at the same place
 * (the same slice, or the item the one is tied to and the other stands in); kept where the later one
 * stands. "left … returned … left" is three, as is "left" in one item and "left" again in another.
 */
function foldSaid(said: readonly Placed[], listed: readonly string[]): AttendanceMovement[] {
  const kept: Placed[] = [];
  for (const next of said) {
    const at = kept.findLastIndex((held) => sameMember(held.movement.person, next.movement.person, listed));
    const last = kept[at];
    if (last === undefined || last.place !== next.place || !agree(last.movement, next.movement, listed)) {
      kept.push(next);
      continue;
    }
    // Where the later sentence stands: a declaration's "left the room for that item" is told again where the member left.
    kept.splice(at, 1);
    kept.push({ movement: joined(last.movement, next.movement), place: last.place });
  }
  return kept.map((held) => held.movement);
}

/**
 * The movements of some sentences, each placed: tied to an item, at that item; else at the slice it
 * stands in (`slice`, its number or its place in the record when it has none).
 */
function placedSentences(lines: readonly string[], here: string | null, slice: string, members: Members, warnings: string[]): Placed[] {
  const said = sentences(lines).map(squash);
  return said
    .flatMap((sentence, at) => {
      const pronoun = pronounSubject(sentence);
      return pronoun === null
        ? sentenceMovements(sentence, here, members)
        : pronounMovements(sentence, pronoun, said[at - 1] ?? '', here, slice, members, warnings);
    })
    .map((movement) => ({ movement, place: movement.item ?? slice }));
}

/**
 * "District Cllr Ivens reported … He left at 7.50 pm.": the movement of the one member named in the sentence or the
 * one before, whom the pronoun means; none, and a warning, when no member or more than one is named there.
 */
function pronounMovements(
  sentence: string,
  pronoun: { index: number; length: number },
  before: string,
  here: string | null,
  slice: string,
  members: Members,
  warnings: string[],
): AttendanceMovement[] {
  const [head, word, tail] = [
    sentence.slice(0, pronoun.index),
    sentence.slice(pronoun.index, pronoun.index + pronoun.length),
    sentence.slice(pronoun.index + pronoun.length),
  ];
  const where = slice === 'header' ? 'above the first item' : `under item ${slice}`;
  if (PLURAL_PRONOUN.test(word)) {
    const opening = openingMembers(before, members);
    if (opening !== null)
      return sentenceMovements(`${head}${opening}${tail}`, here, members).map((movement) => ({ ...movement, text: sentence }));
    warnings.push(
      `"${sentence}" ${where} says "${word}" came or went, but the sentence before does not open on the members it means: add the movement by hand`,
    );
    return [];
  }
  const named = titledNamed(`${before} ${head} ${tail}`, members);
  const only = named.length === 1 ? named[0] : undefined;
  if (only !== undefined)
    return sentenceMovements(`${head}${only}${tail}`, here, members).map((movement) => ({ ...movement, text: sentence }));
  const whom = named.length === 0 ? 'no member' : 'more than one member';
  warnings.push(`"${sentence}" ${where} says "${word}" came or went, but ${whom} is named just before: add the movement by hand`);
  return [];
}

/** "He", "She", "They": a pronoun standing for whom a sentence says came or went. */
const PRONOUN = /^(?:he|she|they)$/i;
/** "They": the members the sentence before opens on, two or more. */
const PLURAL_PRONOUN = /^they$/i;

/** "Cllr Ash and Cllr Elm", "Councillors Moss, Quill and Ince": the run of capitalised words (and "and") a sentence opens on. */
const OPENING_NAMES = /^(?:\p{Lu}[\p{L}'’.-]*,?|and|&)(?:\s+(?:\p{Lu}[\p{L}'’.-]*,?|and|&))*/u;

/**
 * The members a sentence opens on as its subject ("Cllr Ash and Cllr Elm declared an interest."), as printed, when it
 * names two or more and nothing else: whom "They" in the next sentence means. Null for one member (a singular "they",
 * whom a reader should be told of), for none, and for a sentence that names members only after its verb
 * ("Councillor Ince thanked Councillor Carter."), whose "They" could mean either.
 */
function openingMembers(sentence: string, members: Members): string | null {
  const opening = (OPENING_NAMES.exec(squash(sentence))?.[0] ?? '').replace(/(?:,|\s+(?:and|&))+$/, '');
  return membersNamed(opening, members).length >= 2 ? opening : null;
}

/** Where a sentence's subject is a pronoun ("He left at 7.50 pm."): its place and length; null for any other subject. */
function pronounSubject(sentence: string): { index: number; length: number } | null {
  const said = squash(sentence);
  for (const { pattern } of SENTENCE) {
    const found = pattern.exec(said);
    const subject = (found?.[1] ?? '').replace(LEAD, '');
    if (found && PRONOUN.test(subject))
      return { index: said.indexOf(subject, (LEAD.exec(said)?.[0] ?? '').length), length: subject.length };
  }
  return null;
}

/** A member named with a title in running text: "Cllr Ivens", "Councillor Mrs A Holt". */
const TITLED_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${COUNCILLORS_SOURCE}|${HONORIFIC_SOURCE})\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+`,
  'gu',
);

/** The people some text names by a title, each once (two ways of naming one listed person are one): as printed first. */
function titledNamed(text: string, members: Members): string[] {
  const listed = listedNames(members.attendance);
  const seen = new Map<string, string>();
  for (const [printed] of squash(text).matchAll(TITLED_IN_TEXT)) {
    const person = readPiece(printed);
    if (person.kind !== 'person' || person.name === '') continue;
    const who = asListed(person.name, listed);
    if (![...seen.keys()].some((known) => couldBeOnePerson(known, who))) seen.set(who, printed);
  }
  return [...seen.values()];
}

/**
 * Every movement a meeting's record states: the notes in its lists of those present (the header's,
 * or an item's that lists them), and the header's and each item's sentences in order. A note and a
 * sentence that state one movement ("Cllr Pike (left at 8.05pm)" and "Councillor Pike left the
 * meeting.") are one, where the sentence stands, when the note fits that sentence only; a note that
 * fits no sentence, or several, comes first, as it was printed. Empty when the record states none.
 */
export function readMovements(
  header: readonly string[],
  slices: readonly ItemSlice[],
  members: Members,
  warnings: string[] = [],
): AttendanceMovement[] {
  const noted = [header, ...slices.map((slice) => slice.lines)]
    .flatMap((lines) => listMovements(lines, members))
    .filter((movement, at, all) => all.findIndex((other) => key(other) === key(movement)) === at);
  const listed = listedNames(members.attendance);
  const said = foldSaid(
    [
      ...placedSentences(header, null, 'header', members, warnings),
      ...slices.flatMap((slice, at) => {
        // "left the room for that item" in the declarations means the item declared in, never the declarations.
        const here = DECLARATIONS_TITLE.test(slice.title) ? null : slice.number;
        return placedSentences(slice.lines, here, slice.number ?? `slice ${at}`, members, warnings);
      }),
    ],
    listed,
  );
  const alone: AttendanceMovement[] = [];
  for (const note of noted) {
    const fitting = said.flatMap((movement, at) => (agree(movement, note, listed) ? [at] : []));
    const same = fitting.find((at) => key(said[at] as AttendanceMovement) === key(note));
    const at = fitting.length === 1 ? fitting[0] : same;
    if (at === undefined) alone.push(note);
    else said[at] = joined(said[at] as AttendanceMovement, note);
  }
  return [...alone, ...said];
}
