/**
 * Decisions said in the clerk's sentences with no marker opening a block: which sentence of a piece decides and what
 * it decided (the words after "RESOLVED", the proposal an outcome alone carried, the sentence "This was AGREED" points
 * back to), a list entry decided whole, and a list printed under a lead-in that ends with a colon. Apart from the
 * marked blocks (decisions-marked.ts), which read an item first; these are read when no block is marked.
 */
import { LIST_COLON } from '../list-marks.ts';
import { pointsRunOn, tidy } from '../list-entries.ts';
import { squash } from '../text.ts';
import { SHORT_WORD } from './list-split.ts';
import { APPROVAL_MOVERS_ONLY, MOVERS_ONLY, SECONDER_ONLY } from './mover-names.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';
import {
  decidesBesidesPut,
  decidesInOwnWords,
  isClerkDecision,
  NOT_AS_PUT,
  NOT_NOW,
  passedAsProposed,
  PROPOSED_THAT,
} from './decision-clerk-forms.ts';
import { DECIDING_BODY, HOW_DECIDED } from './decision-markers.ts';
import { grantEntries, type Piece, pieces, pieceSentences, withGrant } from './decision-pieces.ts';
import { recommendedPoints } from './decision-recommend-list.ts';
import { MOVERS_THEN_OUTCOME, OUTCOME_ONLY, outcomeCounted, talliesOnly, withoutRunOn } from './decision-run-on.ts';
import { applicationNamed, withApplication, withoutCirculated } from './decision-subject.ts';

/**
 * "RESOLVED to support.", "It was RESOLVED that …": a sentence that opens with the marker, group 1 what was resolved.
 * "Resolved that …" opening a sentence (RESOLVED_OPENS_LINE's form) is the same marker in a town council's case,
 * so a record's decisions read one way, without the word, whichever case it prints.
 */
const MARKER_OPENS =
  /^(?:It\s+was\s+)?(?:UNANIMOUSLY\s+)?(?:RESOLVED\b[\s:;,\-–—]*|Resolved\s+(?=(?:\([^()]{1,40}\)\s+)?(?:that|to)\b))(\S.*)$/;

/**
 * "Following questions and answers the Board agreed to …", "After discussion, it was resolved that …",
 * "Thereafter, the Board AGREED to …": how the meeting came to its decision, and who took it, before what
 * it decided; the decision is what follows ("to approve the Winter Plan …"), as a capitals marker's is.
 */
const PREAMBLE = new RegExp(
  String.raw`^${HOW_DECIDED}(?:it\s+was|(?:the\s+)?(?:[\w-]+\s+){0,3}?${DECIDING_BODY})\s+(?:(?:then|therefore|duly|also|unanimously)\s+)*${oneOf(DECIDING_WORDS)}\s+(?=to\s|that[\s,])`,
  'i',
);

/**
 * "Cllr Hobbs proposed and Cllr Lyle seconded that Cllr Madge take the chair", "It was moved by … that …", "It was proposed
 * by Cllr Dyson and seconded by Cllr Catterall to accept Quote B": a proposal put in any form that names who put it, what
 * was proposed in group 1 ("that …", or "to" and a verb: never "to the meeting", which names no proposal).
 */
const PROPOSAL_PUT = new RegExp(
  String.raw`\b(?:proposed|moved|seconded)\b(?:[^.;]|(?<=${SHORT_WORD})\.){0,160}?\s((?:that|to(?=\s+(?!(?:the|a|an|this|these|those|his|her|their|its|him|them|me|us)\b)\p{Ll}))\s.+)$`,
  'iu',
);

/**
 * What an outcome alone ("Agreed unanimously.", "Carried.") decided, as parish minutes record a proposal, perhaps its
 * tally ("Vote: 4 for, 1 against, 1 abstention.") and its movers, then the outcome: the proposal's words ("that …", "to
 * …"); none ('') when the proposal is read as a decision already (passedAsProposed). When the movers name no words of
 * their own ("… The Committee objected; the access is unsafe. Proposed Cllr A, seconded Cllr B. Carried unanimously."),
 * what they moved is the sentence before them, with the application a planning list's line names before it. Null when the
 * sentence is no outcome alone, nothing before it proposes, or what does is a decision or a proposal not passed as put:
 * the outcome then stands as printed.
 */
