/**
 * One person named twice in a list, once in full and once shorter ("Evander Lusk" in the header's
 * apologies, "Lusk" in the apologies item; "Mrs Odile Stray, Clerk" and "Mrs O Stray, Clerk"):
 * the shorter entry is folded into the fuller one, only where no other entry of the list could be meant.
 */
import { honorificOf } from '../../../src/model/honorifics.ts';
import { fitsInitials, givenFits, isInitials, parseName } from '../../../src/model/person-name.ts';
import { languageOf } from '../formats/text-columns.ts';

interface Entry {
  /** The name, without what an entry adds after it (", Clerk", " (for Ann Holt)"). */
  name: string;
  /** What the entry adds after the name, as printed. */
  tail: string;
}

/** "Mrs O Stray, Clerk" -> "Mrs O Stray" and ", Clerk"; "Ann Holt (for Ben Cole)" -> "Ann Holt" and " (for Ben Cole)". */
function split(entry: string): Entry {
  const at = entry.search(/,|\s\(/);
  return at === -1 ? { name: entry, tail: '' } : { name: entry.slice(0, at), tail: entry.slice(at) };
}

/** The name a list's entry gives, without what it adds after it: "Mrs O Stray" of "Mrs O Stray, Clerk", "Ann Holt" of "Ann Holt (for Ben Cole)". */
export function nameOf(entry: string): string {
  return split(entry).name;
}

interface Parts {
  title: string | null;
  honorific: string | null;
  given: string[];
  surname: string;
}

/** A name read as the site reads it (src/model/person-name.ts); null when it is none, or its surname is in lower case (prose). */
function parts(name: string): Parts | null {
  const parsed = parseName(name);
  const last = parsed?.surname.split(' ').at(-1) ?? '';
  if (parsed === null || !/^\p{Lu}/u.test(last)) return null;
  return { title: parsed.title, honorific: parsed.honorific, given: parsed.given?.split(' ') ?? [], surname: parsed.surname };
}

/** One given name printed two ways: the same in any case, or an initial of the other. */
const sameGiven = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase() || givenFits(a, b);
/** "A" for "Annette", or the given name itself: `short` is the same as `full` or its initial. */
const shorterGiven = (short: string, full: string): boolean =>
  short.toLowerCase() === full.toLowerCase() || (isInitials(short) && fitsInitials(full, short));

/** The same title however spelt ("Cllr", "Councillor"), or no title on either side to differ. */
function titlesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return (honorificOf(a)?.canonical ?? a.toLowerCase()) === (honorificOf(b)?.canonical ?? b.toLowerCase());
}

/** The same surname and title, each given name printed on both sides the same or an initial of the other's. */
function partsAgree(a: Parts, b: Parts): boolean {
  if (a.surname.toLowerCase() !== b.surname.toLowerCase()) return false;
  if (!titlesAgree(a.title, b.title) || !titlesAgree(a.honorific, b.honorific)) return false;
  return a.given.every((given, at) => {
    const other = b.given[at];
    return other === undefined || sameGiven(given, other);
  });
}

/**
 * True when two entries could name one person written two ways ("Cllr A Lyle" and "Ada Lyle (Chair)",
 * "Lyle" and "Ada Lyle"), never two people who share a surname ("Bo Lyle" and "Ada Lyle"): what a list's
 * entries say after the name (", Clerk", " (for …)") aside.
 */
export function couldBeOnePerson(one: string, other: string): boolean {
  const a = parts(split(one).name);
  const b = parts(split(other).name);
  return a !== null && b !== null && partsAgree(a, b);
}

/** The surname a list's entry names ("Shaw" of "Dr K Shaw, Director of Public Health"); null when it names no one. */
export function surnameOf(entry: string): string | null {
  return parts(split(entry).name)?.surname ?? null;
}

/**
 * True when `short` names, in fewer or shorter words, the person `full` names: the same surname, each
 * given name of `short` the same or an initial of the one in `full` at its place, and the same title where both print one.
 */
export function isShorterName(short: string, full: string): boolean {
  const a = parts(short);
  const b = parts(full);
  if (!a || !b || short === full || !partsAgree(a, b)) return false;
  if (a.given.length > b.given.length || (a.given.length === b.given.length && titles(a) > titles(b))) return false;
  if (!a.given.every((given, at) => shorterGiven(given, b.given[at] ?? ''))) return false;
  // Something must be shorter: fewer given names, an initial for a name, or fewer titles.
  return a.given.length < b.given.length || a.given.some((given, at) => given !== b.given[at]) || titles(a) < titles(b);
}

/** How many titles a name prints: "Councillor Mrs Tovey" two, "Tovey" none. */
function titles(name: Parts): number {
  return (name.title === null ? 0 : 1) + (name.honorific === null ? 0 : 1);
}

/** The one fuller name among `names` that `name` is a shorter form of; null when none is, or more than one could be. */
export function fullerName(name: string, names: readonly string[]): string | null {
  const fuller = [...new Set(names.filter((other) => isShorterName(name, other)))];
  return fuller.length === 1 ? (fuller[0] ?? null) : null;
}

/** "Hove (for Oakby)" beside "Fen Oakby" among those away: whom a substitute stood in for, named in full where the lists name them so. */
function fullerForWhom(tail: string, away: readonly string[]): string {
  return tail.replace(/^ \(for (.+)\)$/, (whole, name: string) => {
    const full = fullerName(name, away);
    return full === null ? whole : ` (for ${full})`;
  });
}

