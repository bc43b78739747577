/**
 * Headings printed in capitals shown as words ("BRISTOL CITY COUNCIL" as "Bristol City Council"), and a name read from
 * capitals spelled as the record spells it elsewhere. Apart because every reader cases headings by it, not only the
 * council's name (council-name.ts).
 */
import { squash } from '../text.ts';

/**
 * All-capitals headings ("BRISTOL CITY COUNCIL") shown as words ("Bristol City Council"), an acronym in
 * brackets after them kept as printed: "STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION (SACRE)". The one
 * casing rule for every reader (minutes' headers, ModernGov pages, decision notices, forward plans, packs).
 */
export function wordCase(text: string): string {
  // "HELD ON THE 7th OCTOBER": an ordinal's letters make no line mixed case.
  if (/[a-z]/.test(text.replace(/\d(?:st|nd|rd|th)\b/g, ''))) return text;
  const cased = text
    .toLowerCase()
    .replace(/(^|[\s(/-])([a-z])/g, (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`)
    .replace(/(?<=\S\s+)(Of|And|Upon|On|In|The|For|To|With)\b/g, (word) => word.toLowerCase())
    // "SOUTHEND-ON-SEA", "BETWS-Y-COED": a hyphenated place name's linking words are small.
    .replace(/(?<=\p{L}-)(?:Y|Yr|Upon|On|Under|Super|Le|La|En|By|In|The|De|Cum|Next)(?=-\p{L})/gu, (word) => word.toLowerCase());
  return cased.replace(/\(([A-Za-z]{2,6})\)/g, (found, word: string, at: number) =>
    isAcronymOf(word.toUpperCase(), text.slice(0, at)) ? `(${word.toUpperCase()})` : found,
  );
}

/**
 * True when the word's letters are, in order, initials of the words before it: "SACRE" of "STANDING ADVISORY
 * COUNCIL ON RELIGIOUS EDUCATION", "HOSC" of "HEALTH OVERVIEW AND SCRUTINY COMMITTEE". In a heading all in
 * capitals every word looks like an acronym; only this tells one from a word in brackets ("SMITH (CHAIR)").
 */
function isAcronymOf(word: string, before: string): boolean {
  let matched = 0;
  for (const initial of before.toUpperCase().match(/\b[A-Z]/g) ?? []) if (initial === word[matched]) matched += 1;
  return matched >= word.length;
}

/**
 * A line squashed, each run of words in capitals read as words: "… OF FORD PARISH COUNCIL held on the 7th October 2024"
 * gives "… of Ford Parish Council held on …", as a title in capitals before its date in mixed case prints it.
 */
export function capitalRunsCased(line: string): string {
  return wordCase(squash(line)).replace(/\b[A-Z][A-Z'’&.-]*(?:\s+[A-Z][A-Z'’&.-]*)+\b/g, (run) => wordCase(run));
}

/**
 * A council's name with its hyphenated place name as the record spells it in mixed case ("Llanfair-y-Bryn"), where the
 * name was read from a heading in capitals; the name as read when the record prints it no other way.
 */
export function recordSpelling(name: string, lines: string[]): string {
  const text = lines.join('\n');
  return name.replace(/\S+-\S+/g, (word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const spelled = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}-])${escaped}(?![\p{L}-])`, 'giu'))]
      .map((found) => found[0])
      .find((found) => found !== found.toUpperCase());
    return spelled ?? word;
  });
}