function proposalCarried(all: string[], at: number, planning: boolean): string | null {
  if (!OUTCOME_ONLY.test(all[at] ?? '')) return null;
  let back = at - 1;
  while (back >= 0 && talliesOnly(all[back] ?? '')) back -= 1;
  let movers = back;
  while (movers >= 0 && (MOVERS_ONLY.test(all[movers] ?? '') || SECONDER_ONLY.test(all[movers] ?? ''))) movers -= 1;
  const proposal = movers < back ? movers : back;
  const before = all[proposal] ?? '';
  if (before === '' || decidesInOwnWords(before) || NOT_AS_PUT.test(before) || NOT_NOW.test(before) || OUTCOME_ONLY.test(before))
    return null;
  const put = PROPOSAL_PUT.exec(before);
  if (put === null)
    return movers < back ? withApplication(before, proposal > 0 ? applicationNamed(all[proposal - 1] ?? '', planning) : null) : null;
  return passedAsProposed(all, proposal) ? '' : (put[1] ?? null);
}

/**
 * A decided sentence as the decision: from its words after the marker when it opens with one ("RESOLVED to
 * support." → "to support."), with the application the sentence before names when a planning list prints
 * the decision after it ("0921/25/HHO – 4 Ropewalk – rear extension. RESOLVED to support."): in a planning item
 * (`planning`), a bare reference too ("25/0198 – …", application-reference.ts).
 */
export function decisionOf(all: string[], at: number, planning = false): string {
  // "Councillor Gault asked that thanks be recorded. This was AGREED.": what was agreed is the sentence before, said with it;
  // none when there is none, or when that one is a decision already (the item's warnings say a decision was not worded).
  if (THIS_DECIDED.test(all[at] ?? '')) {
    const before = all[at - 1];
    return before === undefined || decidesInOwnWords(before) ? '' : `${before} ${all[at] ?? ''}`;
  }
  const carried = proposalCarried(all, at, planning);
  if (carried !== null) return carried;
  const sentence = thatAfter(all[at] ?? '', all[at + 1]);
  // A proposal the clerk's forms do not read as decided ("… be accepted"): its "that X be Y" is the decision.
  const proposed = isClerkDecision(sentence) && decidesBesidesPut(sentence) ? null : PROPOSED_THAT.exec(sentence);
  if (proposed) return proposed[1] ?? sentence;
  const marked = MARKER_OPENS.exec(sentence);
  if (!marked) return withGrant(all, at, withoutCirculated(sentence).replace(PREAMBLE, ''));
  const before = at > 0 && !isClerkDecision(all[at - 1] ?? '') ? applicationNamed(all[at - 1] ?? '', planning) : null;
  return withApplication(marked[1] ?? '', before);
}

/**
 * False for a decided sentence that says nothing of its own: an approval's movers ("Approved: Ruaridh Mack
 * Seconded: Isla Pettigrew", the vote reader's motion; what was approved is a decision only where the text
 * says it), and an outcome after a decision and its movers ("… agreed to object. Proposed: Gordon Quarrie.
 * Seconded: Ewan Orr. Agreed unanimously.", or with no movers between), which the vote reader reads as its vote.
 */
export function saysWhat(all: string[], at: number): boolean {
  const sentence = all[at] ?? '';
  if (APPROVAL_MOVERS_ONLY.test(sentence) || MOVERS_THEN_OUTCOME.test(sentence)) return false;
  // Only an outcome that says how it was carried ("Agreed unanimously.", "Carried 6 for."): a bare "Approved." after a decision is a list's next one.
  if (!outcomeCounted(sentence) || thatAfter(sentence, all[at + 1]) !== sentence) return true;
  let back = at - 1;
  while (back >= 0 && (MOVERS_ONLY.test(all[back] ?? '') || SECONDER_ONLY.test(all[back] ?? ''))) back -= 1;
  const earlier = all[back] ?? '';
  // "Approved. Approved.": two grants' outcomes in a list, each its own.
  return back < 0 || !decidesInOwnWords(earlier) || OUTCOME_ONLY.test(earlier);
}

/** "The Council resolved to object …", "It was agreed that …": a decision that says what was decided in its own words. */
const DECIDED_IN_OWN_WORDS = new RegExp(
  String.raw`\b${oneOf(DECIDING_WORDS)}\s+(?:\([^()]{1,40}\)\s+)?(?:unanimously\s+)?(?:to|that)\s`,
  'i',
);

/**
 * Sentences in the lower-case forms of parish and committee minutes. A list entry that holds one
 * is the decision whole ("a) Scouts – £500. Approved."), so the decision says what was approved, its
 * lines read as one; unless the decision opens with RESOLVED, which says where it starts ("b) The
 * auditor's certificate has been received. RESOLVED to publish the notice."), or says what was decided
 * in its own words ("… Cllr Hale left the room. The Council resolved to object on grounds of access."):
 * then the entry's other sentences are no part of it, the application its first line names kept before it (a bare
 * reference in a planning item: `planning`).
 */
