/**
 * Names as records write them ("County Councillor Ray Gooding", "Councillor Mrs Wagland",
 * "Mr B Allbut", "Jenny Boyd, the West Director of Local Delivery", "I Grundy (Chairman)")
 * split into title, given name or initials, surname and role. Nothing is guessed: a name with
 * no given name has `given: null`. One reading for the site's people pages and votes and the
 * importer's attendance lists, so a name is one person by the same rule on both sides.
 */
import { honorificOf, isCouncilTier } from './honorifics.ts';

export interface ParsedName {
  /** "Councillor" (also for Cllr, County Councillor), "Mr", "Mrs", "Dr"…; null when none. */
  title: string | null;
  /** A second title after the first, as in "Councillor Mrs Wagland". */
  honorific: string | null;
  /** Given name(s) or initials ("Ray", "R L"); null when the record gives only a surname. */
  given: string | null;
  surname: string;
  /** "Ray Gooding"; with no given name the titles stay: "Councillor Mrs Wagland". */
  display: string;
  /** Role after a comma or tab, or "(Chairman)": "West Director of Local Delivery". */
  role: string | null;
  /** Other bracketed or trailing remarks: "for Cllr Young", "Items 5, 6 & 7". */
  note: string | null;
}

const POST_NOMINALS = /^(?:mp|mep|obe|mbe|cbe|kbe|dbe|jp|qc|kc|dl)$/i;
const PARTICLES = /^(?:van|von|de|der|den|du|da|di|la|le)$/;
const CHAIR_ROLE = /^(?:vice[- ])?chair(?:man|woman|person)?$/i;

function bare(token: string): string {
  return token.replace(/\.$/, '');
}

/** Pulls "(Chairman)" and other bracketed remarks out of the text. */
function takeBrackets(text: string): { rest: string; role: string | null; notes: string[] } {
  let role: string | null = null;
  const notes: string[] = [];
  const rest = text.replace(/\(([^)]*)\)/g, (_all, inner: string) => {
    const words = inner.trim();
    if (CHAIR_ROLE.test(words) && role === null) role = words;
    else if (words !== '') notes.push(words);
    return ' ';
  });
  return { rest, role, notes };
}

/** Splits "Name, the Role" / "Name<tab>Role" / "Name – Role" into its two parts. */
function takeRole(text: string): { name: string; tail: string | null } {
  const match = /\t|,|\s[–—-]\s/.exec(text);
  if (match === null) return { name: text, tail: null };
  const tail = text
    .slice(match.index + match[0].length)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '');
  return { name: text.slice(0, match.index), tail: tail === '' ? null : tail };
}

/** Reads leading titles: "County Councillor", "Cllr", "Mrs", "Councillor Mrs". */
function takeTitles(tokens: string[]): { title: string | null; honorific: string | null; rest: string[] } {
  const titles: string[] = [];
  let at = 0;
  while (at < tokens.length - 1) {
    if (isCouncilTier(bare(tokens[at] ?? '')) && honorificOf(tokens[at + 1] ?? '')?.kind === 'councillor') at += 1;
    const title = honorificOf(tokens[at] ?? '');
    if (title === null) break;
    titles.push(title.canonical);
    at += 1;
  }
  return { title: titles[0] ?? null, honorific: titles[1] ?? null, rest: tokens.slice(at) };
}

/** "R.L." → "R L"; other words unchanged. */
function splitInitials(token: string): string[] {
  return /^(?:\p{Lu}\.){2,}$/u.test(token) ? token.split('.').filter((letter) => letter !== '') : [bare(token)];
}

export function parseName(raw: string): ParsedName | null {
  const cleaned = raw
    .replace(/\u00a0/g, ' ')
    .replace(/^[\s*•·-]+/, '')
    .trim();
  const brackets = takeBrackets(cleaned);
  const { name, tail } = takeRole(brackets.rest);
  const isNote = tail !== null && /^items?\b/i.test(tail);
  const tokens = name
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '');
  while (tokens.length > 1 && POST_NOMINALS.test(tokens.at(-1) ?? '')) tokens.pop();
  const { title, honorific, rest } = takeTitles(tokens);
  const words = rest.flatMap(splitInitials).filter((word) => /\p{L}/u.test(word));
  if (words.length === 1 && honorificOf(words[0] ?? '') !== null) return null;
  let split = words.length - 1;
  while (split > 1 && PARTICLES.test(words[split - 1] ?? '')) split -= 1;
  const surname = words.slice(split).join(' ');
  if (surname === '') return null;
  const given = words.slice(0, split).join(' ') || null;
  const display = given !== null ? `${given} ${surname}` : [title, honorific, surname].filter(Boolean).join(' ');
  const notes = [...brackets.notes, ...(isNote && tail !== null ? [tail] : [])];
  return {
    title,
    honorific,
    given,
    surname,
    display,
    role: brackets.role ?? (isNote ? null : tail),
    note: notes.length > 0 ? notes.join('; ') : null,
  };
}

/** True when a given name is only initials ("I", "R L"). */
export function isInitials(given: string): boolean {
  return given.split(' ').every((part) => /^\p{Lu}$/u.test(part));
}

/** True when a full given name fits initials: "Robert Louis" fits "R", "R L"; "Ray" not "R L". */
export function fitsInitials(given: string, initials: string): boolean {
  const names = given.split(' ');
  const letters = initials.split(' ');
  return letters.length <= names.length && letters.every((letter, at) => names[at]?.startsWith(letter) === true);
}

/** True when two given names could be one person's: the same, initials of the other, or either not printed. */
export function givenFits(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  if (isInitials(a)) return fitsInitials(b, a);
  return isInitials(b) && fitsInitials(a, b);
}