/**
 * A bilingual record lists each person under the Welsh heading and again under the English one ("Yn mynychu:" over
 * "Nerys Bowen (Clerc)", "In attendance:" over "Nerys Bowen (Clerk)"): an entry whose note reads Welsh (the language
 * test of `formats/text-columns.ts`) goes where the list names the same person again with a note that does not.
 */
function withoutWelshTwins(read: Entry[]): Entry[] {
  const welsh = read.map((entry) => entry.tail !== '' && languageOf(entry.tail) === 'welsh');
  return read.filter((entry, at) => !welsh[at] || !read.some((other, to) => !welsh[to] && other.name === entry.name && to !== at));
}

/**
 * Folds each list's shorter names into the fuller: the entry keeps the fuller name and whichever
 * tail says more ("Dilys Hove" and "Hove (for Oakby)" make "Dilys Hove (for Fen Oakby)"); a name printed bare goes
 * into the same name's entry that adds to it.
 */
export function foldShorterNames<T extends Record<keyof T, string[]>>(given: T): T {
  const lists: Record<string, string[]> = given;
  const away = [...(lists.apologies ?? []), ...(lists.absent ?? [])].map((entry) => split(entry).name);
  const present = (lists.present ?? []).map((entry) => split(entry).name);
  const out: Record<string, string[]> = {};
  for (const [list, entries] of Object.entries(lists)) {
    const read = withoutWelshTwins(entries.map(split));
    const names = read.map((entry) => entry.name);
    const kept: Entry[] = [];
    for (const entry of read) {
      // "Petra Gould" beside "Petra Gould, Crossway Trust" (a roster's row, then an item's sentence): one entry, the fuller.
      if (entry.tail === '' && read.some((other) => other.name === entry.name && other.tail !== '')) continue;
      const full = fullerName(entry.name, names);
      const into = full === null ? undefined : read.find((other) => other.name === full);
      if (into !== undefined) {
        if (into.tail === '') into.tail = entry.tail; // the fuller entry, kept before or after, takes what the shorter adds
        continue;
      }
      kept.push(entry);
    }
    const tails = (entry: Entry) => (list === 'substitutes' ? fullerForWhom(entry.tail, away) : entry.tail);
    // "Ford (for Hale)" from an item's sentence, "Jane Ford" among those present: the stand-in named as the lists name her.
    const standIn = (entry: Entry) => (list === 'substitutes' ? (fullerName(entry.name, present) ?? entry.name) : entry.name);
    out[list] = [...new Set(kept.map((entry) => `${standIn(entry)}${tails(entry)}`))];
  }
  return out as T;
}

/** The lists that say a person was at the meeting, and those that say they were not. */
const THERE = ['present', 'substitutes', 'alsoPresent', 'officers', 'presenters'] as const;
const AWAY = ['apologies', 'absent'] as const;
/** What being in each list says of a person, as a warning words it. */
const LISTED_AS: Record<(typeof THERE)[number] | (typeof AWAY)[number], string> = {
  present: 'present',
  substitutes: 'a substitute',
  alsoPresent: 'also present',
  officers: 'an officer in attendance',
  presenters: 'presenting',
  apologies: 'sending apologies',
  absent: 'absent',
};

/**
 * One person named both as at the meeting and as away from it ("Present: … Dunn" and "Apologies: Councillor Dunn"): both
 * entries are kept (either may be the record's slip) and each such person is warned of, by the fuller of the names printed.
 * Names are matched as one person written two ways (`couldBeOnePerson`), titles aside; an away entry that could be
 * two people of a list ("Lyle" beside "Ada Lyle" and "Bo Lyle") is no one's to warn of. `days` is how many days the
 * meeting sat: an adjourned meeting's lists of each day are read as one, so one person may be on both lists truly.
 */
export function listedThereAndAway(
  lists: Readonly<Record<(typeof THERE)[number] | (typeof AWAY)[number], readonly string[]>>,
  days: number,
): string[] {
  const warnings: string[] = [];
  for (const away of AWAY) {
    for (const absentee of lists[away]) {
      for (const there of THERE) {
        const same = lists[there].filter((entry) => couldBeOnePerson(absentee, entry));
        if (same.length !== 1) continue;
        const [a, b] = [split(absentee).name, split(same[0] ?? '').name];
        const name = isShorterName(a, b) ? b : a;
        const sat = days > 1 ? ', and the meeting sat on more than one day (the lists may be of different days)' : '';
        warnings.push(`${name} is listed as ${LISTED_AS[there]} and as ${LISTED_AS[away]}${sat}; check the record`);
      }
    }
  }
  return [...new Set(warnings)];
}

/**
 * One member named both as absent and as sending apologies ("Cllr N Voss (absent)" among those present, and "Apologies
 * from Cllr Voss" under the first item): the lists contradict each other, as whether an apology was sent is what tells
 * them apart, so both entries are kept and the member is warned of by the fuller name, never one list picked. Names are
 * matched as listedThereAndAway matches them.
 */
export function listedAbsentAndSorry(lists: Readonly<Record<'apologies' | 'absent', readonly string[]>>): string[] {
  const warnings: string[] = [];
  for (const absentee of lists.absent) {
    const same = lists.apologies.filter((entry) => couldBeOnePerson(absentee, entry));
    if (same.length !== 1) continue;
    const [a, b] = [split(absentee).name, split(same[0] ?? '').name];
    warnings.push(`${isShorterName(a, b) ? b : a} is listed as ${LISTED_AS.absent} and as ${LISTED_AS.apologies}; check the record`);
  }
  return [...new Set(warnings)];
}