export function clerkDecisions(text: string, planning = false): string[] {
  const found = pieces(text).flatMap(grantEntries);
  // A grant that names no sum is one only beside grants that name theirs.
  const grantsList = found.some((piece) => piece.grant?.sum === true);
  const decided: string[][] = [];
  found.forEach((piece, index) => {
    const own = withListAfterLeadIn(decisionsOfPiece(piece, grantsList, planning), found, index);
    // A point carried on from the one above reads as one line, as a decided entry does (decisionsOfPiece).
    const carried = () => tidy(withoutRunOn(squash(piece.text.replace(/\s*\n\s*/g, ' '))));
    decided.push(own.length > 0 || !joinedToDecided(found, decided, index) ? own : [carried()]);
  });
  // "… and RESOLVED to RECOMMEND TO COUNCIL that:" over its points: each point a recommendation, the lead-in none.
  return recommendedPoints(found, decided).flat();
}

/**
 * True when a list entry is a point of the decided list above it: the entry before (blank lines apart) was
 * decided and ends with "; and" or ";", so this one carries its sentence on ("(b) approved a concession; and"
 * over "(c) delegated to the Head of Service the setting of charges."), whatever verb it opens with.
 */
function joinedToDecided(found: Piece[], decided: string[][], index: number): boolean {
  if (found[index]?.entry !== true) return false;
  let before = index - 1;
  while (before >= 0 && found[before]?.entry === false && found[before]?.text.trim() === '') before -= 1;
  const previous = found[before];
  return previous?.entry === true && (decided[before]?.length ?? 0) > 0 && /;\s*(?:and|or)?\s*$/i.test(previous.text);
}

/** "Agreed and signed by the Chair.", "Unanimously approved.": a sentence that opens with its outcome, no words of its own after it. */
const OUTCOME_FIRST = /^(?:unanimously\s+)?(?:agreed|approved|carried)\b(?!\s+(?:to|that)\b)/i;

/**
 * True when the text itself says what came of a proposal a sentence only puts ("Councillor Ash, seconded by Councillor Elm,
 * moved that the plan be approved.", decidesBesidesPut false): the next sentence moves an amendment or says it did not pass
 * (NOT_AS_PUT), takes a vote ("On a division, there voted …"), or is the body's own decision ("The Board agreed to …"), as
 * Scottish minutes move a motion before its vote or decision. The proposal's "be approved" is then no decision; with
 * nothing said of it ("… be approved as correct. Unanimously agreed and signed."), or only a bare outcome or a tally after it
 * ("Proposed MP, seconded IH, that the payments be approved. Carried unanimously."), it stands decided as put.
 */
function answeredAfterPut(all: string[], at: number): boolean {
  const next = all[at + 1];
  if (next === undefined || decidesBesidesPut(all[at] ?? '')) return false;
  // A bare outcome ("Carried unanimously.", "Agreed and signed by the Chair.") or a tally ("Vote: 4 for, 1 against.") says it
  // was decided as put.
  if (OUTCOME_ONLY.test(next) || talliesOnly(next) || OUTCOME_FIRST.test(next)) return false;
  return NOT_AS_PUT.test(next) || /\b(?:division|vote)\b/i.test(next) || (isClerkDecision(next) && decidesBesidesPut(next));
}

/**
 * True when a sentence decides: in one of the clerk's forms, by words besides those a proposal it moves puts
 * ("Councillor A, seconded by Councillor B, moved that the plan be approved." puts "be approved", and decides nothing until
 * the text says what came of it), or as the clerk's record of a proposal passed as put ("It was proposed by A and seconded
 * by B that …", passedAsProposed), the one form that needs no outcome after it.
 */
const decidedAsSaid = (all: string[], at: number): boolean => decidesInOwnWords(all[at] ?? '') || passedAsProposed(all, at);

/** The decisions one piece of clerkDecisions' records, in order. */
function decisionsOfPiece(piece: Piece, grantsList: boolean, planning: boolean): string[] {
  if (piece.grant !== undefined && grantsList) return [tidy(piece.text)];
  const all = pieceSentences(piece.text, planning);
  // "Councillor Ash, seconded by Councillor Elm, moved that the plan be approved." before its amendment, vote or the body's
  // decision: what was put, which the text decides after it (answeredAfterPut).
  const decided = all.flatMap((_sentence, at) => {
    return decidedAsSaid(all, at) && saysWhat(all, at) && !answeredAfterPut(all, at) ? [at] : [];
  });
  const ownWords = decided.some((at) => MARKER_OPENS.test(all[at] ?? '') || DECIDED_IN_OWN_WORDS.test(all[at] ?? ''));
  // Its movers and how it was carried after it ("… were approved. Proposed CD, seconded FE. Unanimous.") are the vote's.
  // A list's joiners ("; and") are no words of the decision, as a marked list's are not (list-entries.ts's tidy).
  if (piece.entry && decided.length > 0 && !ownWords) return [tidy(withoutRunOn(squash(piece.text.replace(/\s*\n\s*/g, ' '))))];
  // An entry's first line may name the planning application its decision is on ("(b) 25/0190/FUL, Mill Farm – …").
  const application = piece.entry ? applicationNamed(all[0] ?? '', planning) : null;
  return decided
    .map((at) =>
      withShorthand(at > 0 ? withApplication(decisionOf(all, at, planning), application) : decisionOf(all, at, planning), all, at, decided),
    )
    .filter((decision) => decision !== '');
}

