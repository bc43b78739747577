/**
 * Vocabulary for the synthetic archive, taken from the bundled real records
 * (content/sources/*.txt): sentences, item titles, names and officer roles. Recombining
 * them keeps the text realistic in length and words without repeating one text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText, paragraphs, squash } from '../import/text.ts';

export interface Corpus {
  sentences: string[];
  titles: string[];
  firstNames: string[];
  surnames: string[];
  roles: string[];
  places: string[];
}

const NOISE = /[|<>{}\t@]|https?:|www\.|pdf icon|\.{3}|_{2}/i;

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Pieces of lists and numbered paragraphs that the sentence split leaves behind. */
const FRAGMENT = /\s-\s|\d\.\d|\b(?:Rev|Cllr's|Mr|Mrs|Ms|Dr)\.$/;

function balanced(sentence: string): boolean {
  return sentence.split('(').length === sentence.split(')').length && (sentence.match(/"/g) ?? []).length % 2 === 0;
}

/** Whole sentences of ordinary prose: no table cells, addresses or page furniture. */
export function extractSentences(text: string): string[] {
  const found: string[] = [];
  for (const block of paragraphs(text)) {
    const flat = squash(block.replace(/\n/g, ' '));
    for (const sentence of flat.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const letters = sentence.replace(/[^A-Za-z ]/g, '').length;
      const ok =
        sentence.length >= 40 &&
        sentence.length <= 320 &&
        /^[A-Z]/.test(sentence) &&
        /[.!?]$/.test(sentence) &&
        !/ \d{1,3}\.$/.test(sentence);
      if (ok && !NOISE.test(sentence) && !FRAGMENT.test(sentence) && balanced(sentence) && letters / sentence.length > 0.85)
        found.push(sentence);
    }
  }
  return found;
}

/** Lines that look like titles but are names, addresses, table cells or headings of a form. */
const NOT_TITLE =
  /^(?:Councillor|Cllr|Contact|Venue|Committee|Mr|Ms|Mrs|Lead|Signature|See|Quorum|No\.|Agenda|[A-Z]\d?\.)\b|[*£:]|--|\d{3,}|Positive|Low$|January|February|Option \d|Store St|Gate$|Officer$/;

/** Lines that read like agenda item titles: short, capitalised, no closing punctuation. */
export function extractTitles(text: string): string[] {
  const found: string[] = [];
  for (const raw of text.split('\n')) {
    const line = squash(raw.replace(/\s*pdf icon PDF \d+ KB/i, ''));
    const words = line.split(' ');
    const capitalised = words.filter((word) => /^[A-Z]/.test(word)).length;
    const ok = line.length >= 8 && line.length <= 70 && words.length >= 2 && words.length <= 9 && /^[A-Z]/.test(line);
    const plain = !/[.:;,?*£]$/.test(line) && !NOISE.test(line) && !NOT_TITLE.test(line) && line !== line.toUpperCase();
    if (ok && plain && capitalised / words.length >= 0.5) found.push(line);
  }
  return found;
}

const NAME = /\b(?:Councillors?|Cllr\.?|County Councillor)\s+([A-Z](?:[a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;
const ROLE =
  /\b((?:Senior |Assistant |Deputy |Interim |Strategic |Corporate )?(?:Director|Head|Manager|Officer|Lead)(?: of| for)? [A-Z][A-Za-z&' ]{3,48}?)(?=[,.;)\n]| and | who )/g;

/** First names and surnames of councillors the records name, to recombine. */
export function extractNames(text: string): { firstNames: string[]; surnames: string[] } {
  const firstNames: string[] = [];
  const surnames: string[] = [];
  for (const match of text.matchAll(NAME)) {
    if (match[1] && match[2] && !/^(?:Mrs?|Ms|Dr)$/.test(match[1])) {
      firstNames.push(match[1]);
      surnames.push(match[2]);
    }
  }
  return { firstNames: uniqueSorted(firstNames), surnames: uniqueSorted(surnames) };
}

/** Officer roles ("Head of Locality Commissioning"), cut where the sentence goes on in lower case. */
export function extractRoles(text: string): string[] {
  const roles = [...text.matchAll(ROLE)].map((match) => {
    const words = squash(match[1] ?? '').split(' ');
    const end = words.findIndex((word, index) => index > 0 && /^[a-z]/.test(word) && !/^(?:of|for|and)$/.test(word));
    return words.slice(0, end === -1 ? words.length : end).join(' ');
  });
  return uniqueSorted(roles.filter((role) => role.split(' ').length >= 3 && !/\b(?:Ms|Mr|Mrs)\b|(?:of|for|and)$/.test(role)));
}

/** Reads every .txt file in the folder; file order is sorted so the corpus is stable. */
export function loadCorpus(dir: string): Corpus {
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => normaliseText(readFileSync(join(dir, name), 'utf8')));
  const all = texts.join('\n\n');
  const names = extractNames(all);
  return {
    sentences: uniqueSorted(texts.flatMap(extractSentences)),
    titles: uniqueSorted(texts.flatMap(extractTitles)),
    firstNames: names.firstNames,
    surnames: names.surnames,
    roles: extractRoles(all),
    places: uniqueSorted(
      ['Thurrock', 'Essex', 'Epping Forest', 'Worcestershire', 'Grays', 'Harlow', 'Chelmsford', 'Loughton'].filter((place) =>
        all.includes(place),
      ),
    ),
  };
}
