/**
 * The movements a sentence states: "Councillor Ward arrived at 7.12pm", "Cllr P Haigh left the meeting and returned
 * during item 6", "The connection to Councillor Hayhoe was lost", "The meeting reconvened …, when all members were
 * present except Councillor Gorringe"; and the sentences of some lines. Apart from the pronouns (movement-pronouns.ts),
 * which lean on the sentence's patterns, and from the folding of a meeting's movements (movements.ts).
 */
import type { AttendanceMovement } from '../../../src/model/schema.ts';
import { squash } from './attendance-piece.ts';
import { SHORT_WORD } from './list-split.ts';
import { type Members, membersNamed } from './movement-members.ts';
import { itemOf, movementTime, standingIn } from './movement-when.ts';

/** Which way a member moved: arrived, left or returned. */
export type Movement = AttendanceMovement['movement'];

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
export const LEAD = /^(?:(?:at|during|after|before)\s+[^,]{1,40},|at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\.?(?=\s))\s*/i;

/**
 * A sentence opening on who moved ("Councillor Ward", "The Chair", "Cllrs Ash and Elm"), "then", "had",
 * "both" or "all" between ("Councillors Ash and Elm both left"). Group 1 the subject.
 */
export const SENTENCE = VERBS.map(({ movement, source }) => ({
  movement,
  pattern: new RegExp(String.raw`^(?:${LEAD.source})?(.{2,160}?)\s+(?:then\s+|had\s+|briefly\s+|both\s+|all\s+)?${source}`, 'iu'),
}));

/** Where a sentence ends: a full stop (and a bracket that closes it) then a capital, never after an initial or a title ("Cllr P. Haigh"). */
const SENTENCE_END = new RegExp(String.raw`(?<!${SHORT_WORD})\.\)?\s+(?=[\p{Lu}(])`, 'u');

/**
 * The sentences of some lines that could state a movement: each sentence of each paragraph, and the
 * words from each line that opens on a capital to the next full stop, as "Councillor Morris left the
 * meeting." stands on its own line under a decision printed without a full stop.
 */
export function sentences(lines: readonly string[]): string[] {
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