/**
 * "Clause 11 of the tenancy agreement (bonfires) to be amended to allow …", "The table of charges to be updated …": a
 * decision in the clerk's shorthand, a subject and "to be" with a past participle and no verb of its own before it
 * (never "The Clerk reported that the wall is to be repaired"). Only read after a decision it goes on from.
 */
const SHORTHAND_DECISION =
  /^(?!(?:[^.;]*?\s)?(?:is|are|was|were|has|have|had|will|would|should|must|may|might|can|could|shall|ought|needs?|asked|agreed|reported|said|felt|noted|explained)\s)\p{Lu}[^.;]{0,100}?\s+to\s+be\s+\p{Ll}+ed\b/u;

/**
 * A decision with the sentence after it when that one is a shorthand decision (SHORTHAND_DECISION) decided nowhere
 * else: the second part of what was decided, printed after it with no marker ("Resolved to recommend … as the tenancy
 * requires." over "Clause 11 … to be amended to allow bonfires …"), never left out of the resolution.
 */
function withShorthand(decision: string, all: string[], at: number, decided: number[]): string {
  const next = all[at + 1];
  // A bare outcome ("Approved.") is a list entry's or a grant's: the line after it is the next one's, never its second part.
  if (decision === '' || next === undefined || decided.includes(at + 1) || OUTCOME_ONLY.test(all[at] ?? '')) return decision;
  if (!SHORTHAND_DECISION.test(next)) return decision;
  return `${decision} ${next}`;
}

/** A lead-in that ends at its marker: "… and RESOLVED that:", "It was agreed:": nothing decided in its own words. */
const BARE_LEAD_IN = new RegExp(String.raw`\b${oneOf(DECIDING_WORDS)}(?:\s+(?:that|to))?\s*${LIST_COLON}\s*$`, 'i');

/**
 * A piece's decisions, the last with the points of the list printed under it when it ends with a colon as a
 * lead-in does ("The panel agreed three recommendations to send to the Scrutiny Committee:" over "- more
 * drop-in sessions" / "- a text support line"): what was agreed is the points, so the decision is the lead-in
 * with them, one decision, as "RECOMMENDED: (i) …; (ii) …" run on after its lead-in reads. The list is the
 * entries straight after the piece (dashed, bulleted, lettered or numbered); none when one is a decision of its own.
 * Each point keeps its label (resolutions.ts's entriesWithPointsRunOn, over a block's nested points, drops them).
 */
function withListAfterLeadIn(decisions: string[], found: Piece[], index: number): string[] {
  const last = decisions.at(-1);
  const piece = found[index];
  if (last === undefined || piece === undefined || piece.entry || !/:\s*$/.test(last) || !/:\s*$/.test(piece.text)) return decisions;
  const entries: Piece[] = [];
  for (let at = index + 1; found[at]?.entry === true && found[at]?.grant === undefined; at += 1) entries.push(found[at] as Piece);
  if (entries.length === 0) return decisions;
  // "It was proposed by …, seconded by … and RESOLVED that:" decides nothing itself: its points decide, and its movers are the vote's.
  if (entries.some((entry) => pieceSentences(entry.text).some(isClerkDecision)))
    return BARE_LEAD_IN.test(last) ? decisions.slice(0, -1) : decisions;
  // Each point as printed, its letter or number kept ("(a) …; (b) …"), a bullet's mark not; a stop only after the last.
  return [
    ...decisions.slice(0, -1),
    `${last.trim()} ${pointsRunOn(entries.map((entry) => ({ label: entry.label ?? '', text: entry.text })))}`,
  ];
}

/**
 * What an outcome decided: "Proposed by …. CARRIED: 8 for 2 abstentions. THAT THE MINUTES … BE SIGNED."
 * (a town council's resolution record) decided the "THAT" sentence after its outcome; else the sentence itself.
 */
function thatAfter(sentence: string, next: string | undefined): string {
  return OUTCOME_ONLY.test(sentence) && next !== undefined && /^(?:THAT|That)\b/.test(next) ? next : sentence;
}

/** "This was AGREED.", "It was approved unanimously.": a decision that names what it decided only by a pronoun. */
export const THIS_DECIDED =
  /^(?:This|That|It)\s+was\s+(?:(?:unanimously|duly|then)\s+)*(?:AGREED|agreed|APPROVED|approved|RESOLVED|resolved|accepted)(?:\s+unanimously)?\s*\.?$/;
