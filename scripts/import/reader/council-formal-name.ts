/**
 * A council's formal name, "Council of the City of Salthaven" or "Council of the Isles of Xandra", read as one council
 * (and joined where a heading wraps it over two lines). Apart because the council's name reader (council-name.ts) is
 * long and formal names are read, and blanked, before its other names.
 */
import { squash } from '../text.ts';
import { JOIN, NOT_PLACE, WORD } from './council-name-words.ts';

/**
 * "Council of the City of Salthaven", "THE COUNCIL OF THE BOROUGH OF …": a council's formal name, its tier and place after
 * "Council of the"; named as councils of its tier are, "Salthaven City Council".
 */
export const COUNCIL_OF_TIER = new RegExp(
  String.raw`\bCouncil\s+of\s+the\s+(City|Borough|County|District|Town|Parish)\s+of\s+(${NOT_PLACE}${WORD}(?:${JOIN}\s+${NOT_PLACE}${WORD}){0,3})`,
  'g',
);
/**
 * "Council of the Isles of Xandra", "COUNCIL OF THE ISLE OF BRENNA": an island council's formal name, which names no tier
 * to name it by otherwise, so it is kept as printed, one council: never "Council" parted from "the Isles of Xandra".
 */
export const COUNCIL_OF_ISLES = new RegExp(
  String.raw`\bCouncil\s+of\s+the\s+Isles?\s+of\s+${NOT_PLACE}${WORD}(?:${JOIN}\s+${NOT_PLACE}${WORD}){0,3}`,
  'g',
);

/** "OF THE CITY OF SALTHAVEN" under "MINUTES OF THE MEETING OF THE COUNCIL": the formal name's second half on a line of its own. */
const OF_TIER_LINE = /^\s*of\s+the\s+(?:city|borough|county|district|town|parish)\s+of\s+\S/i;

/**
 * The lines with a council's formal name read whole where a heading wraps it ("… OF THE COUNCIL" over "OF THE CITY OF
 * SALTHAVEN"): the second half joined to the first, its own line left blank.
 */
export function joinCouncilOf(lines: readonly string[]): string[] {
  const joined = [...lines];
  for (let at = 0; at + 1 < joined.length; at += 1) {
    if (!/\bcouncil\s*$/i.test(joined[at] ?? '') || !OF_TIER_LINE.test(joined[at + 1] ?? '')) continue;
    joined[at] = `${squash(joined[at] ?? '')} ${squash(joined[at + 1] ?? '')}`;
    joined[at + 1] = '';
  }
  return joined;
}

/** "Council of the City of Salthaven" in a line as words, named as its tier's councils are ("Council of the Isles of X" as printed), with where it stands. */
export function formalNames(text: string): { name: string; index: number }[] {
  const tiers = [...text.matchAll(COUNCIL_OF_TIER)].map((found) => ({
    name: `${found[2] ?? ''} ${found[1] ?? ''} Council`,
    index: found.index,
  }));
  return [...tiers, ...[...text.matchAll(COUNCIL_OF_ISLES)].map((found) => ({ name: squash(found[0]), index: found.index }))];
}
