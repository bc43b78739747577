/**
 * A council named in Welsh ("Cyngor Sir Caerwen"), alone or beside its English name on the line or the next, and a
 * council named in Gaelic ("Comhairle nan Eilean Siar"). Apart because the council's name reader (council-name.ts) is
 * long and these names have words of their own.
 */
import { NOT_PLACE } from './council-name-words.ts';

/** "Cyngor Sir Ynys Gwydion": a council's Welsh name, its kind and then its place (one to four words). */
export const WELSH_NAMED = /\bCyngor\s+(?:Sir|Bwrdeistref\s+Sirol|Dinas(?:\s+a\s+Sir)?|Tref|Cymuned)(?:\s+\p{Lu}[\p{L}'’-]*){1,4}/u;
/**
 * "Comhairle nan Eilean Siar", "Comhairle na Gàidhealtachd": a council named in Gaelic, "Comhairle" (council), its article and
 * its place of one or two words (never a body's word after it: "… Eilean Siar Audit and Scrutiny Committee" names the council
 * only). "The Comhairle" alone, as such minutes call the council in a sentence, names no place and so no council.
 */
const GAELIC_NAMED = new RegExp(
  String.raw`\bComhairle\s+([Nn](?:an?|a\s+h-))\s*(${NOT_PLACE}\p{Lu}[\p{L}'’-]*(?:\s+${NOT_PLACE}\p{Lu}[\p{L}'’-]*)?)`,
  'gu',
);

/** "Comhairle nan Eilean Siar" as one council, its article in small letters however the heading cases it. */
export function gaelicNames(text: string): { name: string; index: number }[] {
  return [...text.matchAll(GAELIC_NAMED)].map((found) => ({
    name: `Comhairle ${(found[1] ?? '').toLowerCase()} ${found[2] ?? ''}`.replace(/h-\s+/, 'h-'),
    index: found.index,
  }));
}

/** "Cyngor Cymuned Pantyderi Community Council": the Welsh name's first words before the English name. */
export const WELSH_LEAD = /^Cyngor\s+(?:Cymuned|Tref|Dinas|Sir|Bwrdeistref\s+Sirol)\s+/i;

/** A Welsh council's kind, as its name opens: "Cyngor Sir", "Cyngor Bwrdeistref Sirol", "Cyngor Tref". */
const WELSH_KIND = String.raw`Cyngor\s+(?:Sir|Bwrdeistref\s+Sirol|Dinas(?:\s+a\s+Sir)?|Tref|Cymuned)`;
/**
 * A bilingual heading's Welsh half, where the English name follows it on the line: set apart by a gap of spaces
 * ("CYNGOR DINAS CASNEWYDD     NEWPORT CITY COUNCIL"), or its place named again ("Cyngor Sir Caerwen Caerwen County Council").
 */
export const WELSH_HALF = new RegExp(
  String.raw`^\s*${WELSH_KIND}\s+(?:(\S+(?:\s+\S+){0,3})\s+(?=\1\s)|\S+(?: \S+){0,4}? {2,}(?=\S))`,
  'iu',
);

/**
 * The council a title block names, line by line: the first line's, but where a council's Welsh name
 * ("Cyngor Sir Caerwen") has its English name on the next line ("Caerwen County Council"), as bilingual
 * records print the pair, the English one, which the records in English are filed by. A Welsh name alone stays.
 */
export function pairedCouncil(perLine: (string | undefined)[]): string | null {
  const at = perLine.findIndex((name) => name !== undefined);
  const first = perLine[at];
  if (first === undefined) return null;
  const next = perLine.slice(at + 1, at + 3).find((name) => name !== undefined);
  return WELSH_NAMED.test(first) && next !== undefined && !WELSH_NAMED.test(next) ? next : first;
}
