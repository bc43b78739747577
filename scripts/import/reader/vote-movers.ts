/**
 * Who moved and who seconded what was put to a vote: "The recommendation was moved by Councillor
 * Hale and seconded by Councillor Kerr.", "Councillor Marsh moved an amendment …" then "The
 * amendment was seconded by Councillor Noble", "Proposed: Cllr Smith; Seconded: Cllr Jones", "On the
 * motion (or proposal) of Councillor Oak, seconded by Councillor Yew". An amendment's movers are its own; any other
 * mover moved the motion or recommendation. Each vote takes the movers said before it for its kind, and
 * they are then spent: a later vote of that kind needs movers of its own. A mover named by a chair's or
 * civic post ("Proposed by the Mayor", "The Chair moved") or a member's post ("Proposed by the Leader",
 * "Moved by the Cabinet Member for Housing") is kept as the post, "The Mayor", as a vote's side keeps it;
 * the meeting's reader gives a chair's post to the member the attendance says held it. A mover named by
 * anything else ("Proposed by the Council officer") names no member: the mover is not stated.
 * Who a sentence names as mover or seconder, by name, post or initials, is read in mover-names.ts.
 */
import { COUNCILLOR_SOURCE } from '../../../src/model/honorifics.ts';
import { initialsIn, MOVED, nameIn, SECONDED } from './mover-names.ts';
import { electedIn, nominationsStanding } from './nominations.ts';
import { opensSubItem } from './sub-items.ts';

/** Who moved and seconded a vote's motion; null where the record does not say. */
export interface Movers {
  movedBy: string | null;
  secondedBy: string | null;
  /** A division's: who moved and seconded the amendment the motion was put against, when the record names them. */
  amendment?: Movers;
}

/**
 * "Mrs Ransome proposed an increase of 3% instead": a proposal put in place of the one before it, which is an
 * amendment though the record never says the word.
 */
export const PROPOSED_INSTEAD = /\b(?:proposed|moved)\s[^.;]{1,120}?\binstead\b/i;
const AMENDMENT = new RegExp(String.raw`\bamendments?\b|${PROPOSED_INSTEAD.source}`, 'i');
/**
 * "This was seconded by Mr Tull", "Mrs Williamson seconded.": a seconder of the proposal just said, whatever its kind,
 * as a seconder's sentence that names nothing it seconded is.
 */
const THIS_SECONDED = /^\s*(?:This|It)\s+was\s+(?:then\s+)?seconded\b|^(?![^.;]*\b(?:motion|amendment|recommendation|proposal)s?\b)/i;

/**
 * Movers named by initials in a vote's text, given as the members the record defines them for (vote-post-holders.ts
 * initialsDefined); initials it does not define name no one, so the mover stays not stated: never a guess.
 */
export function moversByInitials(text: string, defined: ReadonlyMap<string, string>): Movers {
  const { moved, seconded } = initialsIn(text);
  return { movedBy: defined.get(moved ?? '') ?? null, secondedBy: defined.get(seconded ?? '') ?? null };
}

/**
 * True when a sentence says who moved or proposed something, by name, post or initials. Initials name no
 * mover here (moversOf leaves them not stated): the meeting's reader gives them the names the record defines.
 */
export function namesMover(sentence: string): boolean {
  return nameIn(sentence, MOVED) !== null || initialsIn(sentence).moved !== null;
}

/** True when a sentence says who moved or who seconded something: "Seconded by: Cllr Elm" is a whole line, though it ends with no stop. */
export function namesMovers(sentence: string): boolean {
  return namesMover(sentence) || nameIn(sentence, SECONDED) !== null || initialsIn(sentence).seconded !== null;
}

/** Movers said in an item and spent on no vote, with the place of the sentence that says who moved (or, alone, who seconded). */
export interface UnspentMovers extends Movers {
  at: number;
}

/** Movers said, and where; `initialled` when the sentence names them by initials alone, which the meeting's reader gives names. */
type Said = Movers & { at: number; initialled?: true };
const NONE: Said = { movedBy: null, secondedBy: null, at: -1 };
const named = (said: Said) => said.movedBy !== null || said.secondedBy !== null || said.initialled === true;
const asUnspent = ({ movedBy, secondedBy, at }: Said): UnspentMovers => ({ movedBy, secondedBy, at });

