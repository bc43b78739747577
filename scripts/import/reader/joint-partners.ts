/**
 * A joint committee's partner councils in brackets after its name, as its title block prints them: "Marshvale Shared
 * Services Joint Committee (Fenbury District Council, Marshvale Borough Council and Stowle Town and District Council)".
 * The partners are whose body it is, no part of its name: each meeting would otherwise be filed under a new body's name
 * as the partners change. No field of the model holds them, so the meeting warns of them (reader/meeting.ts).
 */
import { squash } from '../text.ts';
import { councilsIn, isCouncilName } from './council-name.ts';

/** A body's name and a bracket at its end. */
const BRACKET_AT_END = /^(.*\S)\s*\(([^()]+)\)$/;

/** The body's name without its partners, and the partners as printed (null when the name has no such bracket). */
export interface PartneredBody {
  body: string;
  partners: string | null;
}

/**
 * The body's name apart from a bracket at its end that names two or more councils ("… Joint Committee (A District
 * Council and B Borough Council)"); a bracket that names fewer ("Licensing Committee (Regulatory)") is part of the name.
 */
export function withoutPartners(name: string): PartneredBody {
  const found = BRACKET_AT_END.exec(squash(name));
  const inner = found?.[2]?.trim() ?? '';
  const councils = new Set(councilsIn(inner).map((council) => council.name));
  return found && councils.size >= 2 ? { body: found[1] ?? name, partners: inner } : { body: name, partners: null };
}

/** A line that runs on into the next: it ends on a word (no stop, colon or closing bracket), as a wrapped sentence does. */
const RUNS_ON = /[\p{L}\d,]$/u;

/**
 * True when a title block's line at `at` is part of a sentence wrapped over lines that names two or more councils, read
 * whole with the line above or below it ("… established by Fellside" over "County Council and Derwent Moors Borough
 * Council)"): a joint body's partners, as "A joint committee of A Council and B Council" on one line is, so neither line
 * names the meeting's council, whichever council each half names alone.
 */
export function namesPartnersWrapped(lines: readonly string[], at: number): boolean {
  const line = squash(lines[at] ?? '');
  const above = squash(lines[at - 1] ?? '');
  const below = squash(lines[at + 1] ?? '');
  const councils = (text: string) => new Set(councilsIn(text).map(({ name }) => name)).size;
  // A sentence's upper half, in words of lower case, running on; never a heading or a council's name alone on its line.
  const wraps = (upper: string, lower: string) =>
    upper !== '' &&
    lower !== '' &&
    RUNS_ON.test(upper) &&
    /\s\p{Ll}{2,}\s/u.test(upper) &&
    !isCouncilName(lower) &&
    councils(`${upper} ${lower}`) > 1;
  if (line === '' || isCouncilName(line)) return false;
  const withAbove = wraps(above, line);
  const withBelow = wraps(line, below);
  return withAbove || withBelow;
}
