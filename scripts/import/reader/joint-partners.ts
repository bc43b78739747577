/**
 * A joint committee's partner councils in brackets after its name, as its title block prints them: "Marshvale Shared
 * Services Joint Committee (Fenbury District Council, Marshvale Borough Council and Stowle Town and District Council)".
 * The partners are whose body it is, no part of its name: each meeting would otherwise be filed under a new body's name
 * as the partners change. No field of the model holds them, so the meeting warns of them (reader/meeting.ts).
 */
import { squash } from '../text.ts';
import { councilsIn } from './council-name.ts';

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
