/**
 * Proposals moved (or seconded) and then decided with no vote recorded on them: "The recommendations were
 * moved by Councillor Ash and seconded by Councillor Elm." over "Resolved:", "Proposed by Cllr Dunn,
 * seconded by Cllr Pike, it was resolved to …". The vote reader (votes.ts) gives the movers no vote took
 * (vote-movers.ts); a proposal is kept when a decision (decisions.ts) follows it before anything else is
 * moved or put, and it was not withdrawn.
 */
import type { MovedMotion } from '../../../src/model/schema.ts';
import { languageOf } from '../formats/text-columns.ts';
import { squash } from '../text.ts';
import { isDecision, passedAsProposed } from './decisions.ts';
import { MOVERS_ONLY, namesMover, SECONDER_ONLY, type Movers, type UnspentMovers } from './vote-movers.ts';
import { flat, MOTION, OUTCOME } from './vote-words.ts';

/** A word that says someone moved, proposed or seconded something. */
export const MOVER_WORD =
  /\b(?:moved|proposed|seconded|cynigiwyd|eiliwyd|(?:proposition|proposal|motion)\s+of|(?:prop|sec)(?:['’]d|\.|\s*:))/i;
/** How far past the sentence that moves a proposal its decision may stand ("[Voting arrangements: …]" between is skipped). */
const DECISION_REACH = 2;
/** A proposal that never came to a decision: withdrawn, not seconded, lapsed. */
const NOT_PUT = /\b(?:withdr[ae]wn?|not\s+seconded|no\s+seconder|lapsed)\b/i;
/** A proposal's words for what it asks ("that the report be agreed"). */
const PUT = /\bbe\s+(?:\w+ly\s+)?(?:agreed|approved|resolved|adopted|endorsed|accepted)\b/gi;

/**
 * Whether the sentence that moves a proposal, or one of the next few, records a decision, before any
 * sentence that moves another or states a vote's outcome; a bracketed aside between does not count. A
 * sentence of movers alone takes the decision just before it, as parish minutes print them after it.
 */
function decidedAfter(sentences: string[], at: number): boolean {
  // "RESOLVED: To approve the payments. Proposed: Cllr Ash Seconded: Cllr Elm.": the decision, then who moved it.
  const before = sentences[at - 1] ?? '';
  if (MOVERS_ONLY.test(sentences[at] ?? '') && isDecision(before) && !namesMover(before)) return true;
  // "It was proposed by … and seconded by … that the minutes be accepted.", nothing said after it but an aside:
  // parish and Welsh minutes record what was decided so (decisions.ts reads it so). Debate after it leaves it undecided.
  if (passedAsProposed(sentences, at) && sentences.slice(at + 1).every((sentence) => /^[[(]/.test(sentence))) return true;
  let reach = DECISION_REACH;
  for (let next = at; next < sentences.length && reach >= 0; next += 1) {
    const sentence = sentences[next] ?? '';
    if (next > at && (namesMover(sentence) || OUTCOME.test(sentence) || NOT_PUT.test(sentence))) return false;
    // What the mover's own sentence puts ("moved that the report be agreed") is no decision.
    if (isDecision(next === at ? sentence.replace(PUT, '') : sentence)) return true;
    if (next > at && !/^[[(]/.test(sentence)) reach -= 1;
  }
  return false;
}

/** Where the movers' words end and the decision's begin: "…, and RESOLVED", "AGREED:", "it was resolved". */
const DECISION_WORD = /\b(?:RESOLVED|AGREED|DECIDED|[Rr]esolved|[Aa]greed)\b/;
/** "RESOLVED to RECOMMEND to Council that …": what was put is a recommendation to another body. */
const TO_RECOMMEND = /\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)\s+(?:to\s+)?(?:RECOMMEND|[Rr]ecommend)\b/;

/** What the decision's verb takes, at its start: "agreed to adopt the Report of …", "RESOLVED that the recommendations be approved". */
const DECIDED_OBJECT = new RegExp(
  String.raw`^\S+\s+(?:to\s+(?:adopt|approve|accept|agree|endorse|note|receive)\s+|that\s+)${MOTION.source}`,
  'i',
);

/**
 * What a proposal "that the X be approved" asks the meeting to approve, in group 1 as printed: "the minutes"
 * of "proposed by … that the minutes of the meeting held on 4 May be approved as a correct record", "the
 * hall accounts" of "… that the hall accounts be accepted". A body's or a person's words after "of" are no part of it.
 */
const PROPOSAL_OBJECT =
  /\bthat\s+the\s+((?:(?!(?:be|of|that)\s)[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)(?:\s+of\s+[^.;]{1,80}?)?\s+be\s+(?:\w+ly\s+)?(?:agreed|approved|adopted|endorsed|accepted|signed|ratified|confirmed)\b/u;

/**
 * What a proposal put, as the movers' words name it or the decision's verb takes it ("The recommendations were moved by …"), never a word
 * further into the decision ("… as set out in Appendix A to the report" is no report moved); a decision
 * to recommend to another body puts a recommendation; a proposal "that the X be approved" puts X. Null when the words name nothing.
 */
function whatWasMoved(text: string): string | null {
  const decision = DECISION_WORD.exec(text);
  const motion =
    MOTION.exec(decision === null ? text : text.slice(0, decision.index)) ??
    (decision === null ? null : DECIDED_OBJECT.exec(text.slice(decision.index)));
  if (motion) return squash(motion[1] ?? '').toLowerCase();
  if (TO_RECOMMEND.test(text)) return 'recommendation';
  // "It was proposed by … that the minutes … be approved": the movers' own words say what they put.
  const object = PROPOSAL_OBJECT.exec(decision === null ? text : text.slice(0, decision.index));
  return object === null ? null : squash(object[1] ?? '');
}

/** A proposal decided with no vote recorded: what was moved, and who moved and seconded it. */
function motionOf(sentence: string, said: Movers): MovedMotion {
  // The sentences are cut only before a capital: "2022. (Copy circulated) AGREED: On the proposal of …",
  // "4.2 It was PROPOSED by …", "… seconded by Cllr Elm. [Voting arrangements: …]" are cut here.
  const pieces = flat(sentence).split(/(?<=[.;])(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Mx|Dr|Cllr)[.;])\s+/);
  const from = Math.max(
    pieces.findIndex((piece) => MOVER_WORD.test(piece)),
    0,
  );
  const aside = pieces.findIndex((piece, at) => at > from && /^[[(]/.test(piece));
  const text = pieces
    .slice(from, aside === -1 ? undefined : aside)
    .join(' ')
    // "(Copy circulated) AGREED: …": an aside before the movers, never the movers' own brackets ("(Proposed by …)").
    .replace(/^\((?![^)]*\b(?:proposed|moved|seconded|prop|sec)\b)[^)]*\)\s*/i, '');
  return {
    motion: whatWasMoved(text),
    ...(said.movedBy ? { movedBy: said.movedBy } : {}),
    ...(said.secondedBy ? { secondedBy: said.secondedBy } : {}),
    text,
  };
}

/**
 * Bilingual minutes print each paragraph in Welsh and in English, so a proposal's movers twice ("Cynigiwyd gan y
 * Cynghorydd Ash ac eiliwyd gan y Cynghorydd Elm." beside "Proposed by Councillor Ash and seconded by Councillor
 * Elm."): one proposal. A Welsh one next to another not in Welsh with the same mover and seconder is dropped,
 * the English kept, as the decision reader keeps a decision's English twin (decisions.ts).
 */
function withoutWelshTwins(motions: MovedMotion[]): MovedMotion[] {
  const welsh = motions.map((motion) => languageOf(motion.text) === 'welsh');
  const twins = (one: MovedMotion, other: MovedMotion | undefined) =>
    other !== undefined && one.movedBy === other.movedBy && one.secondedBy === other.secondedBy;
  return motions.filter(
    (motion, at) => !welsh[at] || ![at - 1, at + 1].some((next) => welsh[next] === false && twins(motion, motions[next])),
  );
}

/** The proposals among the movers no vote took that were then decided, in order. */
export function motionsDecided(sentences: string[], unspent: UnspentMovers[]): MovedMotion[] {
  return withoutWelshTwins(decidedMotions(sentences, unspent));
}

/** Each proposal decided, as printed: a bilingual record's twice. */
function decidedMotions(sentences: string[], unspent: UnspentMovers[]): MovedMotion[] {
  return unspent
    .filter(({ at }) => decidedAfter(sentences, at))
    .map((said) => {
      // "Proposed: Colin Dow. Seconded: Gordon Hay.": the seconder's sentence is the motion's too.
      const next = sentences[said.at + 1] ?? '';
      const seconding = SECONDER_ONLY.test(next) ? ` ${next}` : '';
      return motionOf(`${sentences[said.at] ?? ''}${seconding}`, said);
    });
}