/**
 * A councillor's title ending its line, the name on the next ("Seconded by Councillor" over "Rowe", "seconded Cllr" over
 * "Forsyth) and …"): one name, so the line break is a space; a block never starts at the name's line.
 */
const TITLE_AT_LINE_END = new RegExp(String.raw`(\b(?:${COUNCILLOR_SOURCE}))[^\S\n]*\n[^\S\n]*(?=\p{Lu})`, 'gu');

/**
 * A sentence printed as blocks of lines with no full stop, one proposal to a block ("Proposed by Alderman
 * Ash" / "Seconded by Councillor Elm", then "Amendment" / "Proposed by Councillor Fir" / "Seconded by …"),
 * as Northern Ireland councils and others print their movers: each block from its mover's line, with the
 * heading lines just above it (back to a blank line or the block before), so each proposal keeps its own
 * movers and an amendment's heading names only the block it heads. A sentence naming one mover is one block.
 */
function proposalBlocks(sentence: string): string[] {
  const lines = sentence.replace(TITLE_AT_LINE_END, '$1 ').split('\n');
  const moverLines = lines.flatMap((line, at) => (nameIn(line, MOVED) !== null ? [at] : []));
  if (moverLines.length < 2) return [sentence];
  const starts = moverLines.slice(1).map((at) => {
    let start = at;
    while (start > 0 && (lines[start - 1] ?? '').trim() !== '' && !namesMovers(lines[start - 1] ?? '')) start -= 1;
    return start;
  });
  return [0, ...starts].map((start, at) => lines.slice(start, starts[at] ?? lines.length).join('\n'));
}

/**
 * "The amendment was CARRIED and became the substantive motion": the amendment's words are now the motion put. The motion
 * reader (motions.ts) reads the original motion decided so, as amended.
 */
export const BECAME_SUBSTANTIVE = /\bbecame\s+the\s+substantive\s+motion\b/i;
const moversOnly = ({ movedBy, secondedBy }: Movers): Movers => ({ movedBy, secondedBy });

/**
 * The movers of the substantive motion an amendment became (the sentence at becameAt says so): it is the
 * amendment's words, so its movers are the amendment's (moved and not yet put, or as its vote took them),
 * unless the record names the motion's movers once it became one. The original motion's movers are no longer put
 * (moversOf keeps them as the original motion's). Null where the record names none of these.
 */
function substantiveMovers(said: Record<'amendment' | 'motion', Said>, amended: Said | null, becameAt: number): Movers {
  const { motion, amendment } = said;
  said.motion = NONE;
  if (named(motion) && motion.at >= becameAt) return moversOnly(motion);
  // An amendment named since the last amendment vote (which spends them) is the later one, so the one that became the motion.
  if (named(amendment)) {
    said.amendment = NONE;
    return moversOnly(amendment);
  }
  return amended === null ? { movedBy: null, secondedBy: null } : moversOnly(amended);
}

/** The kind of the proposal said last that has a mover and no seconder yet ("This was seconded by …" seconds it); the motion when none. */
function latestUnseconded(said: Record<'amendment' | 'motion', Said>): 'amendment' | 'motion' {
  const open = (kind: 'amendment' | 'motion') => said[kind].movedBy !== null && said[kind].secondedBy === null;
  return open('amendment') && (!open('motion') || said.amendment.at > said.motion.at) ? 'amendment' : 'motion';
}

/** Words that name what a proposal puts as the motion itself: "that the recommendations be approved", "the report". */
const NAMES_MOTION = /\b(?:motion|recommendations?|proposals?|report|minutes)\b/i;

/**
 * True when a vote on the amendment has no amendment's movers, and the proposal just before it (in the vote's sentence or the
 * one before) names nothing as put: "Councillor Dobson moved, and Councillor Birkett seconded, that the charge be held at £45.
 * On being put to the vote, the amendment was lost" moved that amendment, though its sentence never says the word.
 */
