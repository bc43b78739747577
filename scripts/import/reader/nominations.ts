/**
 * Nominations for an election, as an annual meeting minutes them: "Two nominations were received: Cllr Ellery (proposed
 * Cllr Dunne, seconded Cllr Forsyth) and Cllr Ashworth (proposed Cllr Grey, seconded Cllr Cato).", "Councillor Kemp was
 * nominated by Councillor Lund …", then "Cllr Ellery was elected Vice-Chair.". Each nomination is a proposal with movers of
 * its own; one whose candidate the item says was not the one elected was decided by no one, so it is no motion (the
 * item's text keeps it). Apart because it only says which of a sentence's proposals stand; the movers' reader
 * (vote-movers.ts) reads who moved each.
 */
import { TITLE, NAME } from '../attendance-text.ts';

/** A candidate and, in brackets after, who nominated them: "Cllr Ellery (proposed Cllr Dunne, …)". Group 1 the candidate. */
const BRACKETED = String.raw`(${TITLE}${NAME})\s*\(\s*(?:[Pp]roposed|[Nn]ominated|[Mm]oved)\b`;
/** A candidate said to be nominated: "Councillor Kemp was nominated by …", "Cllr Ash was proposed by …". Group 1 the candidate. */
const NOMINATED_BY = String.raw`(${TITLE}${NAME})\s+was\s+(?:duly\s+)?(?:nominated|proposed)\s+(?:by|for)\b`;
const NOMINEE = new RegExp(`${BRACKETED}|${NOMINATED_BY}`, 'gu');
/** "Cllr Ellery was elected Vice-Chair", "Councillor Kemp was duly elected": who the item says was elected. Group 1 the member. */
const ELECTED = new RegExp(
  String.raw`(${TITLE}${NAME})\s+(?:was|is)\s+(?:(?:duly|therefore|then|accordingly|unanimously)\s+)?(?:re-?)?elected\b`,
  'gu',
);

/** A member's surname, the last word of the name as printed: what two mentions of one member share. */
const surname = (name: string): string => name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';

/** The surnames of those the item's sentences say were elected; none when it says no one was. */
export function electedIn(sentences: readonly string[]): Set<string> {
  return new Set(sentences.flatMap((sentence) => [...sentence.matchAll(ELECTED)].map((found) => surname(found[1] ?? ''))));
}

/**
 * A piece of a sentence cut before each nomination after its first ("Cllr Ellery (proposed …) and" | "Cllr Ashworth
 * (proposed …)."), so each keeps its own movers; a piece with one nomination or none is itself.
 */
function nominations(piece: string): string[] {
  const starts = [...piece.matchAll(NOMINEE)].map((found) => found.index ?? 0).slice(1);
  if (starts.length === 0) return [piece];
  return [0, ...starts].map((start, at) => piece.slice(start, starts[at] ?? piece.length));
}

/** The candidate a piece nominates, as its surname; null when it nominates no one. */
const nomineeOf = (piece: string): string | null => {
  const found = new RegExp(NOMINEE.source, 'u').exec(piece);
  const name = found?.[1] ?? found?.[2];
  return name === undefined ? null : surname(name);
};

/**
 * The pieces of a sentence's proposals with each nomination apart, less those whose candidate was not elected where the
 * item says who was (`elected`, electedIn): every nomination stands when it names no one elected.
 */
export function nominationsStanding(pieces: readonly string[], elected: ReadonlySet<string>): string[] {
  return pieces.flatMap(nominations).filter((piece) => {
    const nominee = nomineeOf(piece);
    return nominee === null || elected.size === 0 || elected.has(nominee);
  });
}
