/**
 * Links the names of people the archive holds ("Ray Gooding", "Jenny Boyd") to their pages.
 * Only names listed in the context link, compared word by word ("Cllr" = "Councillor"); a bare
 * surname never links unless listed (a person file's alias), and a name without a given name
 * ("Councillor Gooding") links only in the councils the person is known in. Two people with one
 * name link neither.
 * Each person links at the first mention in a block of text only, so minutes that name the
 * same presenter ten times do not read as a wall of links.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseName } from '../model/person-name.ts';
import { getLinkContext, holdsNone, linkTable, memoByObject, type LinkContext } from './link-context.ts';
import { findAndReplaceWhere, linkNode, textNode } from './mdast-nodes.ts';

type PersonTarget = LinkContext['people'][number];

interface IndexedName {
  keys: string[];
  people: PersonTarget[];
  /** Surname-only names: linked only inside the person's councils. */
  weak: boolean;
}

/** A run of words that starts with a capital and has no punctuation between words. */
const WORD_RUN = /(?<![\p{L}\p{M}\d'’.-])\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t\u00a0]+[\p{L}\p{M}][\p{L}\p{M}'’.-]*)*/gu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;

/** How a word compares: case and possessive dropped, "Cllr" read as "Councillor". */
export function wordKey(word: string): string {
  // Most words have no possessive or trailing mark: skip the replacements (a hot path).
  if (!/['’.-]/.test(word)) {
    const lower = word.toLowerCase();
    return lower === 'cllr' ? 'councillor' : lower;
  }
  const key = word
    .replace(/['’]s$/i, '')
    .replace(/[.'’-]+$/, '')
    .replace(/’/g, "'")
    .toLowerCase();
  return key === 'cllr' ? 'councillor' : key;
}

/** "Ray Gooding" from "Cllr Ray Gooding, Cabinet Member"; with no given name the title stays. */
function nameWords(name: string): { keys: string[]; weak: boolean } {
  const parsed = parseName(name);
  const keys = ((parsed?.display ?? name).match(WORD) ?? []).map(wordKey).filter((key) => key !== '');
  return { keys, weak: parsed === null || parsed.given === null || keys.length < 2 };
}

/** Every listed name, by its words' keys joined with spaces ("ray gooding"). */
const indexPeople = memoByObject((people: LinkContext['people']) => {
  const byKeys = new Map<string, IndexedName>();
  for (const person of people) {
    for (const name of new Set(person.names)) {
      const { keys, weak } = nameWords(name);
      if (keys.length === 0) continue;
      const joined = keys.join(' ');
      const entry = byKeys.get(joined) ?? { keys, people: [], weak };
      if (!entry.people.some((other) => other.url === person.url)) entry.people.push(person);
      byKeys.set(joined, entry);
    }
  }
  return byKeys;
});

/** The lengths (in words) of the listed names that start with each word, longest first, so "Ray Gooding" beats "Ray". */
const indexFirstWords = memoByObject((people: LinkContext['people']) => {
  const byFirst = new Map<string, number[]>();
  for (const { keys } of indexPeople(people).values()) {
    const first = keys[0] ?? '';
    const lengths = byFirst.get(first) ?? [];
    if (!lengths.includes(keys.length)) lengths.push(keys.length);
    byFirst.set(first, lengths);
  }
  for (const lengths of byFirst.values()) lengths.sort((a, b) => b - a);
  return byFirst;
});

// Two lookups, not one list of the names starting with a word: a text's links depend on the names it
// holds, so a new "Ray Smith" must not render again every text that mentions a "Ray" (the render cache
// and the page cache notice each lookup's answer changing: src/markdown/render-cache.ts).
/** The lengths of the listed names that start with a word. */
const nameLengths = linkTable('people-name-lengths', (context) => indexFirstWords(context.people));
/** A listed name by its words' keys. */
const listedName = linkTable('people-by-name', (context) => indexPeople(context.people));

/** The one person a listed name means on this page, or null. */
function personFor(entry: IndexedName, context: LinkContext): PersonTarget | null {
  const council = context.here.council;
  const known = (person: PersonTarget) => council !== null && (person.councils ?? []).includes(council);
  const allowed = entry.weak ? entry.people.filter(known) : entry.people;
  const local = allowed.filter(known);
  const pool = allowed.length > 1 && local.length > 0 ? local : allowed;
  const pick = pool.length === 1 ? (pool[0] ?? null) : null;
  return pick === null || pick.url === context.here.url ? null : pick;
}

interface Word {
  key: string;
  start: number;
  /** End without a possessive or a full stop, so "Gooding's" links "Gooding". */
  end: number;
}

function wordsOf(run: string): Word[] {
  return [...run.matchAll(WORD)].map((match) => {
    const core = match[0].replace(/['’]s$/i, '').replace(/[.'’-]+$/, '');
    return { key: wordKey(match[0]), start: match.index, end: match.index + core.length };
  });
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;

/**
 * Cheap first look (most text of a large archive names nobody): does any capitalised word of `text`
 * start a listed name? Every word a name can start at in a run is one of these (the same letters
 * follow a capital in both patterns), so where this says no, no run of the text holds a name.
 */
function mayHoldName(text: string, context: LinkContext): boolean {
  CAPITALISED.lastIndex = 0;
  for (let match = CAPITALISED.exec(text); match !== null; match = CAPITALISED.exec(text))
    if (nameLengths(context, wordKey(match[0])) !== undefined) return true;
  return false;
}

/**
 * The longest listed name starting at word `at`, and whom it means here (null when no one for
 * sure). A shorter name inside it is never tried: in "Ray Gooding Jones", "Ray Gooding" is not
 * the Ray Gooding the archive knows.
 */
function nameAt(words: Word[], at: number, context: LinkContext): { length: number; person: PersonTarget | null } | null {
  const first = words[at];
  for (const length of first === undefined ? [] : (nameLengths(context, first.key) ?? [])) {
    const run = words.slice(at, at + length);
    if (run.length < length) continue;
    const name = listedName(context, run.map((word) => word.key).join(' '));
    if (name !== undefined) return { length, person: personFor(name, context) };
  }
  return null;
}

/** The run with listed names turned into links; false when it holds none. */
export function linkNamesInRun(run: string, context: LinkContext, linked = new Set<string>()): PhrasingContent[] | false {
  if (!mayHoldName(run, context)) return false;
  const words = wordsOf(run);
  const nodes: PhrasingContent[] = [];
  let done = 0;
  for (let at = 0; at < words.length; at += 1) {
    const first = words[at];
    const found = first !== undefined && /\p{Lu}/u.test(run[first.start] ?? '') ? nameAt(words, at, context) : null;
    const last = found === null ? undefined : words[at + found.length - 1];
    if (first === undefined || found === null || last === undefined) continue;
    at += found.length - 1;
    const person = found.person;
    if (person === null || linked.has(person.url)) continue;
    linked.add(person.url);
    if (first.start > done) nodes.push(textNode(run.slice(done, first.start)));
    nodes.push(linkNode(run.slice(first.start, last.end), { url: person.url, label: '' }));
    done = last.end;
  }
  if (nodes.length === 0) return false;
  if (done < run.length) nodes.push(textNode(run.slice(done)));
  return nodes;
}

/** Links the names in the tree's text: only text that may hold a name (mayHoldName) is looked at run by run. */
export function linkPeople(tree: Root, context: LinkContext): void {
  if (holdsNone(context, 'people')) return;
  const linked = new Set<string>();
  findAndReplaceWhere(tree, [WORD_RUN, (run: string) => linkNamesInRun(run, context, linked)], (text) => mayHoldName(text, context));
}

export default function remarkLinkPeople() {
  return (tree: Root, file: VFile) => linkPeople(tree, getLinkContext(file));
}
