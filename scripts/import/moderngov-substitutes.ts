/**
 * A ModernGov page's substitutes: those its "Substitutes:" line lists and those its items name in sentences of their own
 * ("Councillor X attended as a substitute for Councillor Y", read by findSubstitutions, attendance-text.ts), each person
 * once, folded as the general reader folds the lists it joins from its items (foldShorterNames). Apart from moderngov.ts,
 * which reads the page, so that its "Substitutes:" line no longer stands in the place of the stand-ins its items name.
 */
import { findSubstitutions } from './attendance-text.ts';
import { foldShorterNames } from './reader/attendance-names.ts';

/** The lists of a page's attendance this step reads: the substitutes, and those away whom they stood in for. */
interface Lists {
  substitutes?: readonly string[] | undefined;
  apologies?: readonly string[] | undefined;
  absent?: readonly string[] | undefined;
}

/**
 * The page's substitutes: `listed` (its "Substitutes:" line, and the apologies and absent lists, whose full names a
 * stand-in's "(for Ellery)" takes) joined with `named` (the stand-ins its items name), each person once.
 */
export function pageSubstitutes(listed: Lists, named: readonly string[]): string[] {
  // "Councillor Dora Lamb (for Councillor Ivo Quist)" on the line: its reader gives the brackets as a post (", for …"),
  // written back as the note of whom the stand-in sat for, as every other reader writes it.
  const onLine = (listed.substitutes ?? []).map((entry) => entry.replace(/, (for \S.*)$/, ' ($1)'));
  const substitutes = [...onLine, ...named];
  return foldShorterNames({ apologies: [...(listed.apologies ?? [])], absent: [...(listed.absent ?? [])], substitutes }).substitutes;
}

/** The stand-ins the item texts name in sentences of their own ("… attended as a substitute for …"), each "X (for Y)". */
export function substitutesNamedIn(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(findSubstitutions))];
}
