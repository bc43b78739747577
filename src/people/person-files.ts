/**
 * Hand-written person files (content/people): which spellings they claim as one person
 * (name and aliases) and which they refuse (notAliases), compared title-insensitively for
 * full names and with the title for surname-only names.
 */
import { parseName, type ParsedName } from '../model/person-name.ts';
import type { PersonFile } from './types.ts';

/** Case and apostrophe style do not make another person: O’Brien is O'Brien. */
const lower = (text: string) => text.replace(/[’‘`]/g, "'").toLocaleLowerCase('en-GB');

/** How a spelling is compared with a person file's name, aliases and notAliases. */
export function aliasKey(parsed: ParsedName): string {
  if (parsed.given !== null) return lower(`g|${parsed.given}|${parsed.surname}`);
  return lower(`s|${parsed.title ?? ''}|${parsed.honorific ?? ''}|${parsed.surname}`);
}

function keysOf(names: string[]): Set<string> {
  return new Set(
    names.flatMap((name) => {
      const parsed = parseName(name);
      return parsed === null ? [] : [aliasKey(parsed)];
    }),
  );
}

/** Person files by the keys of their name and aliases, and their notAliases, read once. */
export interface FileIndex {
  claims: Map<string, PersonFile[]>;
  refused: Map<string, Set<string>>;
}

export function indexFiles(files: PersonFile[]): FileIndex {
  const claims = new Map<string, PersonFile[]>();
  const refused = new Map<string, Set<string>>();
  for (const file of files) {
    refused.set(file.id, keysOf(file.data.notAliases));
    for (const key of keysOf([file.data.name, ...file.data.aliases])) claims.set(key, [...(claims.get(key) ?? []), file]);
  }
  return { claims, refused };
}

export function refuses(index: FileIndex, file: PersonFile, key: string): boolean {
  return index.refused.get(file.id)?.has(key) === true;
}

/** The person file that claims a group by name or alias, unless it lists it as not an alias. */
export function claimingFile(parsed: ParsedName, index: FileIndex): PersonFile | null {
  const key = aliasKey(parsed);
  const claims = (index.claims.get(key) ?? []).filter((file) => !refuses(index, file, key));
  return claims.length === 1 ? (claims[0] ?? null) : null;
}
