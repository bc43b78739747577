/**
 * A name the line's end cut between its given name and its surname, as lists of those present ("Cllr Gita" over
 * "Mehta, …", attendance-wraps.ts) and movers' sentences ("seconded by Councillor Ingrid" over "Flett, the Committee …",
 * vote-movers.ts) print it. Apart, with no reader of its own behind it, so both may use it.
 */
import { ROLE_WORDS } from './role-words.ts';

/** One bare capitalised word opening a line, before a comma, full stop, "and" or the line's end: group 1. */
const SURNAME_OPENS = /^(\p{Lu}[\p{L}'’-]+)(?=[,.;]|\s+(?:and|&)\s|$)/u;

/**
 * The surname a line opens with when the line's end before it cut a name in two: one bare capitalised word before a
 * comma, full stop, "and" or the line's own end ("Mehta, …", "Flett, the Committee …"), never a post's word; else null.
 */
export function surnameOpening(next: string): string | null {
  const surname = SURNAME_OPENS.exec(next)?.[1];
  return surname === undefined || ROLE_WORDS.has(surname.toLowerCase()) ? null : surname;
}