function unnamedBefore(said: Record<'amendment' | 'motion', Said>, sentences: string[], at: number): boolean {
  const { motion, amendment } = said;
  return !named(amendment) && named(motion) && motion.at >= at - 1 && !NAMES_MOTION.test(sentences[motion.at] ?? '');
}

/**
 * The movers of each vote, given the item's sentences and, for each vote, its outcome sentence's place
 * and whether it was on an amendment, the motion or both (a division); and the movers no vote took, as a proposal decided with no vote
 * recorded leaves them.
 */
export function moversOf(
  sentences: string[],
  votes: { at: number; kind: 'amendment' | 'division' | 'motion' }[],
): { votes: Movers[]; unspent: UnspentMovers[] } {
  const said: Record<'amendment' | 'motion', Said> = { amendment: NONE, motion: NONE };
  const unspent: UnspentMovers[] = [];
  // Nominations for an election: only the elected candidate's stands as a proposal (nominations.ts).
  const elected = electedIn(sentences);
  let next = 0;
  const readTo = (end: number) => {
    for (; next <= end && next < sentences.length; next += 1) {
      // A lettered sub-item's heading: movers said under the sub-item before were that sub-item's, no vote's under this one.
      if (opensSubItem(sentences[next] ?? '')) {
        unspent.push(...Object.values(said).filter(named).map(asUnspent));
        said.amendment = NONE;
        said.motion = NONE;
      }
      for (const piece of nominationsStanding(proposalBlocks(sentences[next] ?? ''), elected)) {
        const movedBy = nameIn(piece, MOVED);
        const secondedBy = nameIn(piece, SECONDED);
        const kind =
          movedBy === null && THIS_SECONDED.test(piece) ? latestUnseconded(said) : AMENDMENT.test(piece) ? 'amendment' : 'motion';
        if (movedBy === null && secondedBy === null) {
          // "Proposed: DR  Seconded: EA": a proposal still, its movers not yet named (the meeting's reader names them).
          const initials = initialsIn(piece);
          if (initials.moved === null || named(said[kind])) continue;
          said[kind] = { ...NONE, at: next, initialled: true };
          continue;
        }
        if (movedBy === null && said[kind].movedBy !== null) {
          said[kind] = { ...said[kind], secondedBy };
          continue;
        }
        if (named(said[kind])) unspent.push(asUnspent(said[kind]));
        said[kind] = { movedBy, secondedBy, at: next };
      }
    }
  };
  // The last amendment put to a vote, with its movers; and where the sentences since the vote before begin.
  let amended: Said | null = null;
  let since = 0;
  const found = votes.map((vote) => {
    readTo(vote.at);
    // From the vote before's sentence: "The amendment was CARRIED and became the substantive motion." is often its own.
    const became = sentences.slice(since, vote.at + 1).findIndex((sentence) => BECAME_SUBSTANTIVE.test(sentence));
    const becameAt = became === -1 ? -1 : since + became;
    since = vote.at;
    if (vote.kind === 'motion' && becameAt !== -1) {
      // The original motion's movers, named before the amendment became the motion, stay the original motion's (motions.ts).
      if (named(said.motion) && said.motion.at < becameAt) unspent.push(asUnspent(said.motion));
      return substantiveMovers(said, amended, becameAt);
    }
    const kind = vote.kind === 'amendment' && !unnamedBefore(said, sentences, vote.at) ? 'amendment' : 'motion';
    const { movedBy, secondedBy } = said[kind];
    said[kind] = NONE;
    if (vote.kind === 'amendment') amended = { movedBy, secondedBy, at: vote.at };
    // A division puts the motion against the amendment: its movers are the motion's, and the amendment's are spent too, kept beside them.
    if (vote.kind === 'division' && named(said.amendment)) {
      const amendment = moversOnly(said.amendment);
      said.amendment = NONE;
      return { movedBy, secondedBy, amendment };
    }
    return { movedBy, secondedBy };
  });
  readTo(sentences.length);
  unspent.push(...Object.values(said).filter(named).map(asUnspent));
  return { votes: found, unspent: unspent.sort((a, b) => a.at - b.at) };
}
