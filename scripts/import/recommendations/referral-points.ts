/**
 * The points of a call-in's referral back ("That the decision be referred back to the Cabinet Member for … for
 * reconsideration, the Committee's concerns being that:" over "(a) …" / "(b) …"). The resolution reader leads each
 * point in with the whole referral, so every point repeats it; a record's subject is its own point, as a "RECOMMENDED to
 * Cabinet that:" list's records are theirs, while its body keeps the lead-in once before the point, for the lead-in says
 * more than whom the points go to (that the decision goes back for reconsideration).
 */
import { squash } from '../text.ts';
import { REFERRED_BACK } from './addressed.ts';

/**
 * What the referral goes on with after whom it is referred to, up to the "that" its points carry on from (kept with the
 * point, as "that:" over a list is) or the colon over them ("with the following concerns:"); within its sentence.
 */
const POINTS_FROM = /^[^.;]*?(?:\b(that)\s+(?=\S)|:\s+(?=\S))/di;

/** The lead-in of a referral back, up to where its point begins, in the resolution as one line; null when it is none. */
function referralLeadIn(flat: string): string | null {
  const referral = REFERRED_BACK.exec(flat);
  if (referral === null) return null;
  const after = referral.index + referral[0].length;
  const rest = POINTS_FROM.exec(flat.slice(after));
  if (rest === null) return null;
  // "… concerns being that the library's …": the point opens with its "that"; "… concerns: the cost …": after the colon.
  const cut = after + (rest.indices?.[1]?.[0] ?? rest[0].length);
  return flat.slice(0, cut);
}

/**
 * A referral point's own words ("that no saving from the change had been set out"), when the resolution is one of the
 * item's points that share the referral's lead-in; null for a referral said in one resolution, which is its own point,
 * and for any other resolution.
 */
export function referralPoint(resolution: string, resolutions: readonly string[]): string | null {
  const flat = squash(resolution);
  const lead = referralLeadIn(flat);
  if (lead === null || lead.length === flat.length) return null;
  // The point itself is one of those that share it: a list's lead-in leads two points or more.
  const shared = resolutions.filter((other) => squash(other).startsWith(lead)).length > 1;
  return shared ? flat.slice(lead.length) : null;
}
