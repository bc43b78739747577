/**
 * When and at which item a member came or went, as a movement's words say: the time ("at 7.12pm", "19.45 hrs",
 * "09:30") and the item it is tied to ("during item 4", "before the vote on item 6", "for this item", or the item
 * the sentence stands in). Apart because a sentence, a lost link and a list's note (movement-notes.ts) are read for
 * them alike.
 */
import { parseClockTime } from '../../../src/model/dates.ts';
import { APPLICATION_REFERENCE } from './application-reference.ts';

/**
 * The words that tie a movement to an item, before the item: "during", "after", "before the vote on",
 * "during consideration of", "for the duration of", "for the remainder of". Regex source.
 */
const TIE_STAGE = String.raw`(?:(?:consideration|discussion|debate|vote|start|end|duration|remainder)\s+(?:of|on)\s+)?`;

/** An item's number as printed, a letter or two before it as some records number their items ("7", "7a", "4.2", "T4", "EX.105"); group 1. */
const ITEM_NUMBER = String.raw`((?:[A-Z]{1,3}[./]?)?\d+[a-z]?(?:[./]\d+)*)`;

/**
 * The item a movement is tied to, as printed: "during item 4", "at item 4", "after agenda item 7",
 * "before the vote on item 6", "during consideration of minute 45", "from item 5". Group 1 the number.
 */
const ITEM_TIE = new RegExp(
  String.raw`\b(?:during|at|after|before|prior\s+to|following|for|from|until|on)\s+(?:the\s+)?${TIE_STAGE}(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?${ITEM_NUMBER}\b`,
  'i',
);
/**
 * "for this item", "for that item", "during the item", "during consideration of this item", "for this
 * matter": an item the sentence names by pointing, not by number. "the item on parking" names another
 * item by its subject, and is no tie.
 */
const THIS_ITEM = new RegExp(
  String.raw`\b(?:for|during|on|in|after|before|prior\s+to|following|until)\s+(?:the\s+)?${TIE_STAGE}(?:this|that|the)\s+(?:agenda\s+)?(?:item|matter|application)\b(?!\s+(?:on|about|concerning|regarding|relating)\b)` +
    // "while it was considered", "whilst the matter was being discussed": the item pointed to by what was considered.
    String.raw`|\bwhil(?:e|st)\s+(?:it|this|that|the\s+(?:item|matter|application))\s+was\s+(?:being\s+)?(?:considered|discussed|debated|determined)\b` +
    // "left the meeting during its consideration": the item pointed to by "its".
    String.raw`|\b(?:during|for|throughout)\s+its\s+(?:consideration|discussion|debate|determination)\b`,
  'i',
);
/** An item a sentence names by its number anywhere: "declared an interest in item 9"; "items 8 and 9" names two. Group 1 the number. */
const ITEM_NAMED = new RegExp(String.raw`\b(?:agenda\s+)?(?:items?|minutes?)\s+(?:no\.?\s*)?${ITEM_NUMBER}\b`, 'gi');

/**
 * "declared an interest in application 24/0123/FUL", "… in relation to the Mill Lane site": an interest
 * declared in a matter the sentence names, which "that item" then means, not the item the sentence
 * stands in ("declared an interest in this item", "having declared an interest" name none).
 */
const DECLARED_IN =
  /\b(?:interests?|conflicts?\s+of\s+(?:interest|loyalty))\s+(?:in|on|regarding|concerning|relating\s+to|in\s+relation\s+to|in\s+respect\s+of)\s+(?!(?:this|that|the)\s+(?:agenda\s+)?(?:item|matter|application)\b)/i;

/**
 * "an interest in grant application G/25/06", "in application 25/0412/FUL": the matter's reference, group 1; "a conflict of
 * loyalty in T5": an item's number printed bare, a letter before it, group 2 (the meeting's items tell which, movements.ts).
 */
const DECLARED_IN_REFERENCE = new RegExp(
  String.raw`${DECLARED_IN.source}(?:(?:[\p{L}-]+\s+){0,3}?(${APPLICATION_REFERENCE})|(?-i:([A-Z]{1,3}\d+[a-z]?)))(?![\w/])`,
  'iu',
);

/**
 * The reference of the matter a movement's sentence declares an interest in and then points to ("declared an interest in
 * grant application G/25/06 … and left the room while it was considered"): the item is the one that names that
 * reference, which only the meeting's items can tell (movements.ts). Null when the sentence names no such matter or
 * points to no item.
 */
export function declaredReference(sentence: string): string | null {
  const declared = THIS_ITEM.test(sentence) ? DECLARED_IN_REFERENCE.exec(sentence) : null;
  return declared?.[1] ?? declared?.[2] ?? null;
}

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
export function itemOf(words: string, here: string | null, sentence: string = words): string | null {
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
export function standingIn(sentence: string, here: string | null): string | null {
  // "for the next item", "before the item on the allotments": another item, which only itemOf may tell.
  const names = /\b(?:items?|minutes?|matters?|applications?)\b/i.test(sentence) || DECLARED_IN.test(sentence);
  return names ? null : here;
}
