/**
 * Proposals moved (or seconded) and then decided with no vote recorded on them: "The recommendations were
 * moved by Councillor Ash and seconded by Councillor Elm." over "Resolved:", "Proposed by Cllr Dunn,
 * seconded by Cllr Pike, it was resolved to …". The vote reader (votes.ts) gives the movers no vote took
 * (vote-movers.ts); a proposal is kept when a decision (decisions.ts) follows it before anything else is
 * moved or put, and it was not withdrawn.
 */
import type { MovedMotion, RecordedVote } from '../../../src/model/schema.ts';
import { languageOf } from '../formats/text-columns.ts';
import { squash } from '../text.ts';
import { isDecision, passedAsProposed, PUT_WORDS } from './decision-clerk-forms.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';
import { MOVERS_ONLY, SECONDER_ONLY } from './mover-names.ts';
import { BECAME_SUBSTANTIVE, namesMover, type Movers, type UnspentMovers } from './vote-movers.ts';
import { flat, MOTION, OUTCOME } from './vote-words.ts';

/** A word that says someone moved, proposed, nominated or seconded something. */
export const MOVER_WORD =
  /\b(?:moved|proposed|nominated|seconded|cynigiwyd|eiliwyd|(?:proposition|proposal|motion)\s+of|(?:prop|sec)(?:['’]d|\.|\s*:|\s+(?=[A-Z])))/i;
/** How far past the sentence that moves a proposal its decision may stand ("[Voting arrangements: …]" between is skipped). */
const DECISION_REACH = 2;
/** A sentence that moves (or names) an amendment. */
const AMENDMENT = /\bamendments?\b/i;
/** A sentence that says an amendment was defeated: "The amendment was lost (2 for, 9 against).", "the amendment fell". */
const AMENDMENT_LOST = /\bamendment\b[^.;]{0,60}?\b(?:lost|defeated|fell|rejected|failed)\b/i;
/** A proposal that never came to a decision: withdrawn, not seconded ("having failed to find a seconder, fell"), lapsed. */
const NOT_PUT =
  /\b(?:withdr[ae]wn?|not\s+seconded|no\s+seconder|(?:failed|failing)\s+to\s+(?:find|attract|obtain)\s+a\s+seconder|lapsed)\b/i;
/**
 * "… the amendment was accepted as an addendum to the motion.", "The amendment was accepted by the mover and seconder",
 * "The mover of the original motion accepted the amendment", "Councillor Ambler agreed to accept the amendment": the
 * amendment went into the motion, with no vote.
 */
const ACCEPTED =
  /\baccepted\s+(?:as\s+an\s+addendum|by\s+the\s+(?:mover|proposer))\b|\b(?:accepted|agreed\s+to\s+accept)\s+(?:the|this|that)\s+amendment\b/i;
/** A proposal's heading alone on a sentence's first line ("Motion" over its words, as Scottish minutes print it): group 1. */
const HEADING_LINE = /^[^\S\n]*(Motion|Amendment|Addendum)[^\S\n]*\n/;
/** How many sentences a headed block's words may run before its movers' line. */
const HEADED_REACH = 4;

/**
 * The heading of the block a sentence stands in: the nearest "Motion" / "Amendment" line at or before it, within a few
 * sentences and with no other proposal's movers between (they close the block before). Null when none heads it.
 */
function headingOver(sentences: string[], at: number): string | null {
  for (let back = at; back >= 0 && back >= at - HEADED_REACH; back -= 1) {
    const heading = HEADING_LINE.exec(sentences[back] ?? '');
    if (heading !== null) return (heading[1] ?? '').toLowerCase();
    if (back < at && namesMover(sentences[back] ?? '')) return null;
  }
  return null;
}

/** True when a sentence moves or names an amendment, by its words or by the "Amendment" heading over it. */
const ofAmendment = (sentences: string[], at: number): boolean =>
  AMENDMENT.test(sentences[at] ?? '') || headingOver(sentences, at) === 'amendment';

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
  const motion = !ofAmendment(sentences, at);
  // "An amendment was moved by … The mover of the original motion accepted the amendment …": taken into the motion, the
  // amendment was decided so, whatever vote the motion as amended then had.
  if (!motion && ACCEPTED.test(sentences[at + 1] ?? '')) return true;
  for (let next = at; next < sentences.length && reach >= 0; next += 1) {
    const sentence = sentences[next] ?? '';
    // "Mr Bain, seconded by Ms Ross, moved as an amendment …" after the motion: the two are decided together, as Scottish
    // minutes move both before the vote; the amendment's sentences (its heading's block, its movers, "The amendment, having
    // failed to find a seconder, fell.") neither end the motion's reach nor count against it.
    // So is the amendment's own defeat ("the amendment was lost by 3 votes to 7"): the motion stands, to be decided after.
    // A decision that names neither an amendment nor a mover ("Decision: The Committee approved …") is no part of the
    // amendment's block, though its heading stands a few sentences above.
    const decides = isDecision(sentence) && !AMENDMENT.test(sentence) && !namesMover(sentence);
    const amendments = ofAmendment(sentences, next) && !decides;
    if (next > at && motion && amendments && (!OUTCOME.test(sentence) || AMENDMENT_LOST.test(sentence))) continue;
    // "… the amendment was CARRIED and became the substantive motion": the motion was decided as amended. Its movers stay on
    // it; the substantive motion's vote keeps the amendment's movers, as the record gives them (vote-movers.ts).
    // The vote reader parts the two outcomes ("… CARRIED (8 votes for, 6 against)" and "became the substantive motion, …").
    if (next > at && motion && BECAME_SUBSTANTIVE.test(`${sentence} ${sentences[next + 1] ?? ''}`)) return true;
    if (next > at && (namesMover(sentence) || OUTCOME.test(sentence) || NOT_PUT.test(sentence))) return false;
    // What the mover's own sentence puts ("moved that the report be agreed") is no decision.
    if (isDecision(next === at ? sentence.replace(PUT_WORDS, '') : sentence)) return true;
    if (next > at && !/^[[(]/.test(sentence)) reach -= 1;
  }
  return false;
}

/** Where the movers' words end and the decision's begin: "…, and RESOLVED", "AGREED:", "it was resolved". */
const DECISION_WORD = new RegExp(String.raw`\b(?:${oneOf(DECIDING_WORDS)}|[Rr]esolved|[Aa]greed)\b`);
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
 * The Scottish form, which says by its verb what is moved: "Mrs Ash, seconded by Mr Elm, moved that …" moves the motion,
 * "…, moved as an amendment that …" an amendment, whatever either names further on ("… and remit the report").
 */
const SCOTTISH_MOVED = /,\s+seconded\s+by\s+[^,.;]{1,60},\s+(?:then\s+)?moved\s+(as\s+an\s+amendment\s+)?that\b/i;

/**
 * What a proposal put, as the movers' words name it or the decision's verb takes it ("The recommendations were moved by …"), never a word
 * further into the decision ("… as set out in Appendix A to the report" is no report moved); a decision
 * to recommend to another body puts a recommendation; a proposal "that the X be approved" puts X. Null when the words name nothing.
 */
function whatWasMoved(text: string): string | null {
  const scottish = SCOTTISH_MOVED.exec(text);
  if (scottish !== null) return scottish[1] === undefined ? 'motion' : 'amendment';
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
  return amendedMotions(withoutWelshTwins(decidedMotions(sentences, unspent)));
}

/** A proposal's heading, alone on its line, as Edinburgh minutes print one over its points and movers. */
const HEADING = String.raw`[^\S\n]*(?:Motion|Amendment|Addendum)[^\S\n]*\n`;
/**
 * A headed proposal: its heading ("Motion", "Amendment", "Addendum") alone on its line, its points, and its movers' line
 * ("- moved by Councillor Ash, seconded by Councillor Elm", "Moved by Councillor Ash, seconded by Councillor Elm."); no other
 * heading between. Groups: heading, points, movers.
 */
const HEADED = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*(Motion|Amendment|Addendum)[^\S\n]*\n(?:[^\S\n]*\n)?((?:(?!\n${HEADING})[^])*?)\n[^\S\n]*((?:-[^\S\n]*)?[Mm]oved\s+by\b[^\n]*)`,
  'g',
);

/**
 * The proposal a headed block moves, typed by its heading and worded by its points and movers' line, for movers its
 * movers' line names; with the paragraph after it when that says it was accepted as an addendum. Null when no block names them.
 */
function headedProposal(text: string, said: Movers): Pick<MovedMotion, 'motion' | 'text'> | null {
  for (const block of text.matchAll(HEADED)) {
    const [, heading = '', points = '', movers = ''] = block;
    if (said.movedBy === null || !movers.includes(said.movedBy)) continue;
    // The sentence after the movers' line, no further: the sentences were joined on line breaks.
    const after = /^[^]*?\.(?=\s|$)/.exec(text.slice(block.index + block[0].length).trim())?.[0] ?? '';
    return { motion: heading.toLowerCase(), text: flat([points, movers, ...(ACCEPTED.test(after) ? [after] : [])].join(' ')) };
  }
  return null;
}

/** Each proposal decided, as printed: a bilingual record's twice. */
function decidedMotions(sentences: string[], unspent: UnspentMovers[]): MovedMotion[] {
  const whole = sentences.join('\n');
  return unspent
    .filter(({ at }) => decidedAfter(sentences, at))
    .map((said) => {
      const headed = headedProposal(whole, said);
      if (headed !== null) return { ...motionOf('', said), ...headed };
      // "Proposed: Colin Dow. Seconded: Gordon Hay.": the seconder's sentence is the motion's too; so is the sentence
      // saying an amendment was accepted into the motion ("The amendment was accepted by the mover and seconder …").
      const next = sentences[said.at + 1] ?? '';
      const accepted = AMENDMENT.test(sentences[said.at] ?? '') && ACCEPTED.test(next);
      const seconding = SECONDER_ONLY.test(next) || accepted ? ` ${next}` : '';
      const moved = motionOf(`${sentences[said.at] ?? ''}${seconding}`, said);
      // A proposal an amendment later became the substantive motion of is the motion that amendment amended.
      const amended = !ofAmendment(sentences, said.at) && sentences.slice(said.at + 1).some((each) => BECAME_SUBSTANTIVE.test(each));
      return moved.motion === null && amended ? { ...moved, motion: 'motion' } : moved;
    });
}

/**
 * A proposal its words leave unnamed ("Moved by Cllr Ash, seconded by Cllr Elm, that the strategy be recommended …")
 * with an amendment moved right after it is the motion the amendment amends.
 */
function amendedMotions(motions: MovedMotion[]): MovedMotion[] {
  return motions.map((motion, at) =>
    motion.motion === null && /\bamendment\b/.test(motions[at + 1]?.motion ?? '') ? { ...motion, motion: 'motion' } : motion,
  );
}

/**
 * Resolutions without a lost proposal's own words: "Councillor A moved, and Councillor B seconded, that …" under a
 * "Decision" heading reads as a decision, yet when the vote on what A moved was lost, nothing was decided so. A proposal
 * whose mover also moved a carried one stays: its words may be what was carried.
 */
export function withoutLostProposals(resolutions: string[], votes: RecordedVote[]): string[] {
  const moverOf = (outcome: 'carried' | 'lost') =>
    new Set(votes.filter((vote) => vote.outcome === outcome && vote.movedBy !== undefined).map((vote) => vote.movedBy ?? ''));
  const lost = moverOf('lost');
  const carried = moverOf('carried');
  const moves = (resolution: string, mover: string) => !carried.has(mover) && resolution.includes(mover) && namesMover(resolution);
  return resolutions.filter((resolution) => ![...lost].some((mover) => moves(resolution, mover)));
}
