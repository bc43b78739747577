/**
 * "Legal Adviser (Ms N Orr, Carson Lyle Solicitors)", "The Chairman of the Council (Councillor Maureen Ashby)": a post
 * printed first with its holder in brackets, as planning and council minutes list who attended. The holder is the
 * person, the post theirs: an officer's, with the body after the holder's comma kept after the post; a councillor's
 * (a chairman, a mayor) that of a member of the body, never an officer.
 */
import { COUNCILLOR_SOURCE } from '../../../src/model/honorifics.ts';
import { type Person } from './attendance-piece.ts';
import { bareName, isName, titleFirst } from './person-name.ts';

/** A councillor's title before the holder's name ("Councillor", "Cllr"): a member holds the post. */
const COUNCILLOR_HOLDER = new RegExp(String.raw`^(?:${COUNCILLOR_SOURCE})\.?\s`, 'i');

/**
 * How "post (holder)" reads: `reread`, the holder first with the post in brackets after, for the list's reader to read
 * as a member's post ("Councillor Maureen Ashby (Chairman of the Council)"), when a councillor holds it; the officer
 * when the holder is named before a comma and the body they come from ("Ms N Orr, Carson Lyle Solicitors"); null
 * when the bracket names no one so.
 */
export function bracketHolder(post: string, note: string): { reread: string } | Person | null {
  const holder = note.trim();
  if (COUNCILLOR_HOLDER.test(holder) && !holder.includes(',')) return { reread: `${holder} (${post.replace(/^the\s+/i, '')})` };
  const comma = /^([^,]+),\s*(\S.*)$/.exec(holder);
  return comma === null ? null : titleFirst(`${post}, ${comma[2] ?? ''}`, comma[1] ?? '');
}

/**
 * "Team Leader - Development Management (Ms R Kerr)": a post whose two parts a dash joins, its holder in the bracket after
 * it; the holder with the whole post ("Team Leader, Development Management"), never the post's second part taken for a
 * name. Null when the words before the dash are a name ("Mrs A Mehra (Hindu) - Chair") or the bracket names no one.
 */
export function dashedPostHolder(before: string, after: string, note: string): Person | null {
  const holder = bareName(note);
  if (isName(bareName(before)) || !/\s/.test(holder) || !isName(holder)) return null;
  return titleFirst(`${before}, ${after}`, note);
}
