/**
 * A run of titled names printed with no commas between them ("Mr Torquil Beaton (Chair) Mrs Effie Macaskill Dr Hector
 * Gillies"), as an island council's minutes print a roster, or a PDF's column of one name a row flattened into a line.
 * Apart from list-split.ts, whose runs of initialled names need no title, because here the titles alone part the names.
 */
import { honorificOf, isCouncilTier } from '../../../src/model/honorifics.ts';
import { squash } from './attendance-piece.ts';

/** A word a name is made of after its title: capitalised ("Calum", "MacLeod", "O'Neill", "A."). */
const NAME_WORD = /^\p{Lu}/u;

/** The words of a text, each with whether it stands inside brackets ("(Chair)", "(substitute for Mr Dunn)"). */
function words(text: string): { word: string; bracketed: boolean }[] {
  let depth = 0;
  return text.split(' ').map((word) => {
    const bracketed = depth > 0 || word.startsWith('(');
    depth += (word.match(/\(/g) ?? []).length - (word.match(/\)/g) ?? []).length;
    return { word, bracketed };
  });
}

/** True when the word is a title ("Mr", "Mrs.", "Cllr", "Bailie"), never one within brackets. */
const isTitle = (entry: { word: string; bracketed: boolean } | undefined): boolean =>
  entry !== undefined && !entry.bracketed && honorificOf(entry.word) !== null;

/**
 * The names of a run parted at each title that opens one: a title after a word that is no title, with a capitalised word
 * after it ("Mrs Effie"), its council tier with it ("County Councillor"); titles one after another ("Councillor Mrs
 * Wagland") are one person's. Null unless the run opens with a title and holds two names or more, each a title and a name
 * after it, every word outside brackets capitalised: words before the first title could be any name's, and a word in
 * small letters says how the names are joined, so nothing is parted.
 */
export function titledNames(text: string): string[] | null {
  const all = words(squash(text));
  // "Councillor Moss for Councillor Reed", "Mr Hall and Mrs Hall": a word in small letters joins the names, no roster.
  if (all.some((entry) => !entry.bracketed && !NAME_WORD.test(entry.word))) return null;
  const starts: number[] = [];
  all.forEach((entry, at) => {
    const before = all[at - 1];
    if (!isTitle(entry) || isTitle(before)) return;
    let name = at + 1;
    while (isTitle(all[name])) name += 1;
    if (!NAME_WORD.test(all[name]?.word ?? '') || all[name]?.bracketed === true) return;
    starts.push(before !== undefined && isCouncilTier(before.word) ? at - 1 : at);
  });
  if (starts.length < 2 || starts[0] !== 0) return null;
  return starts.map((start, index) =>
    all
      .slice(start, starts[index + 1] ?? all.length)
      .map((entry) => entry.word)
      .join(' '),
  );
}

/**
 * True when `next` carries on a run of titled names the line above cut inside a name ("… Ms Shona" over "Morrison Dr
 * Hector Macsween"): the line above such a run, the line below one or two words of a name, no title, then a title. A
 * line of prose under the run ("The Committee noted …") has no title so soon, and is no part of it.
 */
export function titledRunCut(previous: string, next: string): boolean {
  const below = words(squash(next));
  const title = below.findIndex((entry) => isTitle(entry));
  const lead = below.slice(0, Math.max(title, 0));
  return (
    title >= 1 &&
    title <= 2 &&
    lead.every((entry) => NAME_WORD.test(entry.word) && !entry.bracketed) &&
    titledNames(previous) !== null &&
    titledNames(`${previous} ${next}`) !== null
  );
}
