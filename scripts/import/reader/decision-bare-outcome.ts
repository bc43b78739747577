/**
 * A decision stated as its subject and a bare outcome word, no verb or body before it, as parish minutes write one:
 * "Quarterly budget report approved.", "a) Payments schedule for March (£3,118.42) approved.", "Request for a second
 * dog bin not approved.". Apart from the clerk's other forms (decision-clerk-forms.ts), which all have a verb or a body
 * to find, because this one is read by what its subject lacks: a verb, a pronoun, a person agreeing.
 */
import { HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { APPLICATION_REFERENCE } from './application-reference.ts';
import { CIVIC_POST } from './chair-posts.ts';
import { POST_WORD_SOURCE } from './person-posts.ts';
import { caseless } from './caseless.ts';

/**
 * The sentence whole: a subject opening with a capital, a figure or a pound sign, then "(not) agreed" or "(not)
 * approved", perhaps "unanimously" or a tally in brackets, and a full stop (a line with none may be a heading). A stop
 * inside a sum ("£3,118.42") is no sentence's end. Group 1 the subject. Only agreed and approved: "refused" after a
 * subject is as often another body's decision reported, and "noted" decides nothing.
 */
const BARE_OUTCOME =
  /^([\p{Lu}£\d](?:[^.;!?]|\.(?=\d)){0,140}?)\s+(?:not\s+)?(?:agreed|approved)(?:\s+unanimously)?(?:\s*\([^()]{1,60}\))?\.$/u;

/** A planning application's reference opening the sentence: "approved" after it is the planning authority's decision. */
const OPENS_WITH_APPLICATION = new RegExp(String.raw`^${APPLICATION_REFERENCE}`);

/**
 * Words that make the subject a clause of its own, so the outcome word is no bare outcome: a verb that is no participle
 * ("was", "had", "said"), a pronoun or a question word ("it", "we", "whether"), a person or the members as the subject.
 */
const CLAUSE_WORDS = new Set(
  [
    'was were is are be been being has have had will would shall should can could may might must did does do',
    'it this these those he she they we i you who which that what whether if when because',
    'said told thought felt asked knew',
    'everyone everybody members councillors cllrs',
  ].flatMap((words) => words.split(' ')),
);

/**
 * Who agrees as a person, never the meeting deciding: "Councillor Hale agreed.", "Mrs Dunn agreed.", "The Proper Officer
 * agreed.", "The Town Mayor agreed.": a title (src/model/honorifics.ts) and a name, or a post as the attendance reads one
 * (POST_WORD_SOURCE, after up to three capitalised words: "Locum Clerk", "Internal Auditor") or a chair's or a civic
 * post (CIVIC_POST), so an officer is known here by the same words as in the list of those present.
 */
const PERSON_AGREES = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Oo]ur)\s+)?(?:(?:${HONORIFIC_SOURCE})\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:${caseless(POST_WORD_SOURCE)})|(?:${caseless(CIVIC_POST)}))$`,
  'u',
);

/** Determiners after which a participle is the subject's adjective ("the revised budget"), no verb. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her']);

/**
 * True when a lower-case word ending in "-ed" is a verb of the subject's own clause ("Cllr Ash reported the plans
 * approved"): one opening the subject or after a determiner is an adjective ("Revised standing orders", "the amended
 * scheme"), and one joined to the outcome by "and" says what was done with the paper first ("considered and agreed").
 */
function participleAsVerb(words: string[], at: number): boolean {
  const word = words[at] ?? '';
  if (!/^\p{Ll}[\p{L}]{2,}ed$/u.test(word) || /eed$/.test(word)) return false;
  const before = (words[at - 1] ?? '').toLowerCase();
  const joinedToOutcome = at === words.length - 2 && words.at(-1) === 'and';
  return at > 0 && !DETERMINERS.has(before) && !joinedToOutcome;
}

/**
 * True when a sentence is a decision stated as its subject and a bare "(not) agreed" or "(not) approved" (BARE_OUTCOME),
 * the subject no clause of its own (no verb, pronoun or person before the outcome: CLAUSE_WORDS, PERSON_AGREES) and no
 * planning application's line.
 */
export function isBareOutcome(sentence: string): boolean {
  const subject = BARE_OUTCOME.exec(sentence.trim())?.[1];
  if (subject === undefined || OPENS_WITH_APPLICATION.test(subject) || PERSON_AGREES.test(subject)) return false;
  const printed = subject.split(/\s+/);
  // A possessive is a noun's ("Members' allowances", "Clerk's hours"), never the subject agreeing.
  const words = printed.map((word) => (/['’]/.test(word) ? '' : word.replace(/^[^\p{L}\d£]+|[^\p{L}\d]+$/gu, '')));
  if (words.length > 16) return false;
  return !words.some((word, at) => CLAUSE_WORDS.has(word.toLowerCase()) || participleAsVerb(words, at));
}
